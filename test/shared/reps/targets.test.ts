/** Which local targets cover a visitor: by ZIP, by a ZIP → district table, everyone, ZIP+4, addresses, unknown ZIPs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localTargetKey, localizedText, targetsForQuery, targetsForZip } from '../../../src/shared/reps/targets.js';
import type { LocalTarget } from '../../../src/shared/schemas/targets.js';

const target = (id: string, level: LocalTarget['level'], coverage?: LocalTarget['coverage']): LocalTarget => ({
  id,
  name: `Example ${id}`,
  title: 'Example title',
  level,
  ...(coverage ? { coverage } : {}),
});

const districtTable = { '53703': ['2', '4', '6'], '53704': ['6', '12'], '53711': ['10'] };
const TARGETS: LocalTarget[] = [
  target('governor', 'state'),
  target('county-exec', 'county', { zips: ['53703', '53704', '53711'] }),
  target('alder-6', 'city', { districts: ['6'], zipToDistrict: districtTable }),
  target('mayor', 'city', { zips: ['53703', '53704', '53711'] }),
  target('alder-10', 'city', { districts: ['10'], zipToDistrict: districtTable }),
  target('pledge-board', 'other'),
];

const ids = (covered: { target: LocalTarget }[]) => covered.map((c) => c.target.id);

describe('local target coverage', () => {
  it('sorts by level (city, county, state, other), then in the configured order', () => {
    assert.deepEqual(ids(targetsForZip(TARGETS, '53703')), [
      'alder-6',
      'mayor',
      'county-exec',
      'governor',
      'pledge-board',
    ]);
  });

  it('covers a ZIP listed in `zips`, and no other', () => {
    const covered = targetsForZip([TARGETS[3]!], '53711');
    assert.deepEqual(covered, [{ target: TARGETS[3], match: 'zip', candidate: false }]);
    assert.deepEqual(targetsForZip([TARGETS[3]!], '53590'), []);
  });

  it('covers a ZIP by the district table, naming the districts it touches', () => {
    const [alder10] = targetsForZip([TARGETS[4]!], '53711');
    assert.deepEqual(alder10, { target: TARGETS[4], match: 'district', districts: ['10'], candidate: false });
    assert.deepEqual(targetsForZip([TARGETS[4]!], '53703'), []);
  });

  it('makes every covered district a candidate when the ZIP spans several districts', () => {
    const [alder6] = targetsForZip(TARGETS, '53704');
    assert.equal(alder6?.target.id, 'alder-6');
    assert.deepEqual(alder6?.districts, ['6']);
    assert.equal(alder6?.candidate, true);
    const both = [
      target('alder-2', 'city', { districts: ['2'], zipToDistrict: districtTable }),
      target('alder-4', 'city', { districts: ['4'], zipToDistrict: districtTable }),
    ];
    assert.deepEqual(
      targetsForZip(both, '53703').map((c) => [c.target.id, c.candidate]),
      [
        ['alder-2', true],
        ['alder-4', true],
      ],
    );
  });

  it('is certain when the target represents every district the ZIP touches', () => {
    const wide = target('council', 'city', { districts: ['6', '12'], zipToDistrict: districtTable });
    assert.deepEqual(targetsForZip([wide], '53704')[0], {
      target: wide,
      match: 'district',
      districts: ['6', '12'],
      candidate: false,
    });
  });

  it('shows targets without coverage to everyone, whatever was typed', () => {
    for (const zip of ['53703', '99999', undefined, 'not a zip']) {
      assert.deepEqual(ids(targetsForZip([TARGETS[0]!, TARGETS[5]!], zip)), ['governor', 'pledge-board']);
    }
    assert.equal(targetsForZip([TARGETS[0]!], '53703')[0]?.match, 'everyone');
  });

  it('reads a ZIP+4 by its first five digits', () => {
    assert.deepEqual(ids(targetsForZip(TARGETS, '53711-2034')), ids(targetsForZip(TARGETS, '53711')));
    assert.ok(ids(targetsForZip(TARGETS, ' 53711-2034 ')).includes('alder-10'));
  });

  it('covers nothing but everyone-targets for a ZIP in no list or table', () => {
    assert.deepEqual(ids(targetsForZip(TARGETS, '10001')), ['governor', 'pledge-board']);
    assert.deepEqual(ids(targetsForZip(TARGETS, '5370')), ['governor', 'pledge-board']);
  });

  it('never reads an inherited property as a ZIP of the table', () => {
    const alder = target('alder-x', 'city', { districts: ['6'], zipToDistrict: { '53703': ['6'] } });
    assert.deepEqual(targetsForZip([alder], '00000'), []);
  });

  it('takes the ZIP at the end of an address, and only everyone-targets without one', () => {
    assert.deepEqual(
      ids(targetsForQuery(TARGETS, { address: '210 Martin Luther King Jr Blvd, Madison, WI 53703' })),
      ids(targetsForZip(TARGETS, '53703')),
    );
    assert.deepEqual(ids(targetsForQuery(TARGETS, { address: '53711 Example Rd, Madison WI' })), [
      'governor',
      'pledge-board',
    ]);
    assert.deepEqual(ids(targetsForQuery(TARGETS, {})), ['governor', 'pledge-board']);
    assert.deepEqual(ids(targetsForQuery(TARGETS, { zip: '53711' })), ids(targetsForZip(TARGETS, '53711')));
  });

  it('names targets in a language, falling back to English, and keys them apart from legislators', () => {
    assert.equal(localizedText('Mayor', 'es'), 'Mayor');
    assert.equal(localizedText({ en: 'Mayor', es: 'Alcaldesa' }, 'es'), 'Alcaldesa');
    assert.equal(localizedText({ en: 'Mayor' }, 'es'), 'Mayor');
    assert.equal(localizedText({ en: 'Mayor', es: 'Alcaldesa' }, 'en'), 'Mayor');
    assert.equal(localTargetKey({ id: 'mayor' }), 'local:mayor');
  });
});
