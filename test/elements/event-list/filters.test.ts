import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configStore } from '../../../src/core/config.js';
import { WidgetError } from '../../../src/core/errors.js';
import { registerBackend } from '../../../src/core/registry.js';
import type { EventPage } from '../../../src/shared/schemas/event.js';
import type { M4aEventList } from '../../../src/elements/event-list/event-list.js';
import { filtersFromUrl } from '../../../src/elements/event-list/filters.js';
import { $, $$, card, countText, mount, resetUrl, settled, text, titles, useStatic } from './helpers.js';

const checkbox = (el: M4aEventList, type: string) => $<HTMLInputElement>(el, `input[name="types"][value="${type}"]`)!;
const ids = (el: M4aEventList) => $$(el, '.events article').map((a) => a.dataset.id);

/** Waits for the list to reload after a filter change (the old list stays, marked busy, until then). */
async function reloaded(el: M4aEventList): Promise<void> {
  await el.updateComplete;
  await settled(el);
}

describe('<m4a-event-list>: filters', () => {
  beforeEach(useStatic);
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  it('filters by type, mirrors it in the URL and tells analytics how many matched', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    const filtered = oneEvent(el, 'm4a-events-filtered');
    checkbox(el, 'canvass').click();
    checkbox(el, 'town-hall').click();
    const event = await filtered;
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:canvass-east:1', 'static:town-hall:1']);
    expect(event.detail).to.deep.equal({ count: 2 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(new URLSearchParams(location.search).get('m4a-types')).to.equal('canvass,town-hall');
    expect(countText(el)).to.equal('Showing 2 events');
    await expect(el).to.be.accessible();
  });

  it('searches near a ZIP within a radius, straight-line, with distances, using the ZIP centroid for private addresses', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    const zip = $<HTMLInputElement>(el, '#zip')!;
    zip.focus();
    await sendKeys({ type: '53703' });
    await sendKeys({ press: 'Enter' });
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:canvass-east:1', 'static:town-hall:1', 'static:meeting:private']);
    expect(text(card(el, 'static:canvass-east:1').querySelector('dd .note'))).to.equal('1.8 miles away');
    expect(text(card(el, 'static:town-hall:1').querySelector('dd .note'))).to.equal('0.7 miles away');
    // Private address: no point of its own, so the centroid of its ZIP (53711) stands in.
    expect($$(el, 'article[data-id="static:meeting:private"] dd .note').map((n) => text(n))).to.include('5 miles away');
    const params = new URLSearchParams(location.search);
    expect(params.get('m4a-zip')).to.equal('53703');
    expect(params.get('m4a-radiusMiles')).to.equal('25');
    $<HTMLSelectElement>(el, '#radius')!.value = '250';
    $(el, '#radius')!.dispatchEvent(new Event('change', { bubbles: true }));
    await reloaded(el);
    expect(ids(el)).to.include('static:rally:1');
    expect(text(card(el, 'static:rally:1').querySelector('dd .note'))).to.equal('121.7 miles away');
  });

  it('says what is wrong with a malformed ZIP, next to the field, and keeps the list', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    const zip = $<HTMLInputElement>(el, '#zip')!;
    zip.focus();
    await sendKeys({ type: '537' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(zip.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${zip.getAttribute('aria-describedby')}`))).to.equal('Enter a 5-digit ZIP code, like 53703.');
    expect(el.shadowRoot!.activeElement).to.equal(zip);
    expect(ids(el)).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('says when the backend does not know a ZIP', async () => {
    const el = await mount(
      html`<m4a-event-list lang="es" time-zone="America/Chicago" url-sync="off"></m4a-event-list>`,
    );
    const zip = $<HTMLInputElement>(el, '#zip')!;
    zip.value = '53201';
    zip.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(el, '#zip-problem'), 'no ZIP problem shown');
    expect(text($(el, '#zip-problem'))).to.equal(
      'No encontramos el código postal 53201. Revíselo e inténtelo de nuevo.',
    );
    expect(countText(el)).to.equal('No se encontraron eventos');
    await expect(el).to.be.accessible();
  });

  it('filters by date range (calendar days in each event’s zone) and by format', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    const from = $<HTMLInputElement>(el, '#from')!;
    const to = $<HTMLInputElement>(el, '#to')!;
    from.value = '2030-11-04';
    to.value = '2030-11-09';
    to.dispatchEvent(new Event('change', { bubbles: true }));
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:town-hall:1', 'static:phone-bank:1', 'static:rally:1']);
    const online = $<HTMLSelectElement>(el, '#online')!;
    online.value = 'exclude';
    online.dispatchEvent(new Event('change', { bubbles: true }));
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:town-hall:1', 'static:rally:1']);
    online.value = 'only';
    online.dispatchEvent(new Event('change', { bubbles: true }));
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:phone-bank:1']);
    const params = new URLSearchParams(location.search);
    expect([params.get('m4a-from'), params.get('m4a-to'), params.get('m4a-online')]).to.deep.equal([
      '2030-11-04',
      '2030-11-09',
      'only',
    ]);
  });

  it('refuses a date range that ends before it starts', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    $<HTMLInputElement>(el, '#from')!.value = '2030-11-09';
    $<HTMLInputElement>(el, '#to')!.value = '2030-11-04';
    $(el, '#to')!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '#dates-problem'))).to.equal('The “To” date must be on or after the “From” date.');
    expect($(el, '#to')!.getAttribute('aria-invalid')).to.equal('true');
    expect(ids(el)).to.have.length(8);
  });

  it('restores filters from a shared URL, keeps the page’s other parameters, and clears back to everything', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?page=7&m4a-types=town-hall,canvass,bogus&m4a-zip=53703&m4a-radiusMiles=10&m4a-online=exclude#top`,
    );
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    expect(checkbox(el, 'canvass').checked).to.equal(true);
    expect(checkbox(el, 'town-hall').checked).to.equal(true);
    expect(checkbox(el, 'rally').checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#zip')!.value).to.equal('53703');
    expect($<HTMLSelectElement>(el, '#radius')!.value).to.equal('10');
    expect($<HTMLSelectElement>(el, '#online')!.value).to.equal('exclude');
    expect(ids(el)).to.deep.equal(['static:canvass-east:1', 'static:town-hall:1']);
    checkbox(el, 'canvass').click();
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:town-hall:1']);
    expect(location.search).to.equal('?page=7&m4a-types=town-hall&m4a-zip=53703&m4a-radiusMiles=10&m4a-online=exclude');
    expect(location.hash).to.equal('#top');
    const clear = $$<HTMLButtonElement>(el, '.filter-actions button').find((b) => text(b) === 'Clear filters')!;
    clear.click();
    await reloaded(el);
    expect(ids(el)).to.have.length(8);
    expect(location.search).to.equal('?page=7');
    expect(checkbox(el, 'town-hall').checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#zip')!.value).to.equal('');
  });

  it('keeps two lists on one page apart with their own URL prefixes', async () => {
    history.replaceState(null, '', `${location.pathname}?a-types=rally&b-types=panel`);
    const a = await mount(html`<m4a-event-list url-prefix="a-" time-zone="America/Chicago"></m4a-event-list>`);
    const b = await mount(html`<m4a-event-list url-prefix="b-" time-zone="America/Chicago"></m4a-event-list>`);
    expect(ids(a)).to.deep.equal(['static:rally:1']);
    expect(ids(b)).to.deep.equal(['static:panel:phx-summer', 'static:panel:phx-winter']);
    checkbox(a, 'meeting').click();
    await reloaded(a);
    const params = new URLSearchParams(location.search);
    expect(params.get('a-types')).to.equal('rally,meeting');
    expect(params.get('b-types')).to.equal('panel');
  });

  it('starts from its attributes, and leaves the URL alone with url-sync="off"', async () => {
    history.replaceState(null, '', `${location.pathname}?m4a-types=rally`);
    const el = await mount(
      html`<m4a-event-list types="panel training" url-sync="off" time-zone="America/Chicago"></m4a-event-list>`,
    );
    expect(ids(el)).to.deep.equal(['static:panel:phx-summer', 'static:training:allday', 'static:panel:phx-winter']);
    checkbox(el, 'panel').click();
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:training:allday']);
    expect(location.search).to.equal('?m4a-types=rally');
  });

  it('drops values of a mangled shared link one by one', () => {
    expect(
      filtersFromUrl(
        '?m4a-zip=abc&m4a-radiusMiles=9000&m4a-online=sometimes&m4a-types=rally&m4a-from=2030-11-01',
        'm4a-',
      ),
    ).to.deep.equal({
      types: ['rally'],
      from: '2030-11-01',
    });
    expect(filtersFromUrl('?page=2', 'm4a-')).to.equal(undefined);
  });

  it('works from the keyboard', async () => {
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    checkbox(el, 'canvass').focus();
    await sendKeys({ press: 'Space' });
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:canvass-east:1']);
    // Back past the distance to the ZIP field, type and submit with Enter.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4 && el.shadowRoot!.activeElement?.id !== 'zip'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('zip');
    await sendKeys({ type: '60614' });
    await sendKeys({ press: 'Enter' });
    await reloaded(el);
    expect($(el, '.status.empty')).not.to.equal(null);
    // The description toggle and the calendar button are real buttons.
    checkbox(el, 'canvass').focus();
    await sendKeys({ press: 'Space' });
    const zip = $<HTMLInputElement>(el, '#zip')!;
    zip.value = '';
    zip.dispatchEvent(new Event('change', { bubbles: true }));
    await reloaded(el);
    const toggle = card(el, 'static:canvass-east:1').querySelector<HTMLButtonElement>('.description button')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<m4a-event-list>: empty state', () => {
  beforeEach(useStatic);
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  it('says what was searched and offers a wider radius and online events', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?m4a-types=phone-bank&m4a-zip=60614&m4a-radiusMiles=5&m4a-from=2030-11-01`,
    );
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago"></m4a-event-list>`);
    const empty = $(el, '.status.empty')!;
    expect(text(empty)).to.contain('No upcoming events match your search.');
    expect(text(empty)).to.contain('You searched for: Phone or text bank, within 5 miles of 60614, from Nov 1, 2030.');
    expect(countText(el)).to.equal('No events found');
    await expect(el).to.be.accessible();
    const buttons = $$<HTMLButtonElement>(el, '.status.empty button');
    expect(buttons.map((b) => text(b))).to.deep.equal([
      'Search within 10 miles',
      'Show online events',
      'Clear filters',
    ]);
    buttons[0]!.click();
    await reloaded(el);
    expect(new URLSearchParams(location.search).get('m4a-radiusMiles')).to.equal('10');
    expect(text($(el, '.status.empty'))).to.contain('within 10 miles of 60614');
    $$<HTMLButtonElement>(el, '.status.empty button')[1]!.click();
    await reloaded(el);
    expect(ids(el)).to.deep.equal(['static:phone-bank:1']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.count'));
  });

  it('in Spanish', async () => {
    history.replaceState(null, '', `${location.pathname}?m4a-types=canvass,rally&m4a-online=only`);
    const el = await mount(html`<m4a-event-list lang="es" time-zone="America/Chicago"></m4a-event-list>`);
    expect(text($(el, '.status.empty'))).to.contain(
      'Usted buscó: Visitas puerta a puerta o Manifestación o mitin, eventos en línea.',
    );
    expect($$(el, '.status.empty button').map((b) => text(b))).to.deep.equal(['Quitar filtros']);
    await expect(el).to.be.accessible();
  });
});

describe('<m4a-event-list>: Load more', () => {
  beforeEach(useStatic);
  afterEach(() => {
    configStore.reset();
    resetUrl();
  });

  it('pages through `next`, moving focus to the first new event', async () => {
    const el = await mount(
      html`<m4a-event-list page-size="3" time-zone="America/Chicago" url-sync="off"></m4a-event-list>`,
    );
    expect(titles(el)).to.have.length(3);
    expect(countText(el)).to.equal('Showing 3 of 8 events');
    const more = () => $<HTMLButtonElement>(el, '[part~="more"]');
    more()!.click();
    await waitUntil(() => titles(el).length === 6, 'the second page did not load');
    expect(countText(el)).to.equal('Showing 6 of 8 events');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.events article')[3]);
    await expect(el).to.be.accessible();
    more()!.click();
    await waitUntil(() => titles(el).length === 8, 'the last page did not load');
    expect(more()).to.equal(null);
    expect(new Set(ids(el)).size).to.equal(8);
    expect(ids(el)).to.deep.equal([
      'static:panel:phx-summer',
      'static:canvass-east:1',
      'static:town-hall:1',
      'static:phone-bank:1',
      'static:rally:1',
      'static:meeting:private',
      'static:training:allday',
      'static:panel:phx-winter',
    ]);
  });

  it('a failed page keeps the list and offers a retry', async () => {
    const all = (
      (await (await fetch('/fake/files/event-list/static/events.json')).json()) as { events: unknown[] }
    ).events.slice(0, 4);
    let offline = true;
    registerBackend('paging-test', () => ({
      listEvents: async (query) => {
        if (!query.cursor) return { events: all.slice(0, 2), next: 'page-2', total: 4 } as EventPage;
        if (offline) throw new WidgetError('offline', 'test: offline');
        return { events: all.slice(2), next: null, total: 4 } as EventPage;
      },
    }));
    configStore.configure({ backends: { paging: { type: 'paging-test' } }, defaultBackend: 'paging' });
    const el = await mount(html`<m4a-event-list time-zone="America/Chicago" url-sync="off"></m4a-event-list>`);
    expect(countText(el)).to.equal('Showing 2 of 4 events');
    $<HTMLButtonElement>(el, '[part~="more"]')!.click();
    await waitUntil(() => $(el, '.more .status.error'), 'no paging error shown');
    expect(text($(el, '.more .status.error'))).to.contain('You seem to be offline');
    expect(titles(el)).to.have.length(2);
    await expect(el).to.be.accessible();
    offline = false;
    $<HTMLButtonElement>(el, '.more .status.error button')!.click();
    await waitUntil(() => titles(el).length === 4, 'the retry did not load the page');
    expect($(el, '.more')).to.equal(null);
  });
});
