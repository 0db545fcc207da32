import { expect, fixture, html } from '@open-wc/testing';
import { LocalTarget } from '../../src/shared/schemas/targets.js';
import { FormErrors } from '../../src/console/field-errors.js';
import { translator } from '../../src/console/i18n.js';
import {
  byEntry,
  parseZipTable,
  targetFieldOf,
  targetForm,
  targetFromForm,
  type CoverageKind,
} from '../../src/console/target-form.js';

const ALDER: LocalTarget = {
  id: 'alder-6',
  name: 'Pat Example',
  title: { en: 'Alder', es: 'Concejal' },
  level: 'city',
  phone: '608-555-0106',
  address: ['210 Martin Luther King Jr. Blvd.', 'Madison, WI 53703'],
  coverage: { districts: ['6'], zipToDistrict: { '53703': ['2', '6'], '53704': ['6'] } },
  stance: {
    position: 'supports',
    label: 'Signed our pledge',
    source: { name: 'Example pledge', url: 'https://example.org/p' },
    asOf: '2026-11-02',
  },
};

const noop = { submit: () => undefined, cancel: () => undefined, coverage: () => undefined };

async function formOf(target: LocalTarget | undefined, kind?: CoverageKind) {
  const el = await fixture(html`<div>${targetForm(translator('en'), target, new FormErrors('tg'), kind, noop)}</div>`);
  return el.querySelector('form')!;
}

describe('console target form', () => {
  it('gives back the target it shows, field for field', async () => {
    expect(LocalTarget.parse(targetFromForm(await formOf(ALDER)))).to.deep.equal(ALDER);
  });

  it('leaves out what is empty: no coverage is everyone, no stance is not known', async () => {
    const form = await formOf(undefined);
    form.querySelector<HTMLInputElement>('#tg-id')!.value = 'mayor';
    form.querySelector<HTMLInputElement>('#tg-name')!.value = 'Alex Example';
    form.querySelector<HTMLInputElement>('#tg-title')!.value = 'Mayor';
    expect(targetFromForm(form)).to.deep.equal({ id: 'mayor', name: 'Alex Example', title: 'Mayor', level: 'city' });
  });

  it('reads the ZIP table as "53703: 2, 4" lines or CSV rows', () => {
    expect(parseZipTable('53703: 2, 4\n"53704","6"\n\n53705\t8\n53703: 9')).to.deep.equal({
      '53703': ['2', '4', '9'],
      '53704': ['6'],
      '53705': ['8'],
    });
    expect(parseZipTable('53706')).to.deep.equal({ '53706': [] }, 'a ZIP without districts is left for the schema');
  });

  it('names the form field of every path the schema and the server report', () => {
    const paths = {
      phone: 'phone',
      'title.en': 'title',
      'title.es': 'titleEs',
      'address.1': 'address',
      coverage: 'coverage',
      'coverage.zips.3': 'zips',
      'coverage.zipToDistrict.53703': 'zipToDistrict',
      stance: 'position',
      'stance.label.es': 'stanceLabelEs',
      'stance.source': 'sourceName',
      'stance.source.url': 'sourceUrl',
      'stance.asOf': 'asOf',
    };
    for (const [path, field] of Object.entries(paths)) expect(targetFieldOf(path), path).to.equal(field);
    expect(targetFieldOf('nickname')).to.equal(undefined);
  });

  it('groups the server’s 422 fields by entry', () => {
    const grouped = byEntry([
      { path: 'targets.2.phone', message: 'x' },
      { path: 'targets.0.stance.source', message: 'y' },
      { path: 'targets.2.email', message: 'z' },
      { path: '(body)', message: 'w' },
    ]);
    expect([...grouped]).to.deep.equal([
      [
        2,
        [
          { path: 'phone', message: 'x' },
          { path: 'email', message: 'z' },
        ],
      ],
      [0, [{ path: 'stance.source', message: 'y' }]],
    ]);
  });
});
