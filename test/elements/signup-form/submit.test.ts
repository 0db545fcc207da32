import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/signup-form.js';
import { configStore } from '../../../src/core/config.js';
import {
  clearDeviceQueue,
  configureDeviceQueue,
  deviceQueueDbName,
  queuedItems,
} from '../../../src/core/device-queue.js';
import { registerBackend } from '../../../src/core/registry.js';
import { createRestBackend } from '../../../src/backends/rest.js';
import type { M4aSignupForm } from '../../../src/elements/signup-form/signup-form.js';
import { $, check, fillValid, panel, recordEvents, signupBucket, submit, text, type } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EVENTS = ['m4a-signup-submitted', 'm4a-signup-replayed'];
const NAMESPACE = 'signup-form-submit-test';

describe('<m4a-signup-form> submitting', () => {
  let events: ReturnType<typeof recordEvents>;
  let warn: typeof console.warn;
  const original = location.href;

  beforeEach(() => {
    // Test files run in parallel pages of one origin: each keeps its own device queue.
    configureDeviceQueue({ namespace: NAMESPACE, baseDelayMs: 50, maxDelayMs: 200 });
    events = recordEvents(EVENTS);
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(async () => {
    events.stop();
    console.warn = warn;
    history.replaceState(null, '', original);
    configStore.reset();
    await clearDeviceQueue();
  });

  it('sends a valid signup with attribution and a key, then thanks the visitor with the partner’s text and next steps', async () => {
    const page = new URL(original);
    page.searchParams.set('source', 'from-url');
    page.searchParams.set('utm_source', 'newsletter');
    page.searchParams.set('utm_campaign', 'fall drive');
    page.hash = 'signup';
    history.replaceState(null, '', page);
    const b = signupBucket();
    const el =
      await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url} thank-you="See you at the next canvass!">
      <p slot="next-steps"><a href="/events">Upcoming events</a></p>
    </m4a-signup-form>`);
    fillValid(el, { phone: '(608) 555-0123', zip: '537031234' });
    check(el, 'interests-0');
    check(el, 'interests-4');
    check(el, 'emailOptIn');
    check(el, 'smsOptIn');
    type(el, 'note', '  Hablo español  ');
    await submit(el);
    const sent = await panel(el, 'sent');
    expect(el.shadowRoot!.activeElement).to.equal(sent.querySelector('h2'));
    expect(sent.textContent).to.contain('Thank you for signing up!');
    expect(sent.textContent).to.contain('See you at the next canvass!');
    const slot = sent.querySelector('slot[name="next-steps"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Upcoming events');
    await expect(el).to.be.accessible();

    const log = await b.log();
    expect(log.requests).to.have.length(1);
    const { key, body } = log.requests[0]!;
    expect(key).to.match(UUID);
    expect(body).to.deep.include({
      givenName: 'Ana',
      familyName: 'Pérez',
      email: 'ana@example.org',
      phone: '+16085550123',
      zip: '53703-1234',
      interests: ['canvass', 'contact-legislators'],
      note: 'Hablo español',
      emailOptIn: true,
      smsOptIn: true,
      lang: 'en',
    });
    expect(body).to.not.have.property('website');
    expect(body.smsConsentText).to.contain('recurring automated text messages from the organizers of this campaign');
    expect(body.attribution).to.deep.equal({
      source: 'from-url',
      utm: { source: 'newsletter', campaign: 'fall drive' },
      pageUrl: page.href.replace('#signup', ''),
      site: location.hostname,
    });
    expect(body.elapsedMs).to.be.a('number').and.to.be.greaterThan(0);
    expect(Date.parse(body.submittedAt)).to.be.closeTo(Date.now(), 10_000);

    expect(events.seen).to.deep.equal([
      { type: 'm4a-signup-submitted', detail: { status: 'sent', interests: 2, source: 'from-url' } },
    ]);
  });

  it('takes the source attribute over the page URL, and adds the person to events only with event-detail="full"', async () => {
    history.replaceState(null, '', `${original}${original.includes('?') ? '&' : '?'}source=from-url`);
    const b = signupBucket();
    const el = await fixture<M4aSignupForm>(
      html`<m4a-signup-form backend-url=${b.url} source="pnhp-homepage" event-detail="full"></m4a-signup-form>`,
    );
    fillValid(el);
    await submit(el);
    await panel(el, 'sent');
    expect((await b.log()).requests[0]!.body.attribution!.source).to.equal('pnhp-homepage');
    expect(events.seen[0]!.detail).to.deep.equal({
      status: 'sent',
      interests: 0,
      source: 'pnhp-homepage',
      person: { givenName: 'Ana', familyName: 'Pérez', email: 'ana@example.org', phone: undefined, zip: '53703' },
    });
  });

  it('says “sending” while the request is under way, and ignores a second press', async () => {
    const b = signupBucket();
    await b.mode({ mode: 'up', delayMs: 800 });
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    fillValid(el);
    await submit(el);
    await waitUntil(() => text(el).includes('Sending your signup…'));
    const button = $(el, 'button[type="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el);
    await panel(el, 'sent');
    expect((await b.log()).requests).to.have.length(1);
  });

  it('saves the signup when offline, tells the visitor, and sends it when the connection returns', async () => {
    const b = signupBucket();
    await b.mode({ mode: 'offline' });
    const el = await fixture<M4aSignupForm>(
      html`<m4a-signup-form backend-url=${b.url} source="queue-test"></m4a-signup-form>`,
    );
    fillValid(el);
    check(el, 'interests-1');
    await submit(el);
    const queued = await panel(el, 'queued');
    expect(queued.textContent).to.contain('Your signup is saved');
    expect(queued.textContent).to.contain('even if you close this page and come back later');
    expect(el.shadowRoot!.activeElement).to.equal(queued.querySelector('h2'));
    await expect(el).to.be.accessible();
    expect(events.seen).to.deep.equal([
      { type: 'm4a-signup-submitted', detail: { status: 'queued', interests: 1, source: 'queue-test' } },
    ]);
    const [stored] = await queuedItems<{ email: string }>('signup', [...(await queuedItemsRefs())][0]!);
    expect(stored!.payload.email).to.equal('ana@example.org');

    await b.mode({ mode: 'up' });
    (queued.querySelector('button') as HTMLButtonElement).focus();
    dispatchEvent(new Event('online'));
    const sent = await panel(el, 'sent');
    expect(el.shadowRoot!.activeElement).to.equal(sent.querySelector('h2'));
    await expect(el).to.be.accessible();
    const log = await b.log();
    expect(log.created).to.have.length(1);
    expect(new Set(log.requests.map((r) => r.key)).size).to.equal(1);
    expect(events.seen[1]).to.deep.equal({
      type: 'm4a-signup-replayed',
      detail: { earlierVisit: false, interests: 1, source: 'queue-test' },
    });
  });

  it('saves on a server error (5xx) and retries with backoff until the server takes it', async () => {
    const b = signupBucket();
    await b.mode({ mode: 'down', status: 503 });
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    fillValid(el);
    await submit(el);
    await panel(el, 'queued');
    await waitUntil(async () => (await b.log()).requests.length >= 3, 'retried with backoff', { timeout: 4000 });
    await b.mode({ mode: 'up' });
    await panel(el, 'sent');
    const log = await b.log();
    expect(log.created).to.have.length(1);
    expect(new Set(log.requests.map((r) => r.key)).size).to.equal(1);
  });

  it('never creates a second row when a timed-out request had reached the server', async () => {
    const b = signupBucket();
    configStore.configure({ backends: { main: { type: 'rest', url: b.url, timeoutMs: 1000 } } });
    await b.mode({ mode: 'up', delayMs: 1500 });
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form></m4a-signup-form>`);
    fillValid(el);
    await submit(el);
    await panel(el, 'queued');
    await b.mode({ mode: 'up' });
    await panel(el, 'sent');
    const log = await b.log();
    expect(log.requests.length).to.be.at.least(2);
    expect(new Set(log.requests.map((r) => r.key)).size).to.equal(1);
    expect(log.created).to.have.length(1);
  });

  it('keeps the key of a submission across a fix-and-resubmit, and puts server field errors on the fields', async () => {
    const b = signupBucket();
    await b.mode({
      mode: 'refuse',
      fields: [
        { path: 'zip', message: 'Enter a 5-digit ZIP code' },
        { path: 'email', message: 'Unknown domain' },
      ],
    });
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    fillValid(el, { zip: '00000' });
    await submit(el);
    await waitUntil(() => $(el, '.error-summary'), 'the error summary');
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#email', '#zip']);
    expect(el.shadowRoot!.getElementById('zip-error')!.textContent).to.contain('Enter a 5-digit ZIP code, like 53703');
    expect((el.shadowRoot!.getElementById('zip') as HTMLInputElement).value).to.equal('00000');
    expect((el.shadowRoot!.getElementById('givenName') as HTMLInputElement).value).to.equal('Ana');
    expect(events.seen).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await b.mode({ mode: 'up' });
    type(el, 'zip', '53703');
    await submit(el);
    await panel(el, 'sent');
    const log = await b.log();
    expect(log.requests).to.have.length(2);
    expect(log.requests[1]!.key).to.equal(log.requests[0]!.key);
    expect(log.requests[1]!.body.zip).to.equal('53703');
  });

  it('shows a refusal without field errors above the form, answers kept', async () => {
    const b = signupBucket();
    await b.mode({ mode: 'down', status: 413 });
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.error-summary'), 'the error summary');
    expect($(el, '.error-summary')!.textContent).to.contain(
      'We couldn’t send your signup. The server had a problem (error 413).',
    );
    expect((el.shadowRoot!.getElementById('email') as HTMLInputElement).value).to.equal('ana@example.org');
    expect(await queuedItems('signup', [...(await queuedItemsRefs())][0] ?? '')).to.have.length(0);
  });

  it('saves the signup when the backend’s code cannot load (offline before it was fetched), and sends it later', async () => {
    const b = signupBucket();
    let loads = 0;
    let reachable = false;
    registerBackend('late-chunk', () => {
      loads++;
      if (!reachable) throw new TypeError('Failed to fetch dynamically imported module');
      return createRestBackend({ type: 'rest', url: b.url });
    });
    configStore.configure({ backends: { main: { type: 'late-chunk' } } });
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form></m4a-signup-form>`);
    fillValid(el);
    await submit(el);
    await panel(el, 'queued');
    expect(loads).to.be.at.least(2);
    reachable = true;
    dispatchEvent(new Event('online'));
    await panel(el, 'sent');
    expect((await b.log()).created).to.have.length(1);
  });

  it('sends the honeypot’s value, so the server can flag the bot', async () => {
    const b = signupBucket();
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    fillValid(el);
    ($(el, 'input[name="website"]') as HTMLInputElement).value = 'http://spam.example';
    await submit(el);
    await panel(el, 'sent');
    expect((await b.log()).requests[0]!.body.website).to.equal('http://spam.example');
  });

  it('sends a saved signup once the element comes back and the backend is reachable', async () => {
    const b = signupBucket();
    await b.mode({ mode: 'offline' });
    configureDeviceQueue({ baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const first = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    fillValid(first);
    await submit(first);
    await panel(first, 'queued');
    first.remove();
    await b.mode({ mode: 'up' });
    await new Promise((r) => setTimeout(r, 100));
    const before = await b.log();
    expect(before.created).to.have.length(0);

    const again = await fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${b.url}></m4a-signup-form>`);
    await waitUntil(async () => (await b.log()).created.length === 1, 'sent by the new element');
    await new Promise((r) => setTimeout(r, 200));
    const log = await b.log();
    expect(log.created).to.have.length(1);
    // Exactly one more request, with the key of the first attempt(s).
    expect(log.requests).to.have.length(before.requests.length + 1);
    expect(new Set(log.requests.map((r) => r.key))).to.deep.equal(new Set(log.created));
    expect($(again, 'form')).to.not.equal(null);
  });

  it('sends a saved signup on the next visit after a real page reload, and tells the visitor', async () => {
    const b = signupBucket();
    await b.mode({ mode: 'offline' });
    const frame = document.createElement('iframe');
    frame.style.width = '400px';
    frame.style.height = '600px';
    frame.src = `/test/fixtures/signup-form/reload.html?backend=${encodeURIComponent(b.url)}&namespace=${NAMESPACE}`;
    document.body.append(frame);
    try {
      const form = async () => {
        await waitUntil(
          () => frame.contentDocument?.querySelector('m4a-signup-form')?.shadowRoot?.querySelector('.form-root'),
          'form in frame',
          { timeout: 8000 },
        );
        return frame.contentDocument!.querySelector('m4a-signup-form') as M4aSignupForm;
      };
      const el = await form();
      await waitUntil(() => el.shadowRoot!.querySelector('form'));
      fillValid(el);
      await submit(el);
      await panel(el, 'queued');

      await b.mode({ mode: 'up' });
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.contentWindow!.location.reload();
      });
      const reloaded = await form();
      await waitUntil(() => text(reloaded).includes('has now been sent'), 'the notice', { timeout: 8000 });
      expect($(reloaded, '[part="notice"]')!.textContent).to.equal(
        'Your signup saved on this device earlier has now been sent. Thank you!',
      );
      expect($(reloaded, 'form')).to.not.equal(null);
      const seen = (frame.contentWindow as unknown as { m4aEvents: { type: string; detail: unknown }[] }).m4aEvents;
      expect(seen).to.deep.equal([
        { type: 'm4a-signup-replayed', detail: { earlierVisit: true, interests: 0, source: 'reload-test' } },
      ]);
      const log = await b.log();
      expect(log.created).to.have.length(1);
      expect(log.requests.at(-1)!.body.email).to.equal('ana@example.org');
    } finally {
      frame.remove();
    }
  });
});

/** Backend refs with stored signups (read from IndexedDB, as a page would). */
async function queuedItemsRefs(): Promise<Set<string>> {
  const items = await new Promise<{ backendRef: string }[]>((resolve, reject) => {
    const open = indexedDB.open(deviceQueueDbName());
    open.onsuccess = () => {
      const req = open.result.transaction('outbox').objectStore('outbox').getAll();
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result as { backendRef: string }[]);
      };
      req.onerror = () => reject(req.error);
    };
    open.onerror = () => reject(open.error);
  });
  return new Set(items.map((i) => i.backendRef));
}
