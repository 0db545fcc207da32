/**
 * Reading the upstream files, either from a local folder (`--from`, the layout of ../shared/data/reps) or from
 * their public URLs, with progress reported through a callback. Nothing here interprets the data; see build.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  billStatusFileName,
  billStatusUrl,
  derivedFileName,
  fetchCongressGovCosponsors,
  parseBillStatusXml,
  parseDerivedCosponsors,
  type BillConfig,
  type Cosponsorship,
} from './billstatus.js';
import { billConfig, configuredBills } from './bills-config.js';
import { parseStateStances, type StateStancesFile } from './stances.js';

/** States whose legislators the import covers (Open States people data). */
export const STATE_COVERAGE = ['WI'] as const;

const CL = 'https://unitedstates.github.io/congress-legislators/';
export const UPSTREAM = {
  legislatorsCurrent: CL + 'legislators-current.json',
  socialMedia: CL + 'legislators-social-media.json',
  districtOffices: CL + 'legislators-district-offices.yaml',
  zccd: 'https://raw.githubusercontent.com/OpenSourceActivismTech/us-zipcodes-congress/master/zccd.csv',
  openStatesListing: (state: string) =>
    `https://api.github.com/repos/openstates/people/contents/data/${state.toLowerCase()}/legislature`,
} as const;

export const FILES = {
  legislatorsCurrent: 'legislators-current.json',
  socialMedia: 'legislators-social-media.json',
  districtOffices: 'legislators-district-offices.yaml',
  zccd: 'zccd.csv',
  openStates: (state: string) => `openstates-${state.toLowerCase()}-legislature.json`,
} as const;

export const DEFAULT_STANCES_FILE = new URL('./state-stances.json', import.meta.url);

export type SourceKey = 'congress-legislators' | 'zccd' | `openstates-${string}`;

/** A later Congress's ZIP table in the zccd.csv format (`--zccd120`, M4A_ZCCD120_URL). */
export interface NextZipTable {
  congress: number;
  text: string;
  origin: string;
  /** Date the table was taken (file date or Last-Modified). */
  asOf: string;
}

export interface RawInputs {
  legislatorsCurrent: unknown;
  socialMedia: unknown;
  districtOffices: unknown;
  zccd: string;
  /** State code -> Open States person objects. */
  stateLegislators: Record<string, unknown>;
  /** Cosponsors of each configured bill found; `configured` lists them all (some may have no data). */
  bills: Cosponsorship[];
  configured: readonly BillConfig[];
  zccdNext?: NextZipTable;
  stateStances: StateStancesFile;
  /** Date each source was taken (YYYY-MM-DD). */
  dates: Record<SourceKey, string>;
  /** Where each source was read from (folder path or URL), for provenance. */
  origin: string;
}

export type Progress = (message: string) => void;

const today = () => new Date().toISOString().slice(0, 10);

function readStances(file: string | URL): StateStancesFile {
  return parseStateStances(JSON.parse(readFileSync(file, 'utf8')), String(file));
}

/**
 * The date a PROVENANCE.md beside the files gives for one of them: the first `YYYY-MM-DD` on a line naming the
 * file's stem. Falls back to the file's modification date.
 */
export function fileDate(dir: string, file: string, provenance: string | undefined): string {
  const stem = file.replace(/\.[a-z]+$/, '');
  for (const line of provenance?.split('\n') ?? []) {
    if (!line.includes(stem)) continue;
    const m = line.match(/\b(\d{4}-\d{2}-\d{2})\b/);
    if (m) return m[1]!;
  }
  return statSync(join(dir, file)).mtime.toISOString().slice(0, 10);
}

/** What both readers share: which bills to read and the optional later ZIP table. */
export interface CommonInputOptions {
  progress?: Progress;
  stancesFile?: string | URL;
  /** Defaults to the configured bills (server/reps/bills.json and the operator's override). */
  bills?: readonly BillConfig[];
  /** A 120th-Congress ZIP table in the zccd.csv format. */
  zccd120File?: string;
}

const defaultBills = () => configuredBills().map(billConfig);

export function loadFromDir(dir: string, opts: CommonInputOptions = {}): RawInputs {
  const progress = opts.progress ?? (() => {});
  const need = (f: string) => {
    const p = join(dir, f);
    if (!existsSync(p)) throw new Error(`${p} is missing (expected the upstream file ${f})`);
    progress(`reading ${f}`);
    return readFileSync(p, 'utf8');
  };
  if (!existsSync(dir)) throw new Error(`${dir} does not exist (expected a folder with the upstream files)`);
  for (const f of [FILES.legislatorsCurrent, FILES.socialMedia, FILES.districtOffices, FILES.zccd]) {
    if (!existsSync(join(dir, f))) throw new Error(`${join(dir, f)} is missing (expected the upstream file ${f})`);
  }
  const provPath = join(dir, 'PROVENANCE.md');
  const provenance = existsSync(provPath) ? readFileSync(provPath, 'utf8') : undefined;

  const stateLegislators: Record<string, unknown> = {};
  const dates: Record<SourceKey, string> = {
    'congress-legislators': fileDate(dir, FILES.legislatorsCurrent, provenance),
    zccd: fileDate(dir, FILES.zccd, provenance),
  };
  for (const st of STATE_COVERAGE) {
    const f = FILES.openStates(st);
    if (!existsSync(join(dir, f))) {
      progress(`no ${f}: ${st} state legislators skipped`);
      continue;
    }
    stateLegislators[st] = JSON.parse(need(f));
    dates[`openstates-${st}`] = fileDate(dir, f, provenance);
  }

  const configured = opts.bills ?? defaultBills();
  const bills: Cosponsorship[] = [];
  for (const b of configured) {
    const xml = join(dir, billStatusFileName(b));
    const derived = join(dir, derivedFileName(b));
    if (existsSync(xml)) {
      bills.push(
        parseBillStatusXml(need(billStatusFileName(b)), xml, fileDate(dir, billStatusFileName(b), provenance)),
      );
    } else if (existsSync(derived)) {
      bills.push(parseDerivedCosponsors(JSON.parse(need(derivedFileName(b))), derived));
    } else {
      progress(`no ${billStatusFileName(b)} nor ${derivedFileName(b)}: stances on that bill will be unknown`);
    }
  }

  return {
    legislatorsCurrent: JSON.parse(need(FILES.legislatorsCurrent)),
    socialMedia: JSON.parse(need(FILES.socialMedia)),
    districtOffices: parseYaml(need(FILES.districtOffices)),
    zccd: need(FILES.zccd),
    stateLegislators,
    bills,
    configured,
    ...(opts.zccd120File ? { zccdNext: readNextTable(opts.zccd120File, progress) } : {}),
    stateStances: readStances(opts.stancesFile ?? DEFAULT_STANCES_FILE),
    dates,
    origin: dir,
  };
}

