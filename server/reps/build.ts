/**
 * Turns the raw upstream inputs into the lookup data set: legislators with stances, the ZIP index, and the
 * meta record (Congress, dates, provenance, counts).
 */
import { BUNDLE_FORMAT, type RepsMeta } from 'm4a-widgets/shared/reps/bundle.js';
import { seatingDate } from 'm4a-widgets/shared/reps/congress.js';
import type { RedistrictingFile } from 'm4a-widgets/shared/reps/redistricting.js';
import type { Dataset, Legislator } from 'm4a-widgets/shared/schemas/representative.js';
import { billLabel, billStatusUrl } from './billstatus.js';
import { buildFederalMembers } from './congress.js';
import type { RawInputs } from './inputs.js';
import { UPSTREAM } from './inputs.js';
import { buildStateMembers } from './openstates.js';
import { applyStances } from './stances.js';
import { addTerritoryZips, parseZccd, zipStats, type ZipIndex } from './zccd.js';
import { readRedistricting } from './redistricting.js';

/** zccd.csv is built from the Census relationship file of the 119th Congress's districts. */
export const BASE_ZIP_CONGRESS = 119;

export interface RepsData {
  meta: RepsMeta;
  legislators: Legislator[];
  zips: ZipIndex;
  /** A later Congress's ZIP table (meta.nextZipTable says which Congress and states). */
  zipsNext?: ZipIndex;
  warnings: string[];
}

export interface BuildOptions {
  /** The states whose districts change (default: server/reps/redistricted-120.json). */
  redistricting?: RedistrictingFile;
}

export function buildRepsData(inputs: RawInputs, now: Date = new Date(), opts: BuildOptions = {}): RepsData {
  const todayIso = now.toISOString().slice(0, 10);
  const warnings: string[] = [];

  const fed = buildFederalMembers(inputs.legislatorsCurrent, inputs.socialMedia, inputs.districtOffices);
  const federal = fed.members;
  const stateMembers = Object.entries(inputs.stateLegislators).flatMap(([st, people]) =>
    buildStateMembers(people, st, todayIso),
  );
  const stateCoverage = Object.keys(inputs.stateLegislators).filter((st) => stateMembers.some((m) => m.state === st));

  const memberDates = [
    inputs.dates['congress-legislators'],
    ...stateCoverage.map((st) => inputs.dates[`openstates-${st}`]!),
  ];
  const dataAsOf = memberDates.sort()[0]!;

  const zips = parseZccd(inputs.zccd);
  const territoryZips = addTerritoryZips(zips);
  const zipsNext = inputs.zccdNext ? parseZccd(inputs.zccdNext.text) : undefined;
  const nextStates = zipsNext ? [...new Set([...zipsNext.values()].flatMap((l) => l.map(([st]) => st)))].sort() : [];

  const seats = new Set(federal.filter((m) => m.chamber === 'house').map((m) => `${m.state}-${m.district}`));
  const districtsInZips = new Set([...zips.values()].flatMap((l) => l.map(([s, d]) => `${s}-${d}`)));
  const vacant = [...districtsInZips].filter((d) => !seats.has(d)).sort();
  if (vacant.length)
    warnings.push(`House seats with nobody in the member data (shown as vacant): ${vacant.join(', ')}`);
  const unreachable = [...seats].filter((d) => !districtsInZips.has(d)).sort();
  if (unreachable.length) warnings.push(`House seats no ZIP maps to: ${unreachable.join(', ')}`);

  const stances = applyStances([...federal, ...stateMembers], inputs.bills, inputs.stateStances, dataAsOf, {
    congress: fed.congress,
    configured: inputs.configured,
    served: fed.served,
  });
  warnings.push(...stances.warnings);
  const missingBills = inputs.configured.length - inputs.bills.length;
  if (missingBills > 0)
    warnings.push(`${missingBills} configured bill(s) had no cosponsor data: those stances are unknown`);

  const stats = zipStats(zips);
  const sources: RepsMeta['sources'] = [
    {
      name: 'congress-legislators (members of Congress, contacts, social media, district offices)',
      url: 'https://github.com/unitedstates/congress-legislators',
      asOf: inputs.dates['congress-legislators'],
      detail: UPSTREAM.legislatorsCurrent,
    },
    {
      name: 'ZIP (ZCTA) to 119th Congress districts, US Census Bureau via us-zipcodes-congress',
      url: 'https://github.com/OpenSourceActivismTech/us-zipcodes-congress',
      asOf: inputs.dates.zccd,
      detail: UPSTREAM.zccd,
    },
    ...stateCoverage.map((st) => ({
      name: `Open States people data (${st} Legislature)`,
      url: 'https://github.com/openstates/people',
      asOf: inputs.dates[`openstates-${st}`]!,
    })),
    ...inputs.bills.map((b) => ({
      name: `Cosponsors of ${billLabel(b.bill)} (${b.bill.congress}th Congress), Congress.gov BILLSTATUS`,
      url: billStatusUrl(b.bill),
      asOf: b.asOf,
      detail: b.origin,
    })),
  ];
  if (inputs.zccdNext) {
    sources.push({
      name: `ZIP (ZCTA) to ${inputs.zccdNext.congress}th Congress districts (${nextStates.join(', ')})`,
      asOf: inputs.zccdNext.asOf,
      detail: inputs.zccdNext.origin,
    });
  }
  if (territoryZips) sources.push({ name: 'USPS ZIP code ranges of VI, GU, AS and MP (single at-large seats)' });
  if (inputs.stateStances.stances.length) {
    sources.push({ name: 'Curated state legislator stances (each entry cites its own source)' });
  }

  const redistricting = opts.redistricting ?? readRedistricting();
  const withBills = inputs.bills.map((b) => b.bill.congress);
  const datasets: Dataset[] = [
    { kind: 'members', congress: fed.congress, asOf: dataAsOf },
    { kind: 'districts', congress: BASE_ZIP_CONGRESS, asOf: inputs.dates.zccd },
    ...(inputs.zccdNext
      ? [{ kind: 'districts' as const, congress: inputs.zccdNext.congress, asOf: inputs.zccdNext.asOf }]
      : []),
    ...(withBills.length
      ? [
          {
            kind: 'bills' as const,
            congress: Math.max(...withBills),
            asOf: inputs.bills
              .map((b) => b.asOf)
              .sort()
              .at(-1)!,
          },
        ]
      : []),
  ];
  const meta: RepsMeta = {
    format: BUNDLE_FORMAT,
    congress: fed.congress,
    dataAsOf,
    staleAfter: seatingDate(fed.congress + 1),
    importedAt: now.toISOString(),
    sources,
    stateCoverage,
    counts: {
      members: stances.legislators.length,
      federal: federal.length,
      state: stateMembers.length,
      ...stats,
      stances: stances.known,
    },
    datasets,
    bills: inputs.configured.map((b) => ({ congress: b.congress, bill: billLabel(b) })),
    ...(redistricting.congress > BASE_ZIP_CONGRESS ? { redistricting } : {}),
    ...(inputs.zccdNext
      ? {
          nextZipTable: {
            congress: inputs.zccdNext.congress,
            states: nextStates,
            asOf: inputs.zccdNext.asOf,
          },
        }
      : {}),
  };
  return { meta, legislators: stances.legislators, zips, ...(zipsNext ? { zipsNext } : {}), warnings };
}
