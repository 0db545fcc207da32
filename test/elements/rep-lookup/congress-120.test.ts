/**
 * <m4a-rep-lookup> in the 120th Congress (issue #19): the "not introduced yet" badge with the member's record in the
 * 119th, the call script for it, the freshness notice naming the sitting Congress and what is not updated for it, and
 * House seats in a state with a new map asked by street address. EN and ES.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { configStore } from '../../../src/core/config.js';
import type { Legislator, RepLookupResult } from '../../../src/shared/schemas/representative.js';
import { $, $$, answer, card, mount, person, recordingBackend, search, text, type M4aRepLookup } from './support.js';

const H_R_3069 = { congress: 119, type: 'hr', number: 3069, label: 'H.R.3069' };
const S_1506 = { congress: 119, type: 's', number: 1506, label: 'S.1506' };
const source = (bill: typeof H_R_3069) => ({
  name: `Congress.gov, ${bill.label} cosponsors`,
  url: `https://www.congress.gov/bill/119th-congress/${bill.type === 's' ? 'senate' : 'house'}-bill/${bill.number}/cosponsors`,
});

const ada = person({
  id: 'F000001',
  name: 'Ada Badger',
  party: 'Democrat',
  stance: {
    position: 'not-introduced',
    congress: 120,
    asOf: '2027-01-04',
    history: [{ congress: 119, bill: S_1506, role: 'cosponsor', source: source(S_1506), asOf: '2026-09-26' }],
  },
});
const ben = person({
  id: 'F000002',
  name: 'Ben Cheddar',
  party: 'Republican',
  stance: {
    position: 'not-introduced',
    congress: 120,
    asOf: '2027-01-04',
    history: [{ congress: 119, bill: S_1506, role: 'not-cosponsor', source: source(S_1506), asOf: '2026-09-26' }],
  },
});
const cara: Legislator = person({
  id: 'F000003',
  name: 'Cara Isthmus',
  chamber: 'house',
  title: 'Representative',
  district: 2,
  stance: {
    position: 'not-introduced',
    congress: 120,
    asOf: '2027-01-04',
    history: [{ congress: 119, bill: H_R_3069, role: 'sponsor', source: source(H_R_3069), asOf: '2026-09-15' }],
  },
});

/** The 120th Congress's members are in, the ZIP table and the bill are still the 119th's. */
const congress120 = (over: Partial<RepLookupResult> = {}) =>
  answer([ada, ben, cara], {
    dataAsOf: '2027-01-04',
    congress: 120,
    staleAfter: '2029-01-03',
    currentCongress: 120,
    datasets: [
      { kind: 'members', congress: 120, asOf: '2027-01-04' },
      { kind: 'districts', congress: 119, asOf: '2024-11-12' },
      { kind: 'bills', congress: 119, asOf: '2026-09-26' },
    ],
    ...over,
  });

const badge = (el: M4aRepLookup, id: string) =>
  card(el, id).querySelector('[part~="stance-badge"]')!.textContent!.replace(/\s+/g, ' ').trim();
/** Each record's words, without the "opens in a new tab" said to screen readers. */
const history = (el: M4aRepLookup, id: string) =>
  [...card(el, id).querySelectorAll('[part~="stance-history"] li')].map((li) => {
    const copy = li.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });

