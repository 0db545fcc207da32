/**
 * One refresh of the representative data: download (or read) the upstream files, build, check that the result is
 * plausible, swap it in with one transaction, and record the run in `reps_refresh_runs` with what changed. A
 * failure at any step leaves the data being served as it was and records why. Scheduling and the cluster lease
 * are in server/jobs/reps-refresh.ts; the report is GET /api/admin/reps/refresh.
 */
import type { Db } from '../db.js';
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

function currentMembers(db: Db): { members: Map<string, string>; coverage: string[] } {
  const rows = db.prepare('SELECT id, level, state, data FROM reps_legislators').raw().all() as [string, string, string, string][];
  const members = new Map(rows.map(([id, , , data]) => [id, (JSON.parse(data) as { name: string }).name]));
  const coverage = [...new Set(rows.filter(([, level]) => level === 'state').map(([, , state]) => state))];
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
    added: first ? [] : [...after].filter(([id]) => !before.has(id)).map(([id, name]) => ({ id, name })).sort(byName),
    removed: [...before].filter(([id]) => !after.has(id)).map(([id, name]) => ({ id, name })).sort(byName),
    warnings: data.warnings,
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs one refresh and records it; resolves with the recorded run whether it succeeded or not. */
export async function refreshReps(db: Db, opts: RefreshOptions): Promise<RefreshOutcome> {
  const { trigger, holder, now, bounds = DEFAULT_BOUNDS, lenient, ...importOpts } = opts;
  const id = Number(
    db
      .prepare("INSERT INTO reps_refresh_runs (trigger, holder, started_at, status) VALUES (?, ?, ?, 'running')")
      .run(trigger, holder, now().toISOString()).lastInsertRowid,
  );
  const finish = db.prepare('UPDATE reps_refresh_runs SET finished_at = ?, status = ?, error = ?, summary = ? WHERE id = ?');
  const before = currentMembers(db);
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
    finish.run(now().toISOString(), 'ok', null, JSON.stringify(summary), id);
  } catch (err) {
    finish.run(now().toISOString(), 'error', message(err), summary ? JSON.stringify(summary) : null, id);
  }
  return { run: runById(db, id)!, ...(result ? { result } : {}) };
}

type RunRow = [number, RunTrigger, string, string, string | null, RefreshRun['status'], string | null, string | null];

const toRun = ([id, trigger, holder, startedAt, finishedAt, status, error, summary]: RunRow): RefreshRun => ({
  id,
  trigger,
  holder,
  startedAt,
  finishedAt,
  status,
  error,
  summary: summary ? (JSON.parse(summary) as RunSummary) : null,
});

const COLUMNS = 'id, trigger, holder, started_at, finished_at, status, error, summary';

export function runById(db: Db, id: number): RefreshRun | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM reps_refresh_runs WHERE id = ?`).raw().get(id) as RunRow | undefined;
  return row ? toRun(row) : null;
}

/** The latest runs, newest first; optionally only those that ended so, or of one trigger. */
export function recentRuns(db: Db, limit: number, only: { status?: 'ok' | 'error'; trigger?: RunTrigger } = {}): RefreshRun[] {
  const conditions = [...(only.status ? ['status = ?'] : []), ...(only.trigger ? ['trigger = ?'] : [])];
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const params = [...(only.status ? [only.status] : []), ...(only.trigger ? [only.trigger] : []), limit];
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM reps_refresh_runs ${where} ORDER BY started_at DESC, id DESC LIMIT ?`)
    .raw()
    .all(...params) as RunRow[];
  return rows.map(toRun);
}
