import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRestBackend } from '../../../src/backends/rest.js';
import { configStore } from '../../../src/core/config.js';
import { clearDeviceQueue, queuedItems, backendRefOf } from '../../../src/core/device-queue.js';
import { registerBackend } from '../../../src/core/registry.js';
import type { M4aEventList } from '../../../src/elements/event-list/event-list.js';
import type { RsvpRequest } from '../../../src/shared/schemas/event.js';
import { $, $$, card, mount, resetUrl, text } from './helpers.js';

const API = '/fake/files/event-list/api';
const EVENT = 'reference.42.1920067200';

let n = 0;
let rsvpUrl = API;
const sent: Array<{ payload: RsvpRequest; key: string | undefined }> = [];

/** The REST backend for listing, with RSVPs sent (over real HTTP) to whatever `rsvpUrl` is now, and recorded. */
function useRsvpBackend(): string {
  const type = `rsvp-spy-${++n}`;
  registerBackend(type, () => {
    const list = createRestBackend({ type: 'rest', url: API });
    return {
      listEvents: list.listEvents!,
      submitRsvp: (payload, o) => {
        sent.push({ payload, key: o?.idempotencyKey });
        return createRestBackend({ type: 'rest', url: rsvpUrl, timeoutMs: 2000 }).submitRsvp!(payload, o);
      },
    };
  });
  configStore.configure({ backends: { main: { type } } });
  return type;
}

const form = (el: M4aEventList) => card(el, EVENT).querySelector<HTMLFormElement>('form')!;
const field = (el: M4aEventList, name: string) => form(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;

async function openForm(el: M4aEventList): Promise<void> {
  const toggle = card(el, EVENT).querySelector<HTMLButtonElement>('button[aria-controls]')!;
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
}

function fill(el: M4aEventList, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) field(el, name).value = value;
}

describe('<m4a-event-list>: inline RSVP', () => {
  beforeEach(() => {
    rsvpUrl = API;
    sent.length = 0;
  });
  afterEach(async () => {
    configStore.reset();
    resetUrl();
    await clearDeviceQueue();
  });

  it('sends an RSVP with an idempotency key and confirms it, with an event carrying no personal data', async () => {
    useRsvpBackend();
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    expect(card(el, 'reference.43.1920672000').querySelector('form, button[aria-controls]')).to.equal(null);
    await openForm(el);
    expect($$(el, 'form.rsvp-form label').map((l) => text(l))).to.deep.equal([
      'First name',
      'Last name (optional)',
      'Email',
      'ZIP code',
      'Phone (optional)',
    ]);
    await expect(el).to.be.accessible();
    fill(el, { firstName: 'Ana', lastName: 'Pérez', email: 'ana@example.org', zip: '53703', phone: '608-555-0123' });
    const rsvped = oneEvent(el, 'm4a-event-rsvp');
    field(el, 'phone').focus();
    await sendKeys({ press: 'Enter' });
    const event = await rsvped;
    expect(event.detail).to.deep.equal({ eventId: EVENT, status: 'sent' });
    expect(sent).to.have.length(1);
    expect(sent[0]!.payload).to.deep.equal({
      eventId: EVENT,
      firstName: 'Ana',
      lastName: 'Pérez',
      email: 'ana@example.org',
      zip: '53703',
      phone: '608-555-0123',
    });
    expect(sent[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    await el.updateComplete;
    const done = $(el, `[id="rsvp-${EVENT}"]`)!;
    expect(text(done)).to.equal('Thank you! Your RSVP is confirmed.');
    expect(done.getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.activeElement).to.equal(done);
    await expect(el).to.be.accessible();
  });

  it('shows every problem in a summary that takes focus, in Spanish too', async () => {
    useRsvpBackend();
    const el = await mount(
      html`<m4a-event-list lang="es" time-zone="America/Chicago" url-sync="off"></m4a-event-list>`,
    );
    await openForm(el);
    fill(el, { email: 'ana@', zip: '537', phone: '12' });
    form(el).requestSubmit();
    await waitUntil(() => form(el).querySelector('.error-summary'), 'no error summary');
    const summary = form(el).querySelector<HTMLElement>('.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => text(a))).to.deep.equal([
      'Escriba su nombre',
      'Escriba un correo electrónico, como nombre@ejemplo.org',
      'Escriba un código postal de 5 dígitos, como 53703',
      'Escriba un teléfono de 10 dígitos, como 608-555-0123',
    ]);
    expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'email').value).to.equal('ana@');
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
    summary.querySelector<HTMLAnchorElement>('a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'firstName'));
  });

  it('shows the backend’s field errors when it refuses the RSVP', async () => {
    useRsvpBackend();
    rsvpUrl = '/fake/status/400';
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    await openForm(el);
    fill(el, { firstName: 'Ana', email: 'ana@example.org', zip: '53703' });
    form(el).requestSubmit();
    await waitUntil(() => form(el).querySelector('.error-summary'), 'no error summary');
    expect(text(form(el).querySelector('.error-summary a'))).to.equal('Enter an email address, like name@example.org');
    expect(field(el, 'firstName').value).to.equal('Ana');
  });

  it('offline: keeps the RSVP on the device, says so, and sends it (same key) when the connection is back', async () => {
    const type = useRsvpBackend();
    rsvpUrl = 'http://127.0.0.1:9/api';
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    await openForm(el);
    fill(el, { firstName: 'Ana', email: 'ana@example.org', zip: '53703' });
    const queued = oneEvent(el, 'm4a-event-rsvp');
    form(el).requestSubmit();
    expect((await queued).detail).to.deep.equal({ eventId: EVENT, status: 'queued' });
    await el.updateComplete;
    const message = $(el, `[id="rsvp-${EVENT}"]`)!;
    expect(text(message)).to.contain('Your RSVP is saved on this device and will be sent automatically');
    await expect(el).to.be.accessible();
    const stored = await queuedItems<RsvpRequest>('rsvp', backendRefOf('main', { type }));
    expect(stored.map((i) => i.payload.email)).to.deep.equal(['ana@example.org']);

    rsvpUrl = API;
    const confirmed = oneEvent(el, 'm4a-event-rsvp');
    window.dispatchEvent(new Event('online'));
    expect((await confirmed).detail).to.deep.equal({ eventId: EVENT, status: 'sent' });
    await waitUntil(
      () => text($(el, `[id="rsvp-${EVENT}"]`)) === 'Thank you! Your RSVP is confirmed.',
      'not confirmed',
    );
    expect(new Set(sent.map((s) => s.key)).size).to.equal(1);
    expect(await queuedItems('rsvp', backendRefOf('main', { type }))).to.have.length(0);
  });
});
