import { expect, html, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { configStore } from '../../../src/core/config.js';
import { registerBackend } from '../../../src/core/registry.js';
import { WidgetError } from '../../../src/core/errors.js';
import type { M4aEventList } from '../../../src/elements/event-list/event-list.js';
import type { EventPage } from '../../../src/shared/schemas/event.js';
import { $, $$, card, countText, mount, resetUrl, text, titles, useStatic } from './helpers.js';

describe('<m4a-event-list>: rendering', () => {
  beforeEach(useStatic);
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  it('lists upcoming events in start order, hides past ones, and is accessible', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    expect(titles(el)).to.deep.equal([
      'Panel: nurses on single payer (summer)',
      'Door-to-door canvass for Medicare for All: East Side',
      'Town hall: what Medicare for All means for Wisconsin families',
      'Phone bank: call Wisconsin supporters',
      'Rally for guaranteed healthcare at Federal Plaza',
      'West Side organizing meeting',
      'Organizer training <img src=x onerror="window.__pwned = 1"> day',
      'Panel: nurses on single payer (winter)',
    ]);
    expect(text($(el, '.base'))).not.to.contain('already happened');
    expect(countText(el)).to.equal('Showing 8 events');
    expect($(el, '.count')!.getAttribute('role')).to.equal('status');
    expect($(el, '.events')!.getAttribute('aria-label')).to.equal('Upcoming events');
    await expect(el).to.be.accessible();
  });

  it('shows type, place, accessibility, capacity, a short description and RSVP on each card', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    const canvass = card(el, 'static:canvass-east:1');
    expect(text(canvass.querySelector('.badge'))).to.equal('Canvass');
    expect(text(canvass)).to.contain('Goodman Community Center 149 Waubesa St Madison, WI 53704');
    expect(text(canvass.querySelector('.fact:nth-child(3) dd span'))).to.equal('Wheelchair accessible');
    expect(text(canvass.querySelector('.fact:nth-child(3) dd .note'))).to.equal(
      'Step-free entrance on the north side; accessible restrooms.',
    );
    expect(text(canvass)).to.contain('Room for 30 people');
    const description = canvass.querySelector('.description p')!;
    expect(text(description).length).to.be.at.most(240);
    expect(text(description)).to.match(/…$/);
    const more = canvass.querySelector<HTMLButtonElement>('.description button')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(text(canvass.querySelector('.description p'))).to.contain('We finish with snacks back at the center.');
    expect(canvass.querySelector('.description button')!.getAttribute('aria-expanded')).to.equal('true');
    const rsvp = canvass.querySelector<HTMLAnchorElement>('a[part~="rsvp"]')!;
    expect(rsvp.href).to.equal('https://www.mobilize.us/m4amadison/event/601001/');
    expect(rsvp.target).to.equal('_blank');
    expect(rsvp.rel).to.contain('noopener');
    expect(text(rsvp)).to.contain('RSVP');
    expect(text(rsvp)).to.contain('(opens in a new tab)');

    expect(text(card(el, 'static:phone-bank:1'))).to.contain('Online');
    const rally = card(el, 'static:rally:1');
    expect(text(rally.querySelector('.badge.full'))).to.equal('Full');
    expect(text(rally)).to.contain('This event is full.');
    expect(rally.querySelector('[part~="rsvp"]')).to.equal(null);
    const meeting = card(el, 'static:meeting:private');
    expect(text(meeting)).to.contain('Madison, WI 53711');
    expect(text(meeting)).to.contain('The address is shared with people who RSVP.');
    expect(card(el, 'static:panel:phx-summer').querySelector('[part~="rsvp"], a.button')).to.equal(null);
  });

  it('tells analytics when a visitor follows an RSVP link, without personal data', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    const link = card(el, 'static:canvass-east:1').querySelector<HTMLAnchorElement>('a[part~="rsvp"]')!;
    // Keep the test page from opening the event's page.
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault(), { capture: true, once: true });
    const rsvp = oneEvent(el, 'm4a-event-rsvp');
    link.click();
    const event = await rsvp;
    expect(event.detail).to.deep.equal({ eventId: 'static:canvass-east:1', status: 'link' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows a Chicago event in Chicago time and, for a Los Angeles visitor, in theirs too, across DST', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Los_Angeles" url-sync="off"></m4a-event-list>`);
    // Nov 2, 2030: Chicago on CDT (-5), Los Angeles on PDT (-7).
    const before = card(el, 'static:canvass-east:1');
    expect(text(before.querySelector('time'))).to.equal('Saturday, November 2, 2030');
    expect(before.querySelector('time')!.getAttribute('datetime')).to.equal('2030-11-02T10:00:00-05:00');
    expect(text(before.querySelector('.time'))).to.equal('10:00 AM – 1:00 PM CDT');
    expect(text(before.querySelector('.zone-note'))).to.equal('(local time in Chicago)');
    expect(text(before.querySelector('.visitor-time'))).to.equal('Your time: 8:00 – 11:00 AM PDT');
    // Nov 4, 2030: both zones have fallen back (CST -6, PST -8): still two hours apart.
    const after = card(el, 'static:town-hall:1');
    expect(text(after.querySelector('.time'))).to.equal('6:00 – 7:30 PM CST');
    expect(text(after.querySelector('.visitor-time'))).to.equal('Your time: 4:00 – 5:30 PM PST');
    // Phoenix keeps MST all year: same clock as Los Angeles in July, an hour ahead in December.
    expect(card(el, 'static:panel:phx-summer').querySelector('.visitor-time')).to.equal(null);
    expect(text(card(el, 'static:panel:phx-winter').querySelector('.visitor-time'))).to.equal(
      'Your time: 9:00 – 11:00 AM PST',
    );
    // Whole-day entries show dates only, for everyone.
    const training = card(el, 'static:training:allday');
    expect(text(training.querySelector('time'))).to.equal('Saturday, November 16, 2030');
    expect(training.querySelector('.visitor-time')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no second time to a visitor in the event’s own zone', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    expect($$(el, '.visitor-time').map((n) => n.closest('article')!.dataset.id)).to.deep.equal([
      'static:panel:phx-summer',
      'static:panel:phx-winter',
    ]);
  });

  it('speaks Spanish', async () => {
    const el = await mount(
      html`<m4a-event-list lang="es" time-zone="America/Los_Angeles" url-sync="off"></m4a-event-list>`,
    );
    const canvass = card(el, 'static:canvass-east:1');
    expect(text(canvass.querySelector('.badge'))).to.equal('Visitas puerta a puerta');
    expect(text(canvass.querySelector('time'))).to.equal('sábado, 2 de noviembre de 2030');
    expect(text(canvass.querySelector('.zone-note'))).to.equal('(hora local de Chicago)');
    expect(text(canvass.querySelector('.visitor-time'))).to.match(/^Su hora: 8:00 ?– ?11:00 a\. ?m\. PDT$/);
    expect(text(canvass)).to.contain('Accesible en silla de ruedas');
    expect(text(canvass)).to.contain('Cupo para 30 personas');
    expect(text(canvass)).to.contain('Confirmar asistencia');
    expect(text(canvass)).to.contain('(se abre en una pestaña nueva)');
    expect(text(card(el, 'static:phone-bank:1'))).to.contain('En línea');
    expect(text(card(el, 'static:rally:1'))).to.contain('Este evento ya no tiene cupo.');
    expect(countText(el)).to.equal('Se muestran 8 eventos');
    expect(text($(el, 'legend'))).to.equal('Tipo de evento');
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('renders hostile titles and descriptions as inert text', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    expect($$(el, 'img, script')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const townHall = card(el, 'static:town-hall:1');
    const description = text(townHall.querySelector('.description'));
    expect(description).to.contain('Hear from nurses & doctors about guaranteed care.');
    expect(description).to.contain('• Q&A with the audience');
    expect(description).not.to.contain('__pwned');
    expect(text(card(el, 'static:training:allday').querySelector('[role="heading"]'))).to.contain('<img src=x');
  });

  it('has a compact view for sidebars', async () => {
    const el = await mount(
      html`<m4a-event-list view="compact" hide-filters time-zone="America/Chicago" url-sync="off"></m4a-event-list>`,
    );
    expect($(el, 'form.filters')).to.equal(null);
    expect($$(el, 'article.item')).to.have.length(8);
    expect($$(el, '.description, .calendar')).to.have.length(0);
    expect(text(card(el, 'static:canvass-east:1'))).to.contain('Goodman Community Center');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const el = await mount(
      html`<m4a-event-list heading-level="2" time-zone="America/Chicago" url-sync="off"></m4a-event-list>`,
    );
    expect($$(el, '.events [role="heading"]').every((h) => h.getAttribute('aria-level') === '2')).to.equal(true);
  });
});

