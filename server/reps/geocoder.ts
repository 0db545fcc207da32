/**
 * US Census geocoder client (no key; no CORS, hence server-side): a street address or a point to its
 * congressional and state legislative districts. Layer names carry a vintage ("119th Congressional Districts",
 * "2024 State Legislative Districts - Upper"), so layers are found by the stable end of their names; districts
 * come from GEOID (state FIPS + code), where code 98 is a Delegate / Resident Commissioner and 00 at-large.
 *
 * Addresses are never logged or stored: results are cached in memory under a hash of the normalised address,
 * bounded in size and age.
 */
import { createHash } from 'node:crypto';
import type { DistrictRef } from 'm4a-widgets/shared/schemas/representative.js';
import type { StateDistricts } from 'm4a-widgets/shared/reps/lookup.js';

export const DEFAULT_GEOCODER_URL = 'https://geocoding.geo.census.gov/geocoder';
export const DEFAULT_GEOCODER_TIMEOUT_MS = 4000;

/** State FIPS code -> USPS abbreviation (states, DC, territories). */
export const FIPS: Readonly<Record<string, string>> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '60': 'AS',
  '66': 'GU',
  '69': 'MP',
  '72': 'PR',
  '78': 'VI',
};

export interface Place {
  /** Congressional districts the point lies in (one, unless several address matches disagree). */
  congressional: DistrictRef[];
  stateDistricts?: StateDistricts;
  /** The Congress of those districts, from the layer's name (e.g. `119th Congressional Districts`). */
  congress?: number;
}

export type GeocodeOutcome =
  | ({ status: 'matched' } & Place)
  | { status: 'no-match' }
  | { status: 'unavailable'; reason: 'timeout' | 'http' | 'network' | 'format' };

type Geographies = Record<string, unknown>;
type GeoRecord = Record<string, unknown>;

function layerEntry(geos: Geographies, suffix: RegExp): [string, GeoRecord] | undefined {
  for (const [name, value] of Object.entries(geos)) {
    if (suffix.test(name) && Array.isArray(value) && value[0] && typeof value[0] === 'object')
      return [name, value[0] as GeoRecord];
  }
  return undefined;
}
const layer = (geos: Geographies, suffix: RegExp) => layerEntry(geos, suffix)?.[1];

const str = (r: GeoRecord | undefined, k: string) => (typeof r?.[k] === 'string' ? (r[k] as string) : undefined);

/** Reads districts from one `geographies` object; null when it has no congressional district. */
export function readGeographies(geos: Geographies): Place | null {
  const [cdName, cd] = layerEntry(geos, /Congressional Districts$/i) ?? [];
  const geoid = str(cd, 'GEOID');
  const m = geoid?.match(/^(\d{2})(\d{2})$/);
  const state = m ? FIPS[m[1]!] : undefined;
  if (!m || !state) return null;
  const code = Number(m[2]);
  const district = code === 98 ? 0 : code;
  const place: Place = { congressional: [{ state, district }] };
  const vintage = cdName?.match(/^(\d+)(?:st|nd|rd|th) Congressional Districts$/i);
  if (vintage) place.congress = Number(vintage[1]);
  const num = (r: GeoRecord | undefined, field: string) => {
    const v = str(r, field);
    return v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : null;
  };
  const upper = layer(geos, /State Legislative Districts - Upper$/i);
  const lower = layer(geos, /State Legislative Districts - Lower$/i);
  if (upper || lower) place.stateDistricts = { state, upper: num(upper, 'SLDU'), lower: num(lower, 'SLDL') };
  return place;
}

/** Several address matches: every distinct district is a candidate; state districts only when all agree. */
function mergePlaces(places: Place[]): Place {
  const seen = new Map<string, DistrictRef>();
  for (const p of places) for (const d of p.congressional) seen.set(`${d.state}-${d.district}`, d);
  const merged: Place = { congressional: [...seen.values()] };
  const congresses = places.flatMap((p) => (p.congress === undefined ? [] : [p.congress]));
  if (congresses.length) merged.congress = Math.min(...congresses);
  const sds = places.map((p) => p.stateDistricts);
  const first = sds[0];
  if (first && sds.every((s) => s && s.state === first.state && s.upper === first.upper && s.lower === first.lower)) {
    merged.stateDistricts = first;
  }
  return merged;
}

