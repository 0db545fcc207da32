/**
 * A simulated 120th Congress, derived from the real-format 119th fixtures in a temporary folder: the members who
 * won re-election get a new term, one House member is replaced, a new Texas seat is filled; optionally a
 * 120th-Congress ZIP table for Texas and a 120th Medicare for All Act with cosponsors.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';

interface Term {
  type: 'rep' | 'sen';
  start: string;
  end: string;
  state: string;
  district?: number;
  party?: string;
  [k: string]: unknown;
}
interface Person {
  id: { bioguide: string };
  name: { first: string; last: string; official_full?: string };
  terms: Term[];
}

/** Replaced in the 120th: Dan Lakefront (WI-4, a 119th cosponsor of H.R.3069) by Nia Newcomer. */
export const LEAVING = { id: 'F000004', name: 'Dan Lakefront' };
export const NEWCOMER = { id: 'F000030', name: 'Nia Newcomer' };
/** Holds TX-15, the district ZIP 78052 is in under the 120th-Congress table. */
export const TEXAN = { id: 'F000032', name: 'Rio Grande' };

const newTerm = (state: string, district: number, party: string): Term => ({
  type: 'rep',
  start: '2027-01-03',
  end: '2029-01-03',
  state,
  district,
  party,
  phone: '202-225-0000',
});

export function legislators120(): Person[] {
  const people = JSON.parse(readFileSync(join(FIXTURES, 'legislators-current.json'), 'utf8')) as Person[];
  const seated = people
    .filter((p) => p.id.bioguide !== LEAVING.id)
    .map((p) => {
      const last = p.terms.at(-1)!;
      return last.type === 'rep' && last.end === '2027-01-03'
        ? { ...p, terms: [...p.terms, { ...last, start: '2027-01-03', end: '2029-01-03' }] }
        : p;
    });
  const person = (id: string, first: string, last: string, term: Term): Person => ({
    id: { bioguide: id },
    name: { first, last, official_full: `${first} ${last}` },
    terms: [term],
  });
  return [
    ...seated,
    person(NEWCOMER.id, 'Nia', 'Newcomer', newTerm('WI', 4, 'Democrat')),
    person(TEXAN.id, 'Rio', 'Grande', newTerm('TX', 15, 'Republican')),
  ];
}

export interface Simulation {
  /** 120th-Congress ZIP table covering Texas (`--zccd120`). */
  zccd120?: boolean;
  /** BILLSTATUS of a 120th Medicare for All Act, H.R.1000: Cara Isthmus sponsors, Nia Newcomer cosponsors. */
  bill120?: boolean;
}

export const ZCCD120_FILE = 'zccd-120.csv';
export const BILL_120 = { congress: 120, bill: 'H.R.1000' };

export function billStatus120(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<billStatus><version>3.0.0</version><bill><number>1000</number><updateDate>2027-02-01T09:00:00Z</updateDate>
<type>HR</type><congress>120</congress><title>Medicare for All Act</title>
<sponsors><item><bioguideId>F000003</bioguideId></item></sponsors>
<cosponsors><item><bioguideId>${NEWCOMER.id}</bioguideId><isOriginalCosponsor>True</isOriginalCosponsor></item></cosponsors>
</bill></billStatus>`;
}

/** Writes the simulated upstream files into a new temporary folder and returns it. */
export function simulate120(opts: Simulation = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'reps-120-'));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
  writeFileSync(join(dir, 'legislators-current.json'), JSON.stringify(legislators120(), null, 1));
  const provenance = readFileSync(join(FIXTURES, 'PROVENANCE.md'), 'utf8')
    .split('\n')
    .map((l) =>
      l.includes('legislators-current') || l.includes('openstates') ? l.replace(/\d{4}-\d{2}-\d{2}/, '2027-01-04') : l,
    )
    .join('\n');
  writeFileSync(join(dir, 'PROVENANCE.md'), provenance);
  if (opts.zccd120) writeFileSync(join(dir, ZCCD120_FILE), 'state_fips,state_abbr,zcta,cd\n48,TX,78052,15\n');
  if (opts.bill120) writeFileSync(join(dir, 'BILLSTATUS-120hr1000.xml'), billStatus120());
  return dir;
}
