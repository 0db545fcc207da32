/**
 * `npm run import:reps [-- --from <dir>] [--out <sqlite file>] [--static <dir>] [--stances <file>] [--zccd120 <file>]
 * [--force]`
 *
 * Builds the representative lookup data from the upstream public files (fetched from their URLs, or read from
 * `--from`, e.g. ../shared/data/reps), stores it in the server database (DATABASE_URL or M4A_DB; `--out` names an
 * SQLite file instead) and, with
 * `--static`, also writes the static bundle. Set CONGRESS_GOV_API_KEY to read cosponsors from the congress.gov
 * API instead of BILLSTATUS XML. It is a refresh run like the scheduled one: checked for plausibility before it
 * replaces data (`--force` stores it anyway), recorded in the refresh report. Prints progress, a summary and who
 * was added or removed.
 */
import { parseArgs } from 'node:util';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/index.js';
import { loadConfig } from '../config.js';
import { billConfig, configuredBills } from './bills-config.js';
import type { ImportResult } from './pipeline.js';
import { refreshReps } from './refresh.js';

export { importReps, type ImportOptions, type ImportResult } from './pipeline.js';

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

const USAGE =
  'usage: npm run import:reps -- [--from <dir>] [--out <sqlite file>] [--static <dir>] [--stances <file>] ' +
  '[--zccd120 <file>] [--force]\n  --force  store the data even if it looks implausible (a partial or test data set)';

/** The command is a refresh run like the scheduled one (checked, recorded in the report), started by hand. */
async function main() {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      static: { type: 'string' },
      stances: { type: 'string' },
      zccd120: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  // The server's database (DATABASE_URL, else M4A_DB), or the SQLite file --out names.
  const target = values.out ? { engine: 'sqlite' as const, file: values.out } : config.database;
  const db = await openDatabase(target);
  const out = db.label;
  try {
    const apiKey = process.env.CONGRESS_GOV_API_KEY;
    const zccd120 = values.zccd120 ? resolve(values.zccd120) : undefined;
    const { run, result } = await refreshReps(db, {
      trigger: 'command',
      holder: `${hostname()}:${process.pid}:import:reps`,
      now: () => new Date(),
      lenient: values.force ? 'always' : 'when-empty',
      bills: configuredBills(config).map(billConfig),
      ...(values.from ? { from: resolve(values.from) } : {}),
      ...(zccd120 ? { zccd120File: zccd120 } : {}),
      ...(!zccd120 && !values.from && config.M4A_ZCCD120_URL ? { zccd120Url: config.M4A_ZCCD120_URL } : {}),
      ...(values.static ? { staticDir: resolve(values.static) } : {}),
      ...(values.stances ? { stancesFile: resolve(values.stances) } : {}),
      ...(apiKey ? { congressApiKey: apiKey } : {}),
      progress: (m) => console.log(m),
    });
    if (!result) throw new Error(run.error ?? 'no data stored');
    console.log(summary(result, out));
    for (const m of run.summary?.added ?? []) console.log(`  added:   ${m.id} ${m.name}`);
    for (const m of run.summary?.removed ?? []) console.log(`  removed: ${m.id} ${m.name}`);
  } finally {
    await db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(`import:reps failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
