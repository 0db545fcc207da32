import { expect, html, waitUntil } from '@open-wc/testing';
import { createStaticBackend } from '../../../src/backends/static.js';
import { configStore } from '../../../src/core/config.js';
import { WidgetError } from '../../../src/core/errors.js';
import { EventPage } from '../../../src/shared/schemas/event.js';
import { $, $$, card, countText, mount, resetUrl, STATIC_URL, text, titles } from './helpers.js';

/** Mobilize's real response format, served by the fake-backends middleware (its `next` links stay on that path). */
const MOBILIZE = { type: 'mobilize', organizationId: 4242, baseUrl: '/fake/files/event-list/mobilize' };

describe('<m4a-event-list>: Mobilize, straight from the browser', () => {
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  it('shows each upcoming timeslot, virtual, private and unknown-type events, and pages through `next`', async () => {
    configStore.configure({ backends: { mobilize: MOBILIZE } });
    const el = await mount(html`<m4a-event-list time-zone="America/Los_Angeles" url-sync="off"></m4a-event-list>`);
    const ids = () => $$(el, '.events article').map((a) => a.dataset.id);
    expect(ids()).to.deep.equal([
      `mobilize:801001:${Date.parse('2030-11-02T10:00:00-05:00') / 1000}`,
      `mobilize:801002:${Date.parse('2030-11-05T18:00:00-06:00') / 1000}`,
      `mobilize:801003:${Date.parse('2030-11-07T19:00:00-06:00') / 1000}`,
      `mobilize:801004:${Date.parse('2030-11-08T12:00:00-06:00') / 1000}`,
      `mobilize:801001:${Date.parse('2030-11-09T10:00:00-06:00') / 1000}`,
      `mobilize:801001:${Date.parse('2030-11-16T10:00:00-06:00') / 1000}`,
    ]);
    const [first, textBank, house, unknown, , full] = $$(el, '.events article');
    expect(text(first!.querySelector('.badge'))).to.equal('Canvass');
    expect(text(first!.querySelector('.visitor-time'))).to.equal('Your time: 8:00 – 11:00 AM PDT');
    expect(first!.querySelector<HTMLAnchorElement>('a[part~="rsvp"]')!.href).to.equal(
      'https://www.mobilize.us/m4amadison/event/801001/',
    );
    expect(text(textBank!.querySelector('.badge'))).to.equal('Phone or text bank');
    expect(text(textBank)).to.contain('Online');
    expect(text(house)).not.to.contain('address is private');
    expect(text(house)).to.contain('The address is shared with people who RSVP.');
    expect(text(house)).to.contain('Wheelchair access not confirmed');
    expect(text(unknown!.querySelector('.badge'))).to.equal('Other');
    expect(text(unknown!.querySelector('.description'))).to.equal('An event type we do not know yet.');
    expect(text(full!.querySelector('.badge.full'))).to.equal('Full');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part~="more"]')!.click();
    await waitUntil(() => titles(el).length === 7, 'page 2 did not load');
    expect(titles(el)[6]).to.equal('Town hall with nurses');
    expect($(el, '[part~="more"]')).to.equal(null);
    expect(countText(el)).to.equal('Showing 7 events');
  });

  it('asks Mobilize for the filters in its own parameters', async () => {
    const requested: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      requested.push(String(input));
      return original(input, init);
    };
    try {
      history.replaceState(null, '', `${location.pathname}?m4a-types=canvass&m4a-zip=53703&m4a-radiusMiles=10`);
      configStore.configure({ backends: { mobilize: MOBILIZE } });
      await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    } finally {
      window.fetch = original;
    }
    const url = new URL(requested.filter((u) => u.includes('/organizations/4242/events')).at(-1)!);
    expect(url.searchParams.get('zipcode')).to.equal('53703');
    expect(url.searchParams.get('max_dist')).to.equal('10');
    expect(url.searchParams.getAll('event_types')).to.include.members(['CANVASS', 'COMMUNITY_CANVASS']);
    expect(url.searchParams.getAll('timeslot_start')).to.deep.equal(['gte_now']);
  });

  it('reports a Mobilize error envelope as unreadable data', async () => {
    configStore.configure({ backends: { mobilize: { ...MOBILIZE, baseUrl: '/fake/garbage' } } });
    const el = await mount(html`<m4a-event-list url-sync="off"></m4a-event-list>`);
    expect(text($(el, '.status.error'))).to.contain('could not read');
  });
});

describe('static backend: events.json', () => {
  const backend = () => createStaticBackend({ type: 'static', url: STATIC_URL });
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => (console.warn = (...args: unknown[]) => warnings.push(args.join(' '))));
  afterEach(() => {
    console.warn = warn;
    warnings.length = 0;
  });

  it('filters and pages like the reference server, skipping (and naming) entries that are not events', async () => {
    const page = EventPage.parse(await backend().listEvents!({ types: ['panel', 'canvass'], limit: 2 }));
    expect(page.events.map((e) => e.id)).to.deep.equal(['static:panel:phx-summer', 'static:canvass-east:1']);
    expect(page.total).to.equal(3);
    expect(page.next).to.equal('2');
    const rest = EventPage.parse(
      await backend().listEvents!({ types: ['panel', 'canvass'], limit: 2, cursor: page.next! }),
    );
    expect(rest.events.map((e) => e.id)).to.deep.equal(['static:panel:phx-winter']);
    expect(rest.next).to.equal(null);
    expect(warnings.some((w) => w.includes('events.json entry 9 skipped'))).to.equal(true);
  });

  it('searches near a ZIP with centroid shards, and says when it does not know the ZIP', async () => {
    const page = EventPage.parse(await backend().listEvents!({ zip: '53715', radiusMiles: 5 }));
    expect(page.events.map((e) => [e.id, e.distanceMiles])).to.deep.equal([
      ['static:canvass-east:1', 3.4],
      ['static:town-hall:1', 1.2],
      ['static:meeting:private', 3.2],
    ]);
    const unknown = await backend().listEvents!({ zip: '99999' }).catch((e: unknown) => e);
    expect(unknown).to.be.instanceOf(WidgetError);
    expect((unknown as WidgetError).kind).to.equal('validation');
    expect((unknown as WidgetError).extra.fields).to.deep.equal([{ path: 'zip', message: 'Unknown ZIP code' }]);
  });

  it('online-only searches ignore the ZIP', async () => {
    const page = EventPage.parse(await backend().listEvents!({ zip: '99999', online: 'only' }));
    expect(page.events.map((e) => e.id)).to.deep.equal(['static:phone-bank:1', 'static:training:allday']);
  });

  it('a file without an events list is unreadable', async () => {
    const b = createStaticBackend({ type: 'static', url: '/fake/files/event-list/not-events' });
    const err = await b.listEvents!({}).catch((e: unknown) => e);
    expect((err as WidgetError).kind).to.equal('invalid-response');
  });
});

describe('<m4a-event-list>: card details', () => {
  afterEach(() => configStore.reset());

  it('shows no "Where" for an in-person event without a place', async () => {
    configStore.configure({ backends: { mobilize: MOBILIZE } });
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    const unknown = card(el, `mobilize:801004:${Date.parse('2030-11-08T12:00:00-06:00') / 1000}`);
    expect([...unknown.querySelectorAll('dt')].map((d) => text(d))).to.deep.equal(['When']);
  });
});