describe('<m4a-rep-lookup> in a new Congress', () => {
  afterEach(() => configStore.reset());

  it('says the bill is not introduced yet and shows the record in the previous Congress', async () => {
    recordingBackend(() => congress120());
    const el = await mount({ today: '2027-01-10' });
    await search(el, '53703');
    expect(badge(el, 'F000003')).to.equal('The Medicare for All Act has not been introduced in the 120th Congress yet');
    expect(card(el, 'F000003').querySelector('[part~="stance-badge"]')!.getAttribute('data-position')).to.equal(
      'not-introduced',
    );
    expect(history(el, 'F000003')).to.deep.equal(['Sponsored H.R.3069 in the 119th Congress']);
    expect(history(el, 'F000001')).to.deep.equal(['Cosponsored S.1506 in the 119th Congress']);
    expect(history(el, 'F000002')).to.deep.equal(['Did not cosponsor S.1506 in the 119th Congress']);
    const link = card(el, 'F000001').querySelector<HTMLAnchorElement>('[part~="stance-history"] a')!;
    expect(link.href).to.equal(source(S_1506).url);
    expect($(el, '[part~="stale"]')).to.equal(null, '120th data is not stale');
    await expect(el).to.be.accessible();
  });

  it('names the sitting Congress and what is not updated for it yet', async () => {
    recordingBackend(() => congress120());
    const el = await mount({ today: '2027-01-10' });
    await search(el, '53703');
    const fresh = text(el, '[part~="freshness"]');
    expect(fresh).to.contain('Data as of January 4, 2027, 120th Congress.');
    expect(fresh).to.contain(
      'Not yet updated for the 120th Congress: ZIP code districts (119th Congress, November 12, 2024)',
    );
    expect(fresh).to.contain('Medicare for All Act cosponsors (119th Congress, September 26, 2026)');
    expect(fresh).to.not.contain('members of Congress (');
  });

  it('in Spanish too', async () => {
    recordingBackend(() => congress120());
    const el = await mount({ today: '2027-01-10', lang: 'es' });
    await search(el, '53703');
    expect(badge(el, 'F000003')).to.equal('La Ley de Medicare para Todos aún no se ha presentado en el 120.º Congreso');
    expect(history(el, 'F000003')).to.deep.equal(['Presentó H.R.3069 en el 119.º Congreso']);
    expect(history(el, 'F000001')).to.deep.equal(['Copatrocinó S.1506 en el 119.º Congreso']);
    expect(history(el, 'F000002')).to.deep.equal(['No copatrocinó S.1506 en el 119.º Congreso']);
    expect(text(el, '[part~="freshness"]')).to.contain(
      'Aún sin actualizar para el 120.º Congreso: distritos por código postal (119.º Congreso',
    );
  });

  it('asks for the street address for a House seat in a state with a new map, answering the senators', async () => {
    recordingBackend(() =>
      congress120({
        legislators: [ada, ben],
        notes: ['house-needs-address'],
        redistricted: ['TX'],
      }),
    );
    const el = await mount({ today: '2027-01-10' });
    await search(el, '78052');
    const note = $(el, '[data-note="house-needs-address"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Texas drew new congressional districts for the 120th Congress, and ZIP codes do not show them yet: add your street address to see your U.S. Representative.',
    );
    expect(note.querySelector('[part~="add-address"]')).to.not.equal(null);
    expect($$(el, '[data-id]')).to.have.length(2);
    await expect(el).to.be.accessible();

    const es = await mount({ today: '2027-01-10', lang: 'es' });
    await search(es, '78052');
    expect(text(es, '[data-note="house-needs-address"]')).to.contain(
      'En Texas hay nuevos distritos del Congreso desde el 120.º Congreso',
    );
  });

  it('says when the address service does not have the new districts yet', async () => {
    recordingBackend(() =>
      congress120({
        query: { kind: 'address' },
        legislators: [ada, ben],
        notes: ['house-map-pending'],
        redistricted: ['NC', 'TX'],
      }),
    );
    const el = await mount({ today: '2027-01-10' });
    await search(el, '78052', '1 Main St, Laredo, TX 78052');
    expect(text(el, '[data-note="house-map-pending"]')).to.contain(
      'North Carolina and Texas drew new congressional districts for the 120th Congress, and the address service does not have them yet',
    );
  });

  it('scripts the call for a bill not yet introduced', async () => {
    recordingBackend(() => congress120());
    const el = await mount({ today: '2027-01-10' });
    await search(el, '53703');
    card(el, 'F000003').querySelector<HTMLButtonElement>('[part~="call"]')!.click();
    await waitUntil(() => card(el, 'F000003').querySelector('[part~="call-panel"]'), 'call panel did not open');
    const script = text(el, '[part~="script"]');
    expect(script).to.contain(
      'I’m asking Representative Cara Isthmus to cosponsor the Medicare for All Act as soon as it is reintroduced',
    );
  });
});
