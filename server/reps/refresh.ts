/**
 * One refresh of the representative data: download (or read) the upstream files, build, check that the result is
 * plausible, swap it in with one transaction, and record the run in `reps_refresh_runs` with what changed. A
 * failure at any step leaves the data being served as it was and records why. Scheduling and the cluster lease
 * are in server/jobs/reps-refresh.ts; the report is GET /api/admin/reps/refresh.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../db/index.js';
import type { RepsRefreshRunsTable } from '../db/schema.js';
import type { RepsData } from './build.js';
import { importReps, type ImportOptions, type ImportResult } from './pipeline.js';
import { DEFAULT_BOUNDS, implausibilities, type Bounds } from './plausible.js';

export const RUN_TRIGGERS = ['schedule', 'command', 'first-start'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export interface MemberRef {
  id: string;
  name: string;
}

export interface RunSummary {
  congress: number;
  dataAsOf: string;
  members: number;
  zips: number;
  added: MemberRef[];
  removed: MemberRef[];
  warnings: string[];
}

export interface RefreshRun {
  id: number;
  trigger: RunTrigger;
  holder: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'error';
  error: string | null;
  summary: RunSummary | null;
}

export class ImplausibleData extends Error {
  override name = 'ImplausibleData';
  constructor(readonly problems: string[]) {
    super(`the new data looks wrong, kept the current data: ${problems.join('; ')}`);
  }
}

export interface RefreshOptions extends Omit<ImportOptions, 'check' | 'now'> {
  trigger: RunTrigger;
  holder: string;
  now: () => Date;
  bounds?: Bounds;
  /**
   * Store implausible data anyway, its problems as warnings: `when-empty` into an empty database (no last good data
   * to keep), `always` when an operator says so (`--force`). The command is lenient for an operator who reads the
   * warnings; the schedule never is.
   */
  lenient?: 'when-empty' | 'always';
}

export interface RefreshOutcome {
  run: RefreshRun;
  /** The import, when the data was stored. */
  result?: ImportResult;
}

async function currentMembers(db: Db): Promise<{ members: Map<string, string>; coverage: string[] }> {
  const rows = await db.kysely.selectFrom('reps_legislators').select(['id', 'level', 'state', 'data']).execute();
  const members = new Map(rows.map((r) => [r.id, (JSON.parse(r.data) as { name: string }).name]));
  const coverage = [...new Set(rows.filter((r) => r.level === 'state').map((r) => r.state))];
  return { members, coverage };
}

const byName = (a: MemberRef, b: MemberRef) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function summarize(data: RepsData, before: Map<string, string>): RunSummary {
  const after = new Map(data.legislators.filter((l) => !l.vacant).map((l) => [l.id, l.name]));
  const first = before.size === 0;
  return {
    congress: data.meta.congress,
    dataAsOf: data.meta.dataAsOf,
    members: data.meta.counts.members,
    zips: data.meta.counts.zips,
    // A first import lists nobody: "everyone was added" says nothing.
    added: first
      ? []
      : [...after]
          .filter(([id]) => !before.has(id))
          .map(([id, name]) => ({ id, name }))
          .sort(byName),
    removed: [...before]
      .filter(([id]) => !after.has(id))
      .map(([id, name]) => ({ id, name }))
      .sort(byName),
    warnings: data.warnings,
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs one refresh and records it; resolves with the recorded run whether it succeeded or not. */
export async function refreshReps(db: Db, opts: RefreshOptions): Promise<RefreshOutcome> {
  const { trigger, holder, now, bounds = DEFAULT_BOUNDS, lenient, ...importOpts } = opts;
  const { id } = await db.kysely
    .insertInto('reps_refresh_runs')
    .values({ trigger, holder, started_at: now().toISOString(), status: 'running' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const finish = (status: 'ok' | 'error', error: string | null, summary: RunSummary | null) =>
    db.kysely
      .updateTable('reps_refresh_runs')
      .set({ finished_at: now().toISOString(), status, error, summary: summary ? JSON.stringify(summary) : null })
      .where('id', '=', id)
      .execute();
  const before = await currentMembers(db);
  let summary: RunSummary | null = null;
  let result: ImportResult | undefined;
  try {
    result = await importReps(db, {
      ...importOpts,
      now: now(),
      check: (data) => {
        const problems = implausibilities(data, bounds);
        const lost = before.coverage.filter((st) => !data.meta.stateCoverage.includes(st));
        if (lost.length) problems.push(`state legislators missing for ${lost.join(', ')}`);
        if (problems.length && (lenient === 'always' || (lenient === 'when-empty' && before.members.size === 0))) {
          data.warnings.push(...problems.map((p) => `implausible, stored anyway: ${p}`));
          problems.length = 0;
        }
        summary = summarize(data, before.members);
        if (problems.length) throw new ImplausibleData(problems);
      },
    });
    await finish('ok', null, summary);
  } catch (err) {
    await finish('error', message(err), summary);
  }
  return { run: (await runById(db, id))!, ...(result ? { result } : {}) };
}

type RunRow = Selectable<RepsRefreshRunsTable>;

const toRun = (r: RunRow): RefreshRun => ({
  id: r.id,
  trigger: r.trigger as RunTrigger,
  holder: r.holder,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  status: r.status as RefreshRun['status'],
  error: r.error,
  summary: r.summary ? (JSON.parse(r.summary) as RunSummary) : null,
});

export async function runById(db: Db, id: number): Promise<RefreshRun | null> {
  const row = await db.kysely.selectFrom('reps_refresh_runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRun(row) : null;
}

/** The latest runs, newest first; optionally only those that ended so, or of one trigger. */
export async function recentRuns(
  db: Db,
  limit: number,
  only: { status?: 'ok' | 'error'; trigger?: RunTrigger } = {},
): Promise<RefreshRun[]> {
  const rows = await db.kysely
    .selectFrom('reps_refresh_runs')
    .selectAll()
    .$if(only.status !== undefined, (q) => q.where('status', '=', only.status!))
    .$if(only.trigger !== undefined, (q) => q.where('trigger', '=', only.trigger!))
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}