export function parseAddressResponse(body: unknown): GeocodeOutcome {
  const matches = (body as { result?: { addressMatches?: unknown } })?.result?.addressMatches;
  if (!Array.isArray(matches)) return { status: 'unavailable', reason: 'format' };
  const places = matches
    .map((m) =>
      m && typeof m === 'object' && 'geographies' in m
        ? readGeographies((m as { geographies: Geographies }).geographies ?? {})
        : null,
    )
    .filter((p): p is Place => p !== null);
  if (places.length === 0) return { status: 'no-match' };
  return { status: 'matched', ...mergePlaces(places) };
}

export function parseCoordinatesResponse(body: unknown): GeocodeOutcome {
  const geos = (body as { result?: { geographies?: unknown } })?.result?.geographies;
  if (!geos || typeof geos !== 'object') return { status: 'unavailable', reason: 'format' };
  const place = readGeographies(geos as Geographies);
  return place ? { status: 'matched', ...place } : { status: 'no-match' };
}

/** A small LRU with a maximum age; insertion order of a Map is the recency order. */
export class LruCache<V> {
  private readonly map = new Map<string, { value: V; at: number }>();
  constructor(
    private readonly max: number,
    private readonly maxAgeMs: number,
    private readonly clock: () => number = Date.now,
  ) {}
  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    if (this.clock() - hit.at > this.maxAgeMs) return undefined;
    this.map.set(key, hit);
    return hit.value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, { value, at: this.clock() });
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  get size(): number {
    return this.map.size;
  }
}

export interface GeocoderOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  cacheSize?: number;
  cacheMaxAgeMs?: number;
}

export interface Geocoder {
  address(address: string): Promise<GeocodeOutcome>;
  coordinates(lat: number, lng: number): Promise<GeocodeOutcome>;
  readonly cacheSize: number;
}

/** Same address, same key: case, spacing and punctuation around commas do not matter. Hashed, never kept in clear. */
export const addressKey = (address: string) =>
  createHash('sha256')
    .update(
      address
        .toLowerCase()
        .replace(/\s*,\s*/g, ',')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .digest('base64url');

export function createGeocoder(opts: GeocoderOptions = {}): Geocoder {
  const base = (opts.baseUrl ?? DEFAULT_GEOCODER_URL).replace(/\/+$/, '');
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_GEOCODER_TIMEOUT_MS;
  const cache = new LruCache<GeocodeOutcome>(opts.cacheSize ?? 5000, opts.cacheMaxAgeMs ?? 24 * 3600_000);

  async function call(url: URL, parse: (body: unknown) => GeocodeOutcome, key: string): Promise<GeocodeOutcome> {
    const cached = cache.get(key);
    if (cached) return cached;
    for (const [k, v] of Object.entries({
      benchmark: 'Public_AR_Current',
      vintage: 'Current_Current',
      layers: 'all',
      format: 'json',
    })) {
      url.searchParams.set(k, v);
    }
    let outcome: GeocodeOutcome;
    try {
      const res = await fetchFn(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { Accept: 'application/json' },
      });
      if (!res.ok) {
        await res.body?.cancel();
        return { status: 'unavailable', reason: 'http' };
      }
      outcome = parse(await res.json());
    } catch (err) {
      const name = err instanceof Error ? err.name : '';
      return {
        status: 'unavailable',
        reason:
          name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : name === 'SyntaxError' ? 'format' : 'network',
      };
    }
    if (outcome.status !== 'unavailable') cache.set(key, outcome);
    return outcome;
  }

  return {
    address(address) {
      const url = new URL(`${base}/geographies/onelineaddress`);
      url.searchParams.set('address', address);
      return call(url, parseAddressResponse, 'a:' + addressKey(address));
    },
    coordinates(lat, lng) {
      const url = new URL(`${base}/geographies/coordinates`);
      url.searchParams.set('x', String(lng));
      url.searchParams.set('y', String(lat));
      return call(url, parseCoordinatesResponse, 'c:' + addressKey(`${lat.toFixed(5)},${lng.toFixed(5)}`));
    },
    get cacheSize() {
      return cache.size;
    },
  };
}
