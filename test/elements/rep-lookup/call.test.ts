import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configStore } from '../../../src/core/config.js';
import { WidgetError } from '../../../src/core/errors.js';
import { clearDeviceQueue, configureDeviceQueue } from '../../../src/core/device-queue.js';
import {
  $,
  $$,
  answer,
  card,
  fixtureUrl,
  loadFixture,
  mount,
  person,
  recordingBackend,
  search,
  text,
  type,
  type M4aRepLookup,
} from './support.js';

const script = (el: M4aRepLookup) => text(el, '[part~="script"]');

async function openCall(el: M4aRepLookup, id: string): Promise<void> {
  card(el, id).querySelector<HTMLButtonElement>('[part~="call"]')!.click();
  await waitUntil(() => card(el, id).querySelector('[part~="call-panel"]'), 'call panel did not open');
}

async function report(el: M4aRepLookup, outcome: string): Promise<CustomEvent> {
  const event = oneEvent(el, 'm4a-call-outcome');
  $<HTMLButtonElement>(el, `[data-outcome="${outcome}"]`)!.click();
  const e = (await event) as CustomEvent;
  await el.updateComplete;
  return e;
}

describe('<m4a-rep-lookup> call flow', () => {
  afterEach(() => configStore.reset());

  it('opens a panel with the script filled in for the stance, the number to dial and outcome buttons', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    await search(el, '53703');
    const button = card(el, 'B001230').querySelector<HTMLButtonElement>('[part~="call"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Call Tammy Baldwin: open the call script');
    await openCall(el, 'B001230');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.classList.contains('call-heading'),
      'focus did not move to the panel',
    );
    expect(text(el, '.call-heading')).to.equal('Call Senator Tammy Baldwin');
    // Baldwin cosponsors S.1506: she is thanked.
    expect(script(el)).to.equal(
      'Hello, my name is [your name] and I live in ZIP code 53703. I’m calling about Medicare for All. I want to thank Senator Tammy Baldwin for supporting S.1506. Please keep pushing to get it passed and to bring more colleagues on board. Thank you!',
    );
    const dial = $<HTMLAnchorElement>(el, '[part~="dial"]')!;
    expect(dial.getAttribute('href')).to.equal('tel:+12022245653');
    expect(dial.textContent!.trim()).to.equal('Call 202-224-5653');
    expect($$(el, '[part~="outcome"]').map((b) => b.textContent!.trim())).to.deep.equal([
      'Talked to staff',
      'Left a voicemail',
      'Busy / no answer',
      'Skip',
    ]);
    await expect(el).to.be.accessible();

    type(el, '[part~="call-panel"] input', 'Rosa');
    await el.updateComplete;
    expect(script(el)).to.contain('Hello, my name is Rosa and I live in ZIP code 53703.');

    // Johnson is not a cosponsor: he is asked to cosponsor; the visitor's name carries over.
    await openCall(el, 'J000293');
    expect($$(el, '[part~="call-panel"]')).to.have.length(1);
    expect(script(el)).to.contain('Hello, my name is Rosa');
    expect(script(el)).to.contain('I’m asking Senator Ron Johnson to cosponsor S.1506.');
    expect(script(el)).to.contain('Will Ron Johnson cosponsor it?');
  });

  it('fills the merge fields in Spanish', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single'), lang: 'es' });
    await search(el, '53703');
    await openCall(el, 'P000607');
    expect(text(el, '.call-heading')).to.equal('Llamar a Mark Pocan, representante');
    expect(script(el)).to.equal(
      'Hola, me llamo [su nombre] y vivo en el código postal 53703. Llamo por Medicare para Todos. Quiero agradecerle a Mark Pocan, representante, por apoyar H.R.3069. Le pido que siga impulsando su aprobación y que sume a más colegas. ¡Muchas gracias!',
    );
    type(el, '[part~="call-panel"] input', 'Rosa');
    await el.updateComplete;
    expect(script(el)).to.contain('me llamo Rosa');
    await openCall(el, 'J000293');
    expect(script(el)).to.contain('Le pido a Ron Johnson, senador(a), que copatrocine S.1506.');
    expect($(el, '[part~="dial"]')!.textContent!.trim()).to.equal('Llamar al 202-224-5323');
    expect($$(el, '[part~="outcome"]').map((b) => b.textContent!.trim())).to.deep.equal([
      'Hablé con el personal',
      'Dejé un mensaje de voz',
      'Ocupado / no contestaron',
      'Omitir',
    ]);
    await expect(el).to.be.accessible();
  });

  it('asks everyone else to support, with the Act’s name when no bill is given, and the place from an address', async () => {
    recordingBackend(() =>
      answer([
        person({
          id: 'S1',
          name: 'Ada Quill',
          chamber: 'state-senate',
          level: 'state',
          title: 'State Senator',
          district: 26,
        }),
        person({
          id: 'S2',
          name: 'Bo Reyes',
          stance: { position: 'opposes', asOf: '2026-09-15', bill: { type: 'ab', number: 12, label: 'AB 12' } },
        }),
      ]),
    );
    const el = await mount({});
    await search(el, '', '2 E Main St, Madison, WI 53703');
    await openCall(el, 'S1');
    expect(script(el)).to.contain('I live in ZIP code 53703.');
    expect(script(el)).to.contain('I urge State Senator Ada Quill to support Medicare for All:');
    expect(card(el, 'S1').querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal(
      'Position on Medicare for All unknown',
    );
    await openCall(el, 'S2');
    expect(script(el)).to.contain('I urge Senator Bo Reyes to support AB 12:');
    expect(card(el, 'S2').querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal('Opposes AB 12');
  });

  it('uses the partner’s scripts (attribute or property) per language, falling back to its own', async () => {
    const scripts = {
      en: { thank: 'Thanks {legislatorTitle} {legislatorName} for {bill}! — {visitorName}, {place}' },
      es: { cosponsor: 'Pida a {legislatorName} ({legislatorTitle}) copatrocinar {bill}.' },
    };
    const el = await mount({ 'backend-url': fixtureUrl('single'), scripts: JSON.stringify(scripts) });
    await search(el, '53703');
    await openCall(el, 'B001230');
    expect(script(el)).to.equal('Thanks Senator Tammy Baldwin for S.1506! — [your name], ZIP code 53703');
    await openCall(el, 'J000293');
    expect(script(el)).to.contain('I’m asking Senator Ron Johnson to cosponsor S.1506.');

    const es = await mount({ 'backend-url': fixtureUrl('single'), lang: 'es' });
    es.scripts = scripts;
    await search(es, '53703');
    await openCall(es, 'J000293');
    expect(script(es)).to.equal('Pida a Ron Johnson (senador(a)) copatrocinar S.1506.');
    await openCall(es, 'B001230');
    expect(script(es)).to.contain('Quiero agradecerle a Tammy Baldwin');
    // A visitor's name is text, not a template.
    type(es, '[part~="call-panel"] input', '{bill} <b>Rosa</b>');
    await es.updateComplete;
    expect(script(es)).to.contain('me llamo {bill} <b>Rosa</b> y vivo');
    expect($(es, '[part~="script"] b')).to.equal(null);
  });

  it('posts each outcome once with an idempotency key, thanks the caller and moves on to the next', async () => {
    const single = await loadFixture('single');
    const rec = recordingBackend(() => single);
    const el = await mount({ source: 'pnhp-wi' });
    await search(el, '53703');
    await openCall(el, 'B001230');
    const event = await report(el, 'talked-to-staff');
    expect(event.detail).to.deep.equal({ legislatorId: 'B001230', outcome: 'talked-to-staff' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(rec.outcomes).to.have.length(1);
    expect(rec.outcomes[0]!.outcome).to.deep.equal({
      legislatorId: 'B001230',
      outcome: 'talked-to-staff',
      source: 'pnhp-wi',
    });
    const firstKey = rec.outcomes[0]!.options!.idempotencyKey!;
    expect(firstKey).to.match(/^[0-9a-f-]{32,36}$/);

    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('thanks'), 'thanks not focused');
    expect(text(el, '.thanks')).to.equal('Thank you! Your call to Tammy Baldwin was counted.');
    expect(card(el, 'B001230').querySelector('[part~="done"]')!.textContent).to.contain('Talked to staff');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part~="next"]')!.click();
    await waitUntil(() => card(el, 'J000293').querySelector('[part~="call-panel"]'), 'next panel did not open');
    await report(el, 'skipped');
    expect(text(el, '.thanks')).to.equal('Skipped Ron Johnson.');
    $<HTMLButtonElement>(el, '[part~="next"]')!.click();
    await waitUntil(() => card(el, 'P000607').querySelector('[part~="call-panel"]'));
    await report(el, 'left-voicemail');
    expect($(el, '[part~="next"]')).to.equal(null);
    expect(text(el, '[part~="call-panel"]')).to.contain('That’s everyone on your list.');

    expect(rec.outcomes.map((o) => o.outcome.outcome)).to.deep.equal(['talked-to-staff', 'skipped', 'left-voicemail']);
    const keys = rec.outcomes.map((o) => o.options!.idempotencyKey);
    expect(new Set(keys).size).to.equal(3);
    // Nothing about the visitor goes with an outcome.
    for (const o of rec.outcomes)
      expect(Object.keys(o.outcome).sort()).to.deep.equal(['legislatorId', 'outcome', 'source']);

    $<HTMLButtonElement>(el, '[part~="close"]')!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('aria-label') === 'Call Mark Pocan: open the call script',
    );
    expect($(el, '[part~="call-panel"]')).to.equal(null);
  });

  it('an outcome that cannot be sent waits on the device and is resent with the same key, counted once', async () => {
    configureDeviceQueue({ namespace: 'rep-lookup-call-test', baseDelayMs: 50, maxDelayMs: 200 });
    const single = await loadFixture('single');
    const rec = recordingBackend(() => single, {
      outcome: (_o, n) => {
        if (n === 1) throw new WidgetError('offline', 'test: offline');
        return { id: 'r2', status: 'created' };
      },
    });
    const el = await mount({});
    await search(el, '53703');
    await openCall(el, 'P000607');
    await report(el, 'left-voicemail');
    expect(text(el, '.thanks')).to.equal(
      'Thank you! Your call to Mark Pocan is saved on this device and will be counted once you are back online.',
    );
    await expect(el).to.be.accessible();
    await waitUntil(() => rec.outcomes.length === 2, 'the queue did not resend the outcome');
    expect(rec.outcomes[1]!.outcome.outcome).to.equal('left-voicemail');
    expect(rec.outcomes[1]!.options!.idempotencyKey).to.equal(rec.outcomes[0]!.options!.idempotencyKey);
    await new Promise((r) => setTimeout(r, 300));
    expect(rec.outcomes).to.have.length(2);
    await clearDeviceQueue();
  });

  it('an outcome the backend refuses shows an error with a retry that resends the same key', async () => {
    const single = await loadFixture('single');
    const rec = recordingBackend(() => single, {
      outcome: (_o, n) => {
        if (n === 1) throw new WidgetError('validation', 'test: refused', { status: 400 });
        return { id: 'r2', status: 'created' };
      },
    });
    const el = await mount({});
    await search(el, '53703');
    await openCall(el, 'P000607');
    $<HTMLButtonElement>(el, '[data-outcome="left-voicemail"]')!.click();
    await waitUntil(() => $(el, '[part~="call-panel"] [role="alert"]'), 'no error shown');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'm4a-call-outcome');
    $<HTMLButtonElement>(el, '[part~="call-panel"] [part~="retry"]')!.click();
    await event;
    expect(rec.outcomes).to.have.length(2);
    expect(rec.outcomes[1]!.options!.idempotencyKey).to.equal(rec.outcomes[0]!.options!.idempotencyKey);
  });

  it('records through the REST contract too', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    await search(el, '53703');
    await openCall(el, 'P000607');
    await report(el, 'busy-no-answer');
    expect(text(el, '.thanks')).to.equal('Thank you! Your call to Mark Pocan was counted.');
  });

  it('a backend that cannot store outcomes still thanks the caller and goes on', async () => {
    const single = await loadFixture('single');
    recordingBackend(() => single, { outcome: false });
    const el = await mount({});
    await search(el, '53703');
    await openCall(el, 'B001230');
    const event = await report(el, 'talked-to-staff');
    expect(event.detail.outcome).to.equal('talked-to-staff');
    expect(text(el, '.thanks')).to.equal('Thank you for calling Tammy Baldwin!');
    expect($(el, '[part~="next"]')!.textContent!.trim()).to.equal('Next: call Ron Johnson');
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('is keyboard operable from the Call button to the outcome', async () => {
    const single = await loadFixture('single');
    const rec = recordingBackend(() => single);
    const el = await mount({});
    await search(el, '53703');
    card(el, 'J000293').querySelector<HTMLButtonElement>('[part~="call"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('call-heading'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('autocomplete')).to.equal('name');
    await sendKeys({ type: 'Rosa' });
    expect(script(el)).to.contain('my name is Rosa');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button dial');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-outcome')).to.equal('talked-to-staff');
    await sendKeys({ press: 'Tab' });
    const event = oneEvent(el, 'm4a-call-outcome');
    await sendKeys({ press: 'Space' });
    expect(((await event) as CustomEvent).detail).to.deep.equal({ legislatorId: 'J000293', outcome: 'left-voicemail' });
    expect(rec.outcomes).to.have.length(1);
  });

  it('shows this week’s call count when asked, and refreshes it after a counted call', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single'), 'show-call-count': true });
    await waitUntil(() => $(el, '[part~="stats"]'), 'no call count');
    // 128 outcomes, 12 of them skipped.
    expect(text(el, '[part~="stats"]')).to.equal('116 calls made this week');
    await expect(el).to.be.accessible();

    const single = await loadFixture('single');
    const rec = recordingBackend(() => single, {
      stats: (n) => ({
        count: 1000 + n,
        since: '2026-09-14T00:00:00.000Z',
        byOutcome: { 'talked-to-staff': 1000 + n, 'left-voicemail': 0, 'busy-no-answer': 0, skipped: 0 },
      }),
    });
    const es = await mount({ 'show-call-count': true, lang: 'es' });
    await waitUntil(() => $(es, '[part~="stats"]'));
    // US Spanish, like every number and date the widgets show (src/shared/locale.ts): "1,001".
    expect(text(es, '[part~="stats"]')).to.equal('Esta semana se hicieron 1,001 llamadas');
    await search(es, '53703');
    await openCall(es, 'B001230');
    await report(es, 'talked-to-staff');
    await waitUntil(() => text(es, '[part~="stats"]').includes('1,002'), 'count not refreshed');
    expect(rec.statsCalls).to.equal(2);

    const hidden = await mount({ 'backend-url': fixtureUrl('single') });
    expect($(hidden, '[part~="stats"]')).to.equal(null);
  });
});
