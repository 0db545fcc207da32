import { expect, html, waitUntil } from '@open-wc/testing';
import { configStore } from '../../../src/core/config.js';
import { registerBackend } from '../../../src/core/registry.js';
import type { WidgetError } from '../../../src/core/errors.js';
import { CheckedEventPage, checkedEventPage, checkMore } from '../../../src/elements/event-list/validated.js';
import { EventPage, type M4aEvent } from '../../../src/shared/schemas/event.js';
import { $, $$, countText, mount, resetUrl, titles } from './helpers.js';

/** `count` valid upcoming events, a day apart, in the contract's shape. */
function events(count: number): M4aEvent[] {
  const first = Date.now() + 86_400_000;
  return Array.from({ length: count }, (_, i) => ({
    id: `window:${i}`,
    source: 'static',
    title: `Canvass ${i + 1}`,
    type: 'canvass',
    start: new Date(first + i * 86_400_000).toISOString().replace('Z', '+00:00').replace(/\.\d+/, ''),
    timezone: 'UTC',
    online: true,
    description: `Event ${i + 1}`,
    rsvp: 'none',
    full: false,
  }));
}

describe('<m4a-event-list>: a page of events at a time', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    const all = events(45);
    // Like a JS backend holding a whole feed: every event at once, whatever the page size asked for.
    registerBackend('window-test', () => ({
      listEvents: async () => {
        calls++;
        return { events: all.map((e) => ({ ...e })), next: null };
      },
    }));
    configStore.configure({ backends: { window: { type: 'window-test' } }, defaultBackend: 'window' });
  });
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  it('draws one page of what the backend sent, and says how many there are', async () => {
    const el = await mount(html`<m4a-event-list url-sync="off" time-zone="UTC"></m4a-event-list>`);
    expect(titles(el)).to.have.length(20);
    expect(countText(el)).to.equal('Showing 20 of 45 events');
    await expect(el).to.be.accessible();
  });

  it('"Load more" draws the next page without asking the backend, focus on its first event', async () => {
    const el = await mount(html`<m4a-event-list url-sync="off" time-zone="UTC"></m4a-event-list>`);
    const before = calls;
    const more = () => $<HTMLButtonElement>(el, '[part~="more"]');
    more()!.click();
    await waitUntil(() => titles(el).length === 40, 'the next page was not drawn');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.events article')[20]);
    expect(countText(el)).to.equal('Showing 40 of 45 events');
    more()!.click();
    await waitUntil(() => titles(el).length === 45, 'the last events were not drawn');
    expect(more()).to.equal(null);
    expect(countText(el)).to.equal('Showing 45 events');
    expect(calls).to.equal(before);
  });

  it('checks the events after the first page once it has painted, and fails the list if one does not pass', async () => {
    const all = events(45).map((e, i) => (i === 30 ? { ...e, title: '' } : e));
    registerBackend('window-broken', () => ({ listEvents: async () => ({ events: all, next: null }) }));
    configStore.configure({ backends: { window: { type: 'window-broken' } }, defaultBackend: 'window' });
    const el = await mount(html`<m4a-event-list url-sync="off" time-zone="UTC"></m4a-event-list>`);
    await waitUntil(() => $(el, '.status.error'), 'the event that does not pass was not found');
    expect($(el, '.status.error')!.textContent).to.contain('could not read');
    expect(titles(el)).to.have.length(0);
  });

  it('follows page-size', async () => {
    const el = await mount(html`<m4a-event-list url-sync="off" time-zone="UTC" page-size="5"></m4a-event-list>`);
    expect(titles(el)).to.deep.equal(['Canvass 1', 'Canvass 2', 'Canvass 3', 'Canvass 4', 'Canvass 5']);
    expect(countText(el)).to.equal('Showing 5 of 45 events');
  });
});

describe('CheckedEventPage', () => {
  const page = (list: unknown[]) => ({ events: list, next: null });

  it('answers as EventPage does, for valid pages and at the same path for invalid ones', () => {
    const list = events(5);
    expect(CheckedEventPage.parse(page(list))).to.deep.equal(EventPage.parse(page(list)));
    const broken = list.map((e, i) => (i === 3 ? { ...e, rsvp: 'link', url: 'ftp://example.org/' } : e));
    const ours = CheckedEventPage.safeParse(page(broken));
    const plain = EventPage.safeParse(page(broken));
    expect(ours.success).to.equal(false);
    expect(ours.error!.issues[0]!.path).to.deep.equal(['events', 3, 'url']);
    expect(ours.error!.issues[0]!.message).to.equal(plain.error!.issues[0]!.message);
    expect(CheckedEventPage.safeParse({ events: 'none', next: null }).error!.issues[0]!.path).to.deep.equal(['events']);
  });

  it('checks an event again once its content changed, even after the first version passed', () => {
    const [event] = events(1);
    expect(CheckedEventPage.safeParse(page([event])).success).to.equal(true);
    expect(CheckedEventPage.safeParse(page([{ ...event, title: '' }])).success).to.equal(false);
    expect(CheckedEventPage.safeParse(page([{ ...event }])).success).to.equal(true);
  });

  it('checks a first page of upcoming events at once and the rest when asked, with the same paths', () => {
    const list = events(10);
    const first = checkedEventPage(4).parse(page(list));
    expect(first.events.map((e) => e.id)).to.deep.equal(list.slice(0, 4).map((e) => e.id));
    expect(first.rest!.upcoming).to.equal(6);
    checkMore(first);
    expect(first.rest).to.equal(undefined);
    expect(first.events).to.deep.equal(EventPage.parse(page(list)).events);
    const broken = checkedEventPage(4).parse(page(list.map((e, i) => (i === 7 ? { ...e, title: '' } : e))));
    expect(broken.events).to.have.length(4);
    try {
      checkMore(broken);
      expect.fail('the event that does not pass was not found');
    } catch (err) {
      expect((err as WidgetError).kind).to.equal('invalid-response');
      expect((err as WidgetError).extra.field).to.equal('events.7.title');
    }
  });

  it('gives the parsed (trimmed) event, also from its cache', () => {
    const [event] = events(1);
    const padded = { ...event!, title: '  Padded title  ' };
    expect(CheckedEventPage.parse(page([padded])).events[0]!.title).to.equal('Padded title');
    expect(CheckedEventPage.parse(page([{ ...padded }])).events[0]!.title).to.equal('Padded title');
  });
});
