/**
 * Whether a freshly built data set looks like the real Congress before it replaces the one being served: a
 * truncated download or an upstream mistake must not swap in a Congress of 60 senators.
 */
import { NO_SENATORS } from 'm4a-widgets/shared/reps/lookup.js';
import type { RepsData } from './build.js';

export const STATES_50 = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;

export interface Bounds {
  /** Sitting senators (100 seats; a few may be vacant). */
  senators: readonly [number, number];
  /** Sitting voting House members (435 seats, allowing vacancies). */
  representatives: readonly [number, number];
  /** Delegates and the Resident Commissioner (6 seats). */
  delegates: readonly [number, number];
  /** Every one of these must have at least one member of Congress and at least one ZIP. */
  states: readonly string[];
  minZips: number;
  /** Per state whose legislature is covered (Wisconsin: 132 seats). */
  minStateLegislators: number;
}

export const DEFAULT_BOUNDS: Bounds = {
  senators: [95, 100],
  representatives: [420, 435],
  delegates: [4, 6],
  states: STATES_50,
  minZips: 30_000,
  minStateLegislators: 100,
};

const within = (what: string, n: number, [lo, hi]: readonly [number, number]) =>
  n < lo || n > hi ? [`${what}: ${n}, expected ${lo}-${hi}`] : [];

/** What is implausible about the data (empty: it may replace the current data). */
export function implausibilities(
  data: Pick<RepsData, 'legislators' | 'zips' | 'meta'>,
  bounds: Bounds = DEFAULT_BOUNDS,
): string[] {
  const federal = data.legislators.filter((l) => l.level === 'federal');
  const house = federal.filter((l) => l.chamber === 'house');
  const problems = [
    ...within('senators', federal.filter((l) => l.chamber === 'senate').length, bounds.senators),
    ...within('representatives', house.filter((l) => !NO_SENATORS.has(l.state)).length, bounds.representatives),
    ...within('delegates', house.filter((l) => NO_SENATORS.has(l.state)).length, bounds.delegates),
  ];
  const withMembers = new Set(federal.map((l) => l.state));
  const missing = bounds.states.filter((s) => !withMembers.has(s));
  if (missing.length) problems.push(`states without any member of Congress: ${missing.join(', ')}`);
  const zipStates = new Set([...data.zips.values()].flatMap((l) => l.map(([s]) => s)));
  const noZips = bounds.states.filter((s) => !zipStates.has(s));
  if (noZips.length) problems.push(`states without any ZIP: ${noZips.join(', ')}`);
  if (data.zips.size < bounds.minZips) problems.push(`ZIPs: ${data.zips.size}, expected at least ${bounds.minZips}`);
  for (const st of data.meta.stateCoverage) {
    const n = data.legislators.filter((l) => l.level === 'state' && l.state === st).length;
    if (n < bounds.minStateLegislators) {
      problems.push(`${st} state legislators: ${n}, expected at least ${bounds.minStateLegislators}`);
    }
  }
  return problems;
}
