import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configStore } from '../../../src/core/config.js';
import { WidgetError } from '../../../src/core/errors.js';
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
} from './support.js';

describe('<m4a-rep-lookup> lookup states', () => {
  afterEach(() => configStore.reset());

  it('idle: a labelled ZIP field and an optional address field, nothing looked up yet', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    const zip = $<HTMLInputElement>(el, '#zip')!;
    expect(zip.getAttribute('inputmode')).to.equal('numeric');
    expect(zip.getAttribute('autocomplete')).to.equal('postal-code');
    expect($(el, 'label[for="zip"]')!.textContent).to.equal('ZIP code');
    expect($(el, '#address')!.getAttribute('autocomplete')).to.equal('street-address');
    expect($(el, 'label[for="address"]')!.textContent).to.contain('optional');
    expect($(el, '[part~="results"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loading: says it is looking, in a live region', async () => {
    const el = await mount({ 'backend-url': '/fake/slow/1500/rep-lookup/single' });
    type(el, '#zip', '53703');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => $(el, '[role="status"].status'), 'no loading state');
    expect(text(el, '[role="status"].status')).to.equal('Looking up your legislators…');
    expect($<HTMLButtonElement>(el, '[part~="submit"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('results: senators and the House member with party, seat, stance, source, contacts and data date', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    const event = (await search(el, '53703')) as CustomEvent;
    expect(event.detail).to.deep.equal({ status: 'ok', count: 3 });
    expect(event.bubbles && event.composed).to.equal(true);

    expect($(el, '#group-federal')!.textContent).to.equal('U.S. Congress');
    expect($$(el, '[part~="card"]')).to.have.length(3);
    const baldwin = card(el, 'B001230');
    expect(baldwin.querySelector('h3')!.textContent).to.equal('Tammy Baldwin');
    expect(baldwin.textContent).to.contain('Senator · Democrat');
    expect(baldwin.textContent).to.contain('U.S. Senate · Wisconsin');
    const badge = baldwin.querySelector('[part~="stance-badge"]')!;
    expect(badge.textContent!.trim()).to.equal('Cosponsor of S.1506');
    expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const source = baldwin.querySelector<HTMLAnchorElement>('[part~="stance"] a')!;
    expect(source.href).to.equal('https://www.congress.gov/bill/119th-congress/senate-bill/1506/cosponsors');
    expect(baldwin.querySelector('[part~="stance"]')!.textContent).to.contain('checked September 26, 2026');
    expect(baldwin.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal('tel:+12022245653');
    expect(
      [...baldwin.querySelectorAll<HTMLAnchorElement>('[part~="contacts"] a')].map((a) => a.textContent!.trim()),
    ).to.include.members(['Contact form (opens in a new tab)', 'Website (opens in a new tab)']);
    expect(
      baldwin.querySelector('[part~="social"] a[href="https://x.com/SenatorBaldwin"]')!.getAttribute('aria-label'),
    ).to.equal('Tammy Baldwin on X (Twitter) (opens in a new tab)');

    const johnson = card(el, 'J000293');
    expect(johnson.querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal('Not a cosponsor of S.1506');
    const pocan = card(el, 'P000607');
    expect(pocan.textContent).to.contain('U.S. House · Wisconsin, District 2');
    expect(pocan.querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal('Cosponsor of H.R.3069');
    expect(pocan.querySelector('details summary')!.textContent).to.equal('1 local office');

    expect(text(el, '[part~="freshness"]')).to.contain('Data as of September 15, 2026, 119th Congress.');
    expect($(el, '[data-note="state-needs-address"]')!.textContent).to.contain(
      'Add your street address to see your state legislators',
    );
    expect($(el, '[part~="stale"]')).to.equal(null);
    expect(text(el, '[role="status"][aria-live="polite"].visually-hidden')).to.equal('Found 3 legislators.');
    await expect(el).to.be.accessible();
  });

  it('shows initials when a photo cannot load, and the photo with alt text when it can', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    await search(el, '53703');
    await waitUntil(() => card(el, 'B001230').querySelector('.initials'), 'photo fallback not shown', {
      timeout: 5000,
    });
    expect(card(el, 'B001230').querySelector('.initials')!.textContent).to.equal('TB');

    const pixel = `data:image/gif;base64,R0lGODlhAQABAAAAACw=`;
    const photoUrl = new URL('/fake/files/rep-lookup/single/reps.json', location.href).href;
    recordingBackend(() =>
      answer([
        person({ id: 'X1', name: 'Ada Quill', photoUrl }),
        person({ id: 'X2', name: 'Bo Reyes', photoUrl: pixel }),
      ]),
    );
    const el2 = await mount({});
    await search(el2, '53703');
    const img = card(el2, 'X1').querySelector('img');
    expect(img?.getAttribute('alt')).to.equal('Photo of Ada Quill');
    expect(img?.getAttribute('loading')).to.equal('lazy');
    // data: URLs are not allowed as photos.
    expect(card(el2, 'X2').querySelector('img')).to.equal(null);
  });

  it('split ZIP: every candidate under its district, a clear notice, and focus moves to the address field', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('split') });
    const event = (await search(el, '53511')) as CustomEvent;
    expect(event.detail).to.deep.equal({ status: 'split', count: 4 });
    expect(text(el, '[part~="split"] h2')).to.equal('Your ZIP code is split between 2 congressional districts');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'address', 'focus did not move to the address field');
    expect(text(el, '.subgroup')).to.equal('U.S. House: one of these represents you');
    const candidates = $$(el, '.subgroup ~ ul [part~="card"]');
    expect(candidates.map((c) => c.querySelector('h4')!.textContent)).to.deep.equal(['Bryan Steil', 'Mark Pocan']);
    expect(candidates[0]!.textContent).to.contain('Wisconsin, District 1');
    expect(candidates[1]!.textContent).to.contain('Wisconsin, District 2');
    // Nobody calls a House member who may not be theirs; the senators are certain.
    expect(candidates.some((c) => c.querySelector('[part~="call"]'))).to.equal(false);
    expect(card(el, 'B001230').querySelector('[part~="call"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    // "Add my street address" goes back to the field too.
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    $<HTMLButtonElement>(el, '[part~="split"] [part~="add-address"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'address');
  });

  it('narrowing a split ZIP sends one address query carrying the ZIP, never both', async () => {
    const split = await loadFixture('split');
    const single = await loadFixture('address');
    const rec = recordingBackend((q) => (q.address ? single : split));
    const el = await mount({});
    await search(el, '53511');
    await search(el, '53511', '  425 Shirland Ave,  Beloit WI ');
    expect(rec.queries).to.deep.equal([{ zip: '53511' }, { address: '425 Shirland Ave, Beloit WI, 53511' }]);
    expect($(el, '#group-state-WI')!.textContent).to.equal('Wisconsin Legislature');
    expect($$(el, '#group-state-WI ~ ul [part~="card"]')).to.have.length(2);
    expect(card(el, 'ocd-person/967afe3c-119d-4051-a8b1-674f328c4775').textContent).to.contain(
      'State Senate · Wisconsin, District 26',
    );
    expect(card(el, 'ocd-person/17879a06-e9fc-4e11-88bf-3c684c460c07').textContent).to.contain(
      'Representative to the Assembly',
    );
    await expect(el).to.be.accessible();
  });

  it('a ZIP crossing a state line lists both states’ senators and offers no call until narrowed', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('cross-state') });
    await search(el, '54540');
    expect($(el, '[data-note="cross-state"]')!.textContent).to.contain('crosses a state line');
    expect($$(el, '[part~="card"]').map((c) => c.querySelector('h3, h4')!.textContent)).to.deep.equal([
      'Gary C. Peters',
      'Elissa Slotkin',
      'Tammy Baldwin',
      'Ron Johnson',
      'Jack Bergman',
      'Thomas P. Tiffany',
    ]);
    expect($$(el, '[part~="call"]')).to.have.length(0);
    expect(card(el, 'B001301').textContent).to.contain('Michigan, District 1');
    await expect(el).to.be.accessible();
  });

  it('at-large states, DC and Puerto Rico are explained, not errors', async () => {
    const ak = await mount({ 'backend-url': fixtureUrl('at-large') });
    await search(ak, '99501');
    expect(card(ak, 'B001323').textContent).to.contain('Alaska, at large');
    expect($(ak, '[data-note="at-large"]')!.textContent).to.contain('single, statewide seat');
    expect($(ak, '[data-note="state-not-covered"]')).to.not.equal(null);

    const dc = await mount({ 'backend-url': fixtureUrl('dc') });
    await search(dc, '20001');
    expect($$(dc, '[part~="card"]')).to.have.length(1);
    expect(card(dc, 'N000147').textContent).to.contain('Delegate · Democrat');
    expect($(dc, '[data-note="dc-delegate"]')!.textContent).to.contain('D.C. has no senators');
    await expect(dc).to.be.accessible();

    const pr = await mount({ 'backend-url': fixtureUrl('pr'), lang: 'es' });
    await search(pr, '00901');
    expect(card(pr, 'H001103').textContent).to.contain('Comisionado(a) residente · Demócrata');
    expect($(pr, '[data-note="pr-commissioner"]')!.textContent).to.contain('Puerto Rico no tiene senadores');
    await expect(pr).to.be.accessible();
  });

  it('a vacant seat shows as vacant, with nobody to call', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('vacant') });
    await search(el, '54901');
    const seat = card(el, 'vacant:WI-8');
    expect(seat.querySelector('h3')!.textContent).to.equal('Vacant seat');
    expect(seat.textContent).to.contain('Nobody holds this seat right now.');
    expect(seat.textContent).to.contain('Wisconsin, District 8');
    expect(seat.querySelector('[part~="call"], [part~="stance"], a')).to.equal(null);
    expect($(el, '[data-note="vacant-seat"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('not found: a clear message for the kind of query, and an event without the ZIP', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('not-found') });
    const event = (await search(el, '00000')) as CustomEvent;
    expect(event.detail).to.deep.equal({ status: 'not-found', count: 0 });
    expect(text(el, '[part~="not-found"]')).to.contain('We could not find that ZIP code.');
    expect(text(el, '[part~="freshness"]')).to.contain('119th Congress');
    await expect(el).to.be.accessible();
  });

  it('invalid input: says how to fix it at the field, focuses it, and asks the backend nothing', async () => {
    const rec = recordingBackend(() => answer([]));
    const el = await mount({});
    const submit = () => $<HTMLButtonElement>(el, '[part~="submit"]')!.click();

    submit();
    await waitUntil(() => $(el, '#zip-error'));
    expect(text(el, '#zip-error')).to.equal('Enter your ZIP code, or a street address with the city and state.');
    expect($(el, '#zip')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#zip')!.getAttribute('aria-describedby')).to.equal('zip-hint zip-error');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'zip');
    await expect(el).to.be.accessible();

    type(el, '#zip', '5370');
    submit();
    await el.updateComplete;
    expect(text(el, '#zip-error')).to.equal('Enter a 5-digit ZIP code, like 53703.');

    type(el, '#zip', '');
    type(el, '#address', 'abc');
    submit();
    await waitUntil(() => $(el, '#address-error'));
    expect(text(el, '#address-error')).to.contain('Enter a street address with the city and state');
    expect($(el, '#zip-error')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'address');
    expect(rec.queries).to.have.length(0);
  });

  it('a backend that refuses the input points at the field', async () => {
    const el = await mount({ 'backend-url': '/fake/status/400' });
    const event = (await search(el, '53703')) as CustomEvent;
    expect(event.detail).to.deep.equal({ status: 'invalid', count: 0 });
    expect(text(el, '#zip-error')).to.equal('Enter a 5-digit ZIP code, like 53703.');
    await expect(el).to.be.accessible();
  });

  it('backend error: a translated message and a retry that asks again', async () => {
    const el = await mount({ 'backend-url': '/fake/status/503' });
    const errors: CustomEvent[] = [];
    el.addEventListener('m4a-error', (e) => errors.push(e as CustomEvent));
    const event = (await search(el, '53703')) as CustomEvent;
    expect(event.detail).to.deep.equal({ status: 'error', count: 0 });
    expect(text(el, '[role="alert"]')).to.contain('The server had a problem (error 503)');
    expect(errors[0]!.detail).to.deep.include({ tag: 'm4a-rep-lookup', kind: 'http' });
    await expect(el).to.be.accessible();

    const single = await loadFixture('single');
    const rec = recordingBackend(() =>
      rec.queries.length === 1 ? Promise.reject(new WidgetError('offline', 'test: offline')) : single,
    );
    const el2 = await mount({});
    await search(el2, '53703');
    expect(text(el2, '[role="alert"]')).to.contain('You seem to be offline');
    const retry = $<HTMLButtonElement>(el2, '[part~="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => $$(el2, '[part~="card"]').length === 3, 'retry did not show the answer');
    expect(rec.queries).to.deep.equal([{ zip: '53703' }, { zip: '53703' }]);
  });

  it('an unreadable answer is reported, not retried blindly', async () => {
    const el = await mount({ 'backend-url': '/fake/garbage' });
    await search(el, '53703');
    expect(text(el, '[role="alert"]')).to.contain('We received data in a form we could not read');
    expect($(el, '[part~="retry"]')).to.equal(null);
  });

  it('Spanish: every label, stance, title, state and date in Spanish', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single'), lang: 'es' });
    expect($(el, 'label[for="zip"]')!.textContent).to.equal('Código postal (ZIP)');
    expect($(el, '[part~="submit"]')!.textContent!.trim()).to.equal('Buscar a mis legisladores');
    await search(el, '53703');
    expect($(el, '#group-federal')!.textContent).to.equal('Congreso de EE. UU.');
    expect(card(el, 'B001230').querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal(
      'Copatrocina S.1506',
    );
    expect(card(el, 'J000293').querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal(
      'No copatrocina S.1506',
    );
    expect(card(el, 'B001230').textContent).to.contain('Senador(a) · Demócrata');
    expect(card(el, 'P000607').textContent).to.contain('Wisconsin, distrito 2');
    expect(card(el, 'B001230').querySelector('[part~="stance"]')!.textContent).to.contain(
      'consultada el 26 de septiembre de 2026',
    );
    expect(text(el, '[part~="freshness"]')).to.contain('Datos al 15 de septiembre de 2026, 119.º Congreso.');
    expect(text(el, '.visually-hidden[role="status"]')).to.equal('Encontramos 3 legisladores.');
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('flags 119th-Congress data as possibly stale from 2027-01-03, not before', async () => {
    const before = await mount({ 'backend-url': fixtureUrl('single'), today: '2027-01-02' });
    await search(before, '53703');
    expect($(before, '[part~="stale"]')).to.equal(null);
    expect(card(before, 'P000607').querySelector('[part~="warning"]')).to.equal(null);

    const after = await mount({ 'backend-url': fixtureUrl('single'), today: '2027-01-03' });
    await search(after, '53703');
    expect(text(after, '[part~="stale"]')).to.contain('This information may be out of date');
    expect(text(after, '[part~="stale"]')).to.contain('the 119th Congress, whose term ended on January 3, 2027');
    // House terms end with the Congress: each House card says so.
    expect(card(after, 'P000607').querySelector('[part~="warning"]')!.textContent).to.contain(
      'Term ended January 3, 2027',
    );
    expect(card(after, 'B001230').querySelector('[part~="warning"]')).to.equal(null);
    await expect(after).to.be.accessible();

    const es = await mount({ 'backend-url': fixtureUrl('single'), today: '2027-02-01', lang: 'es' });
    await search(es, '53703');
    expect(text(es, '[part~="stale"]')).to.contain(
      'Corresponde al 119.º Congreso, cuyo período terminó el 3 de enero de 2027',
    );
  });

  it('the backend’s own data-stale flag is honoured even before the date', async () => {
    const base = await loadFixture('single');
    recordingBackend(() => ({ ...base, notes: [...base.notes, 'data-stale'] }));
    const el = await mount({ today: '2026-10-01' });
    await search(el, '53703');
    expect($(el, '[part~="stale"]')).to.not.equal(null);
    expect($(el, '[data-note="data-stale"]')).to.equal(null);
  });

  it('is keyboard operable: type a ZIP and press Enter', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    $<HTMLInputElement>(el, '#zip')!.focus();
    await sendKeys({ type: '53703' });
    const done = oneEvent(el, 'm4a-lookup-done');
    await sendKeys({ press: 'Enter' });
    expect(((await done) as CustomEvent).detail.status).to.equal('ok');
    await el.updateComplete;
    expect($$(el, '[part~="card"]')).to.have.length(3);
  });

  it('fits the page outline with heading-level', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('split'), 'heading-level': '3' });
    await search(el, '53511');
    expect($(el, '[part~="split"] h3')!.textContent).to.contain('split between 2');
    expect($(el, 'h3#group-federal')).to.not.equal(null);
    expect(card(el, 'B001230').querySelector('h4')!.textContent).to.equal('Tammy Baldwin');
    expect($(el, 'h4.subgroup')).to.not.equal(null);
    expect(card(el, 'P000607').querySelector('h5')!.textContent).to.equal('Mark Pocan');
    card(el, 'B001230').querySelector<HTMLButtonElement>('[part~="call"]')!.click();
    // The call panel is its own chunk, loaded on the first press.
    await waitUntil(() => card(el, 'B001230').querySelector('[part~="call-panel"]'), 'call panel did not open');
    expect(card(el, 'B001230').querySelector('h5.call-heading')).to.not.equal(null);
    await expect(el).to.be.accessible();

    const bad = await mount({ 'backend-url': fixtureUrl('single'), 'heading-level': '9' });
    expect(text(bad, '[part~="error"]')).to.contain('Check the setting “heading-level”.');
    await search(bad, '53703');
    expect($(bad, 'h2#group-federal')).to.not.equal(null);
  });

  it('a ZIP attribute looks up at once', async () => {
    const rec = recordingBackend(() => answer([person({ id: 'X1', name: 'Ada Quill' })]));
    const el = await mount({ zip: '53703' });
    await waitUntil(() => $$(el, '[part~="card"]').length === 1);
    expect(rec.queries).to.deep.equal([{ zip: '53703' }]);
    expect($<HTMLInputElement>(el, '#zip')!.value).to.equal('53703');
  });

  it('renders hostile data inert: no markup, no script URLs', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    recordingBackend(() =>
      answer(
        [
          person({
            id: 'bad"><script>',
            name: evil,
            party: '<b>Party</b>',
            photoUrl: 'javascript:alert(1)',
            website: 'javascript:alert(1)',
            contactUrl: 'data:text/html,<script>alert(1)</script>',
            email: 'x@y.org?body=<script>',
            phone: '<a href=javascript:alert(1)>call</a>',
            social: { facebook: 'javascript:alert(1)', twitter: 'https://x.com/ok' },
            offices: [{ city: evil, phone: '608-555-0100' }],
            stance: {
              position: 'supports',
              bill: { type: 'hr', number: 1, label: evil },
              source: { name: evil, url: 'javascript:alert(1)' },
              asOf: '2026-09-15',
            },
          }),
        ],
        { sources: [{ name: evil, url: 'vbscript:x' }] },
      ),
    );
    const el = await mount({});
    await search(el, '53703');
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !/^(https?:|tel:|mailto:)/.test(h))).to.deep.equal([]);
    expect(hrefs).to.include('https://x.com/ok');
    expect(root.textContent).to.contain(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<m4a-rep-lookup> settings and location', () => {
  afterEach(() => configStore.reset());

  it('without a backend it says what to add', async () => {
    const el = await mount({});
    expect(text(el)).to.contain('This widget needs a backend');
    await expect(el).to.be.accessible();
  });

  it('a bad setting is named in a translated message and the widget keeps working', async () => {
    const el = await mount({
      'backend-url': fixtureUrl('single'),
      scripts: '{"en": {"thank": "Hi {nmae}"}}',
      today: 'tomorrow',
    });
    const alerts = $$(el, '[part~="error"]').map((a) => a.textContent!.replace(/\s+/g, ' '));
    expect(alerts[0]).to.contain('Check the setting “scripts.en.thank”.');
    expect(alerts[0]).to.contain('Unknown merge field {nmae}');
    expect(alerts[1]).to.contain('Check the setting “today”.');
    expect($(el, 'form')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await search(el, '53703');
    expect($$(el, '[part~="card"]')).to.have.length(3);

    const es = await mount({ 'backend-url': fixtureUrl('single'), scripts: '{not json', lang: 'es' });
    expect(text(es, '[part~="error"]')).to.contain('Revise el ajuste “scripts”.');
    const events: CustomEvent[] = [];
    document.addEventListener('m4a-error', (e) => events.push(e as CustomEvent), { once: true });
    es.setAttribute('scripts', '{"fr": {}}');
    await es.updateComplete;
    expect(events[0]!.detail).to.deep.equal({ tag: 'm4a-rep-lookup', kind: 'config', field: 'scripts' });
    expect(text(es, '[part~="error"]')).to.contain('Unknown key fr');
    const zip = await mount({ 'backend-url': fixtureUrl('single'), zip: 'abc' });
    expect(text(zip, '[part~="error"]')).to.contain('Check the setting “zip”.');
  });

  it('"Use my location" only where the backend takes coordinates, and never with no-location', async () => {
    const rest = await mount({ 'backend-url': fixtureUrl('single') });
    expect($(rest, '[part~="location"]')).to.not.equal(null);
    const off = await mount({ 'backend-url': fixtureUrl('single'), 'no-location': true });
    expect($(off, '[part~="location"]')).to.equal(null);
    configStore.configure({ backends: { site: { type: 'static', url: '/fake/files/rep-lookup/static/' } } });
    const zipOnly = await mount({});
    expect($(zipOnly, '[part~="location"]')).to.equal(null);
    expect($(zipOnly, 'form')).to.not.equal(null);
  });

  it('static bundle: ZIP lookups with no server, and a split ZIP points to the House’s district finder', async () => {
    configStore.configure({ backends: { site: { type: 'static', url: '/fake/files/rep-lookup/static/' } } });
    const el = await mount({});
    expect($(el, '#address')).to.equal(null);
    const single = (await search(el, '53703')) as CustomEvent;
    expect(single.detail).to.deep.equal({ status: 'ok', count: 3 });
    expect(card(el, 'P000607').querySelector('[part~="stance-badge"]')!.textContent!.trim()).to.equal(
      'Cosponsor of H.R.3069',
    );
    expect($(el, '[data-note="state-needs-address"]')!.textContent).to.contain(
      'takes a street address, which this site can’t look up',
    );
    expect($(el, '[data-note="state-needs-address"] button')).to.equal(null);

    const split = (await search(el, '53511')) as CustomEvent;
    expect(split.detail).to.deep.equal({ status: 'split', count: 4 });
    const link = $<HTMLAnchorElement>(el, '[part~="split"] a')!;
    expect(link.href).to.equal('https://www.house.gov/representatives/find-your-representative');
    expect($(el, '[part~="split"] [part~="add-address"]')).to.equal(null);
    expect(text(el, '[part~="split"]')).to.contain(
      'Enter your address in the U.S. House’s “Find your representative” tool',
    );
    await expect(el).to.be.accessible();

    const none = (await search(el, '99999')) as CustomEvent;
    expect(none.detail).to.deep.equal({ status: 'not-found', count: 0 });
    expect(text(el, '[part~="not-found"]')).to.contain('We could not find that ZIP code. Check it and try again.');
    type(el, '#zip', '');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => $(el, '#zip-error'));
    expect(text(el, '#zip-error')).to.equal('Enter a 5-digit ZIP code, like 53703.');
  });

  it('my location sends rounded coordinates; a refusal is explained', async () => {
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    const rec = recordingBackend(() =>
      answer([person({ id: 'X1', name: 'Ada Quill' })], { query: { kind: 'coordinates' } }),
    );
    try {
      geo.getCurrentPosition = (ok) =>
        ok({ coords: { latitude: 43.0746123, longitude: -89.3841987 } } as GeolocationPosition);
      const el = await mount({});
      const done = oneEvent(el, 'm4a-lookup-done');
      $<HTMLButtonElement>(el, '[part~="location"]')!.click();
      await done;
      await el.updateComplete;
      expect(rec.queries).to.deep.equal([{ lat: 43.0746, lng: -89.3842 }]);

      geo.getCurrentPosition = (_ok, fail) =>
        fail!({
          code: 1,
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
          message: 'denied',
        } as GeolocationPositionError);
      $<HTMLButtonElement>(el, '[part~="location"]')!.click();
      await waitUntil(() => $(el, 'form [role="alert"]'));
      expect(text(el, 'form [role="alert"]')).to.equal(
        'Your browser did not share your location. Enter your ZIP code instead.',
      );
      await expect(el).to.be.accessible();
    } finally {
      geo.getCurrentPosition = original;
    }
  });
});
