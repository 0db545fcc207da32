/**
 * The import itself: read the upstream files (downloaded, or from a local folder), build the data set, let the
 * caller check it, store it in one transaction and optionally write the static bundle. Used by the command, the
 * scheduled refresh and the server's first start.
 */
import type { Db } from '../db/index.js';
import { buildRepsData, type RepsData } from './build.js';
import { loadFromDir, loadFromUpstream, type Progress } from './inputs.js';
import type { BillConfig } from './billstatus.js';
import { saveRepsData } from './store.js';
import { writeStaticBundle, type BundleSummary } from './static-bundle.js';

export interface ImportOptions {
  /** Local folder with the upstream files; without it they are downloaded. */
  from?: string;
  /** Also write the static bundle under this folder. */
  staticDir?: string;
  stancesFile?: string;
  congressApiKey?: string;
  /** Defaults to the configured bills (server/reps/bills.json, M4A_BILLS_FILE, M4A_BILLS). */
  bills?: readonly BillConfig[];
  /** A 120th-Congress ZIP table in the zccd.csv format: a file, or a URL to download. */
  zccd120File?: string;
  zccd120Url?: string;
  /** Called with the built data before it is stored; a thrown error leaves the stored data as it was. */
  check?: (data: RepsData) => void;
  fetch?: typeof fetch;
  progress?: Progress;
  now?: Date;
}

export interface ImportResult {
  data: RepsData;
  ms: number;
  bundle?: BundleSummary;
}

/** Reads, builds and stores the data; used by the CLI and by the server's first start. */
export async function importReps(db: Db, opts: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const progress = opts.progress ?? (() => {});
  // Let the caller (a starting server) finish what it was doing before the synchronous parsing begins.
  const breathe = () => new Promise<void>((r) => setImmediate(r));
  await breathe();
  const common = {
    progress,
    ...(opts.stancesFile ? { stancesFile: opts.stancesFile } : {}),
    ...(opts.bills ? { bills: opts.bills } : {}),
    ...(opts.zccd120File ? { zccd120File: opts.zccd120File } : {}),
  };
  const inputs = opts.from
    ? loadFromDir(opts.from, common)
    : await loadFromUpstream({
        ...common,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
        ...(opts.congressApiKey ? { congressApiKey: opts.congressApiKey } : {}),
        ...(opts.zccd120Url ? { zccd120Url: opts.zccd120Url } : {}),
      });
  await breathe();
  progress('building the lookup data');
  const data = buildRepsData(inputs, opts.now);
  opts.check?.(data);
  await breathe();
  progress('storing into the database');
  await saveRepsData(db, data);
  let bundle: BundleSummary | undefined;
  if (opts.staticDir) {
    progress(`writing the static bundle to ${opts.staticDir}`);
    bundle = writeStaticBundle(opts.staticDir, data);
  }
  return { data, ms: Math.round(performance.now() - started), ...(bundle ? { bundle } : {}) };
}
