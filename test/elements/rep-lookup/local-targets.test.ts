import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { configStore } from '../../../src/core/config.js';
import { clearDeviceQueue, configureDeviceQueue } from '../../../src/core/device-queue.js';
import { $, $$, card, loadFixture, mount, recordingBackend, search, text, type } from './support.js';

const targets = [
  {
    id: 'mayor',
    name: 'Example Mayor',
    title: { en: 'Mayor', es: 'alcaldesa' },
    level: 'city',
    phone: '608-555-0100',
    email: 'mayor@example.org',
    address: ['210 Martin Luther King Jr Blvd, Room 403', 'Madison, WI 53703'],
    stance: {
      position: 'supports',
      label: { en: 'Signed our pledge', es: 'Firmó nuestro compromiso' },
      source: { name: 'Example pledge list', url: 'https://example.org/pledge' },
      asOf: '2026-11-02',
    },
  },
  {
    id: 'alder-6',
    name: 'Example Alder',
    title: 'Alder, District 6',
    level: 'city',
    coverage: { districts: ['6'], zipToDistrict: { '53703': ['2', '4', '6'] } },
    stance: { position: 'unknown', asOf: '2026-11-02' },
  },
  { id: 'far-away', name: 'Elsewhere Exec', title: 'County Executive', level: 'county', coverage: { zips: ['54701'] } },
  { id: 'Bad Id', name: 'Nobody', title: 'Clerk', level: 'city' },
];

describe('<m4a-rep-lookup> local targets', () => {
  before(() => configureDeviceQueue({ namespace: 'rep-lookup-local-test', baseDelayMs: 50, maxDelayMs: 200 }));
  afterEach(async () => {
    configStore.reset();
    await emulateMedia({ media: 'screen' });
    await clearDeviceQueue();
  });

  it('shows the ones covering the ZIP under their own heading after the legislators; a bad entry is named', async () => {
    const single = await loadFixture('single');
    recordingBackend(() => single);
    const el = await mount({ targets: JSON.stringify(targets) });
    await search(el, '53703');
    await waitUntil(() => $(el, '#group-local'), 'no local group');
    const headings = $$(el, '.group-title').map((h) => h.textContent!.trim());
    expect(headings.at(-1)).to.equal('Local officials');
    expect($$(el, '[aria-labelledby="group-local"] [part~="card"]').map((c) => c.dataset.id)).to.deep.equal([
      'local:mayor',
      'local:alder-6',
    ]);
    const mayor = card(el, 'local:mayor');
    expect(text(el, '[data-id="local:mayor"] .meta')).to.equal('Mayor');
    expect(mayor.querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal('Signed our pledge');
    expect(mayor.querySelector('.stance a')!.getAttribute('href')).to.equal('https://example.org/pledge');
    expect(mayor.textContent).to.contain('210 Martin Luther King Jr Blvd, Room 403');
    const alder = card(el, 'local:alder-6');
    expect(alder.textContent).to.contain('this official represents one of them');
    expect(alder.querySelector('[part~="call"]')).to.equal(null, 'no phone: no Call');
    expect(alder.querySelector('[part~="write"]')).to.not.equal(null);
    expect(text(el, '[part~="error"]')).to.contain('targets.3');
    await expect(el).to.be.accessible();
  });

  it('takes part in the call and write flows like legislators, recorded under local: ids', async () => {
    const single = await loadFixture('single');
    const rec = recordingBackend(() => single);
    const el = await mount({ targets: JSON.stringify(targets), today: '2026-12-01' });
    await search(el, '53703');
    await waitUntil(() => $(el, '#group-local'));
    card(el, 'local:mayor').querySelector<HTMLButtonElement>('[part~="call"]')!.click();
    await waitUntil(() => $(el, '[part~="call-panel"]'));
    expect(text(el, '.call-heading')).to.equal('Call Mayor Example Mayor');
    expect(text(el, '[part~="script"]')).to.contain('I want to thank Mayor Example Mayor');
    const called = oneEvent(el, 'm4a-call-outcome');
    $<HTMLButtonElement>(el, '[data-outcome="talked-to-staff"]')!.click();
    expect((await called).detail.legislatorId).to.equal('local:mayor');
    expect(rec.outcomes[0]!.outcome.legislatorId).to.equal('local:mayor');

    card(el, 'local:mayor').querySelector<HTMLButtonElement>('[part~="write"]')!.click();
    await waitUntil(() => $(el, '[part~="write-panel"]'));
    expect($(el, '.letter-body')!.textContent).to.match(/^Dear Mayor Example Mayor,/);
    expect($$(el, '[part~="channel"]').map((c) => c.dataset.channel)).to.deep.equal(['email', 'print', 'pdf']);
    type(el, '#write-name-local_mayor', 'Rosa Park');
    await el.updateComplete;
    const print = window.print;
    window.print = () => undefined;
    try {
      $<HTMLButtonElement>(el, '[data-channel="print"]')!.click();
      await waitUntil(() => $(el, '[data-outcome="sent"]'));
    } finally {
      window.print = print;
    }
    await emulateMedia({ media: 'print' });
    const paper = $(el, '.print-letter')!.innerText;
    expect(paper).to.contain(
      'Office of Mayor Example Mayor\n210 Martin Luther King Jr Blvd, Room 403\nMadison, WI 53703',
    );
    await emulateMedia({ media: 'screen' });
    $<HTMLButtonElement>(el, '[data-outcome="sent"]')!.click();
    await waitUntil(() => rec.writes.length === 1);
    expect(rec.writes[0]!.outcome).to.deep.equal({ targetId: 'local:mayor', outcome: 'sent', channel: 'print' });
  });

  it('Spanish: titles and stance labels in the visitor’s language', async () => {
    const single = await loadFixture('single');
    recordingBackend(() => single);
    const el = await mount({ targets: JSON.stringify(targets), lang: 'es' });
    await search(el, '53703');
    await waitUntil(() => $(el, '#group-local'));
    expect(text(el, '#group-local')).to.equal('Autoridades locales');
    expect(text(el, '[data-id="local:mayor"] .meta')).to.equal('alcaldesa');
    expect(text(el, '[data-id="local:mayor"] [part~="stance-badge"]')).to.equal('Firmó nuestro compromiso');
    await expect(el).to.be.accessible();
  });
});