function readNextTable(file: string, progress: Progress): NextZipTable {
  if (!existsSync(file))
    throw new Error(`${file} is missing (expected a 120th-Congress ZIP table in the zccd.csv format)`);
  progress(`reading ${file} (120th Congress ZIP table)`);
  const asOf = statSync(file).mtime.toISOString().slice(0, 10);
  return { congress: 120, text: readFileSync(file, 'utf8'), origin: file, asOf };
}

interface FetchedText {
  text: string;
  date: string;
}

async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  progress: Progress,
  headers: Record<string, string> = {},
): Promise<FetchedText> {
  progress(`downloading ${url}`);
  const res = await fetchFn(url, {
    headers: { 'User-Agent': 'm4a-widgets import:reps', ...headers },
    signal: AbortSignal.timeout(60_000),
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const text = await res.text();
  progress(`  ${(text.length / 1024).toFixed(0)} KiB`);
  const lm = res.headers.get('last-modified');
  const date = lm && !Number.isNaN(Date.parse(lm)) ? new Date(lm).toISOString().slice(0, 10) : today();
  return { text, date };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface UpstreamOptions extends CommonInputOptions {
  fetch?: typeof fetch;
  /** congress.gov API key: cosponsors come from the API instead of BILLSTATUS XML. */
  congressApiKey?: string;
  /** A 120th-Congress ZIP table in the zccd.csv format, once one is published. */
  zccd120Url?: string;
}

export async function loadFromUpstream(opts: UpstreamOptions = {}): Promise<RawInputs> {
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const progress = opts.progress ?? (() => {});
  const current = await fetchText(UPSTREAM.legislatorsCurrent, fetchFn, progress);
  const social = await fetchText(UPSTREAM.socialMedia, fetchFn, progress);
  const offices = await fetchText(UPSTREAM.districtOffices, fetchFn, progress);
  const zccd = await fetchText(UPSTREAM.zccd, fetchFn, progress);

  const stateLegislators: Record<string, unknown> = {};
  const dates: Record<SourceKey, string> = { 'congress-legislators': current.date, zccd: zccd.date };
  for (const st of STATE_COVERAGE) {
    const listing = JSON.parse(
      (await fetchText(UPSTREAM.openStatesListing(st), fetchFn, progress, { Accept: 'application/vnd.github+json' }))
        .text,
    ) as Array<{
      name: string;
      type: string;
      download_url: string | null;
    }>;
    const files = listing.filter((f) => f.type === 'file' && f.name.endsWith('.yml') && f.download_url);
    let done = 0;
    stateLegislators[st] = await pool(files, 8, async (f) => {
      const res = await fetchFn(f.download_url!, { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new Error(`${f.download_url}: HTTP ${res.status}`);
      const person = parseYaml(await res.text()) as unknown;
      done++;
      if (done % 20 === 0 || done === files.length) progress(`  ${st} legislators ${done}/${files.length}`);
      return person;
    });
    dates[`openstates-${st}`] = today();
  }

  const configured = opts.bills ?? defaultBills();
  const bills: Cosponsorship[] = [];
  for (const b of configured) {
    if (opts.congressApiKey) {
      progress(`congress.gov API: cosponsors of ${b.type}${b.number}`);
      bills.push(await fetchCongressGovCosponsors(b, opts.congressApiKey, fetchFn));
    } else {
      const xml = await fetchText(billStatusUrl(b), fetchFn, progress);
      bills.push(parseBillStatusXml(xml.text, billStatusUrl(b), xml.date));
    }
  }
  let zccdNext: NextZipTable | undefined;
  if (opts.zccd120File) {
    zccdNext = readNextTable(opts.zccd120File, progress);
  } else if (opts.zccd120Url) {
    const next = await fetchText(opts.zccd120Url, fetchFn, progress);
    zccdNext = { congress: 120, text: next.text, origin: opts.zccd120Url, asOf: next.date };
  }

  return {
    legislatorsCurrent: JSON.parse(current.text),
    socialMedia: JSON.parse(social.text),
    districtOffices: parseYaml(offices.text),
    zccd: zccd.text,
    stateLegislators,
    bills,
    configured,
    ...(zccdNext ? { zccdNext } : {}),
    stateStances: readStances(opts.stancesFile ?? DEFAULT_STANCES_FILE),
    dates,
    origin: 'upstream URLs',
  };
}
