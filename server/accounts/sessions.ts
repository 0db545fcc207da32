/**
 * Server-side console sessions. The cookie holds a random token; the database keeps its digest, the account, a
 * CSRF token and two clocks: a session ends 30 minutes after its last request (idle) and 12 hours after sign-in
 * (absolute), whichever comes first. Revoking is deleting the row, so sign-out, a disabled account or a changed
 * password end sessions on every instance at once.
 */
import type { Q } from '../db/index.js';
import { digest, newToken } from './tokens.js';
import type { UserRow } from './users.js';

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

export interface OpenSession {
  tokenHash: string;
  csrf: string;
  user: UserRow;
  createdMs: number;
}

/** Idle time is written back at most this often: a page of parallel requests costs one write, not one each. */
const TOUCH_EVERY_MS = 30_000;

export async function createSession(q: Q, userId: string, nowMs: number): Promise<{ token: string; csrf: string }> {
  const token = newToken();
  const csrf = newToken();
  await q
    .insertInto('console_sessions')
    .values({ token_hash: digest(token), user_id: userId, csrf_token: csrf, created_ms: nowMs, seen_ms: nowMs })
    .execute();
  return { token, csrf };
}

/** The session of a cookie token if it is still alive and its account enabled; an ended one is deleted. */
export async function resumeSession(
  q: Q,
  token: string,
  nowMs: number,
  limits: SessionLimits,
): Promise<OpenSession | undefined> {
  const tokenHash = digest(token);
  const row = await q
    .selectFrom('console_sessions as s')
    .innerJoin('console_users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.csrf_token', 's.created_ms', 's.seen_ms'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const ended =
    nowMs - row.seen_ms > limits.idleMs || nowMs - row.created_ms > limits.maxMs || row.disabled_at !== null;
  if (ended) {
    await q.deleteFrom('console_sessions').where('token_hash', '=', tokenHash).execute();
    return undefined;
  }
  if (nowMs - row.seen_ms > TOUCH_EVERY_MS) {
    await q.updateTable('console_sessions').set({ seen_ms: nowMs }).where('token_hash', '=', tokenHash).execute();
  }
  const { csrf_token: csrf, created_ms: createdMs, seen_ms: _seen, ...user } = row;
  return { tokenHash, csrf, createdMs, user };
}

export const endSession = (q: Q, tokenHash: string) =>
  q.deleteFrom('console_sessions').where('token_hash', '=', tokenHash).execute();

/** Every session of an account (role change, disabling, new password), but `keep` (the one making the change). */
export const endSessionsOf = (q: Q, userId: string, keep?: string) =>
  q
    .deleteFrom('console_sessions')
    .where('user_id', '=', userId)
    .$if(keep !== undefined, (d) => d.where('token_hash', '!=', keep!))
    .execute();
