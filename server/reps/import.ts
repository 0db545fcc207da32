/**
 * `npm run import:reps [-- --from <dir>] [--out <sqlite file>] [--static <dir>] [--stances <file>]`
 *
 * Builds the representative lookup data from the upstream public files (fetched from their URLs, or read from
 * `--from`, e.g. ../shared/data/reps), stores it in the server database (`--out`, default M4A_DB) and, with
 * `--static`, also writes the static bundle. Set CONGRESS_GOV_API_KEY to read cosponsors from the congress.gov
 * API instead of BILLSTATUS XML. Prints progress and a summary.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../db.js';
import { loadConfig } from '../config.js';
import { buildRepsData, type RepsData } from './build.js';
import { loadFromDir, loadFromUpstream, type Progress } from './inputs.js';
import { saveRepsData } from './store.js';
import { writeStaticBundle, type BundleSummary } from './static-bundle.js';

export interface ImportOptions {
  /** Local folder with the upstream files; without it they are downloaded. */
  from?: string;
  /** Also write the static bundle under this folder. */
  staticDir?: string;
  stancesFile?: string;
  congressApiKey?: string;
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
  const inputs = opts.from
    ? loadFromDir(opts.from, { progress, ...(opts.stancesFile ? { stancesFile: opts.stancesFile } : {}) })
    : await loadFromUpstream({
        progress,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
        ...(opts.stancesFile ? { stancesFile: opts.stancesFile } : {}),
        ...(opts.congressApiKey ? { congressApiKey: opts.congressApiKey } : {}),
      });
  await breathe();
  progress('building the lookup data');
  const data = buildRepsData(inputs, opts.now);
  await breathe();
  progress('storing into the database');
  saveRepsData(db, data);
  let bundle: BundleSummary | undefined;
  if (opts.staticDir) {
    progress(`writing the static bundle to ${opts.staticDir}`);
    bundle = writeStaticBundle(opts.staticDir, data);
  }
  return { data, ms: Math.round(performance.now() - started), ...(bundle ? { bundle } : {}) };
}

export function summary(r: ImportResult, out: string): string {
  const { meta, warnings } = r.data;
  const c = meta.counts;
  const lines = [
    `Imported representative data for the ${meta.congress}th Congress in ${(r.ms / 1000).toFixed(1)} s`,
    `  members:    ${c.members} (${c.federal} in Congress, ${c.state} state legislators: ${meta.stateCoverage.join(', ') || 'none'})`,
    `  ZIPs:       ${c.zips} (${c.splitZips} split between districts, ${c.crossStateZips} across state lines)`,
    `  stances:    ${c.stances} known`,
    `  data as of: ${meta.dataAsOf} (possibly stale from ${meta.staleAfter})`,
    `  database:   ${out}`,
  ];
  if (r.bundle) lines.push(`  static:     ${r.bundle.files} files, ${(r.bundle.bytes / 1024).toFixed(0)} KiB`);
  for (const w of warnings) lines.push(`  note: ${w}`);
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      static: { type: 'string' },
      stances: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: npm run import:reps -- [--from <dir>] [--out <sqlite file>] [--static <dir>] [--stances <file>]');
    return;
  }
  const out = values.out ?? loadConfig().M4A_DB;
  const db = openDb(out);
  try {
    const apiKey = process.env.CONGRESS_GOV_API_KEY;
    const result = await importReps(db, {
      ...(values.from ? { from: resolve(values.from) } : {}),
      ...(values.static ? { staticDir: resolve(values.static) } : {}),
      ...(values.stances ? { stancesFile: resolve(values.stances) } : {}),
      ...(apiKey ? { congressApiKey: apiKey } : {}),
      progress: (m) => console.log(m),
    });
    console.log(summary(result, out));
  } finally {
    db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(`import:reps failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
