/** What GET /api/admin/reps/refresh answers: the schedule, the data served, the last success and error, recent runs. */
import * as z from 'zod/mini';
import type { Db } from '../db/index.js';
import { recentRuns, RUN_TRIGGERS } from './refresh.js';
import { repsVersion } from './store.js';

const MemberRef = z.object({ id: z.string(), name: z.string() });

export const RefreshRunSchema = z.object({
  id: z.number(),
  trigger: z.enum(RUN_TRIGGERS),
  /** The instance that ran it. */
  holder: z.string(),
  startedAt: z.string(),
  finishedAt: z.nullable(z.string()),
  status: z.enum(['running', 'ok', 'error']),
  /** Why it failed; the data served was left as it was. */
  error: z.nullable(z.string()),
  summary: z.nullable(
    z.object({
      congress: z.number(),
      dataAsOf: z.string(),
      members: z.number(),
      zips: z.number(),
      added: z.array(MemberRef),
      removed: z.array(MemberRef),
      warnings: z.array(z.string()),
    }),
  ),
});

export const RefreshReport = z.object({
  /** Hours between scheduled refreshes; null when M4A_REPS_REFRESH is off. */
  everyHours: z.nullable(z.number()),
  /** When the data served now was imported (null: none yet). */
  servedImportedAt: z.nullable(z.string()),
  lastSuccess: z.nullable(RefreshRunSchema),
  lastError: z.nullable(RefreshRunSchema),
  /** The 20 latest runs, newest first. */
  runs: z.array(RefreshRunSchema),
});
export type RefreshReport = z.infer<typeof RefreshReport>;

export async function refreshReport(db: Db, everyHours: number | null): Promise<RefreshReport> {
  return {
    everyHours,
    servedImportedAt: await repsVersion(db),
    lastSuccess: (await recentRuns(db, 1, { status: 'ok' }))[0] ?? null,
    lastError: (await recentRuns(db, 1, { status: 'error' }))[0] ?? null,
    runs: await recentRuns(db, 20),
  };
}