describe('<m4a-event-list>: states', () => {
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  let n = 0;
  /** A JavaScript backend under a fresh type name, so no other test's element can reach it. */
  function useBackend(listEvents: () => Promise<unknown>): void {
    const type = `events-test-${++n}`;
    registerBackend(type, () => ({ listEvents: listEvents as () => Promise<EventPage> }));
    configStore.configure({ backends: { t: { type } } });
  }

  it('loading: a skeleton with reserved height, hidden from screen readers, and a live "loading" line', async () => {
    useBackend(() => new Promise(() => {}));
    const el = await fixture<M4aEventList>(html`<m4a-event-list url-sync="off"></m4a-event-list>`);
    await el.updateComplete;
    const skeleton = $(el, '.skeleton')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.skeleton .placeholder')).to.have.length(3);
    const cardMin = parseFloat(getComputedStyle($(el, '.skeleton .placeholder')!).minHeight);
    expect(cardMin).to.be.greaterThan(150);
    expect(skeleton.getBoundingClientRect().height).to.be.at.least(cardMin * 3);
    expect(countText(el)).to.equal('Loading events…');
    await expect(el).to.be.accessible();
  });

  it('error: a translated message with a retry that works', async () => {
    let online = false;
    useBackend(async () => {
      if (!online) throw new WidgetError('offline', 'test: offline');
      return { events: [], next: null };
    });
    const errors: string[] = [];
    const el = await fixture<M4aEventList>(
      html`<m4a-event-list url-sync="off" @m4a-error=${(e: CustomEvent) => errors.push(e.detail.kind)}></m4a-event-list>`,
    );
    await waitUntil(() => $(el, '.status.error'), 'no error shown');
    expect($(el, '.status.error')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '.status.error'))).to.contain('You seem to be offline');
    expect(errors).to.deep.equal(['offline']);
    await expect(el).to.be.accessible();
    online = true;
    $<HTMLButtonElement>(el, '.status.error button')!.click();
    await waitUntil(() => $(el, '.status.empty'), 'the retry did not load the list');
    expect(text($(el, '.status.empty'))).to.contain('There are no upcoming events right now');
    await expect(el).to.be.accessible();
  });

  it('error over HTTP from the REST backend, in Spanish', async () => {
    const el = await fixture<M4aEventList>(
      html`<m4a-event-list lang="es" backend-url="/fake/status/503" url-sync="off"></m4a-event-list>`,
    );
    await waitUntil(() => $(el, '.status.error'), 'no error shown');
    expect(text($(el, '.status.error'))).to.contain('El servidor tuvo un problema (error 503)');
    expect(text($(el, '.status.error button'))).to.equal('Intentar de nuevo');
  });

  it('invalid content: says the data could not be read, without a retry', async () => {
    useBackend(async () => ({ events: [{ id: 'x', title: 'No dates' }], next: null }));
    const el = await fixture<M4aEventList>(html`<m4a-event-list url-sync="off"></m4a-event-list>`);
    await waitUntil(() => $(el, '.status.error'), 'no error shown');
    expect(text($(el, '.status.error'))).to.contain('could not read');
    expect($(el, '.status.error button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a backend without listEvents says so', async () => {
    registerBackend('no-events', () => ({}));
    configStore.configure({ backends: { t: { type: 'no-events' } } });
    const el = await fixture<M4aEventList>(html`<m4a-event-list url-sync="off"></m4a-event-list>`);
    await waitUntil(() => $(el, '.status.error'), 'no error shown');
    expect(text($(el, '.status.error'))).to.contain('can’t do this (list events)');
  });

  it('no backend: says one is needed', async () => {
    const el = await fixture<M4aEventList>(html`<m4a-event-list url-sync="off"></m4a-event-list>`);
    await waitUntil(() => $(el, '.status.error'), 'no error shown');
    expect(text($(el, '.status.error'))).to.contain('needs a backend');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const [attribute, template] of [
    ['time-zone', html`<m4a-event-list time-zone="Mars/Olympus_Mons"></m4a-event-list>`],
    ['view', html`<m4a-event-list view="grid"></m4a-event-list>`],
    ['page-size', html`<m4a-event-list page-size="0"></m4a-event-list>`],
    ['types', html`<m4a-event-list types="canvass,picnic"></m4a-event-list>`],
    ['zip', html`<m4a-event-list zip="ABCDE"></m4a-event-list>`],
    ['radius', html`<m4a-event-list zip="53703" radius="ten"></m4a-event-list>`],
    ['online', html`<m4a-event-list online="maybe"></m4a-event-list>`],
    ['url-sync', html`<m4a-event-list url-sync="sometimes"></m4a-event-list>`],
    ['heading-level', html`<m4a-event-list heading-level="1"></m4a-event-list>`],
  ] as const) {
    it(`a bad ${attribute} attribute shows a message naming it`, async () => {
      useStatic();
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<M4aEventList>(template);
        await el.updateComplete;
        const status = $(el, '.status.error')!;
        expect(text(status)).to.contain('This widget is not set up correctly');
        expect(text(status)).to.contain(`Check the setting “${attribute}”.`);
        expect(warnings.some((w) => w.includes(attribute))).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  }
});
