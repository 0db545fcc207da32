/**
 * Sign-in throttling, in the database so it holds across instances: failures are counted per account (a digest of
 * the lower-cased email, so a guessed name is not stored in clear) and per peer address over a sliding window.
 * Past the limit, sign-in answers 429 until the oldest failure in the window ages out, whatever the password.
 */
import type { Q } from '../db/index.js';
import { digest } from './tokens.js';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;

export const accountKey = (email: string) => `account:${digest(email.trim().toLowerCase())}`;
export const addressKey = (address: string) => `ip:${address}`;

/** Milliseconds until a sign-in may be tried again, 0 when it may be now. */
export async function throttledFor(q: Q, nowMs: number, keys: { account: string; address: string }): Promise<number> {
  const since = nowMs - THROTTLE_WINDOW_MS;
  const wait = async (key: string, limit: number) => {
    const rows = await q
      .selectFrom('console_sign_in_failures')
      .select('at_ms')
      .where('key', '=', key)
      .where('at_ms', '>', since)
      .orderBy('at_ms', 'desc')
      .limit(limit)
      .execute();
    return rows.length < limit ? 0 : rows[limit - 1]!.at_ms + THROTTLE_WINDOW_MS - nowMs;
  };
  return Math.max(await wait(keys.account, ACCOUNT_LIMIT), await wait(keys.address, ADDRESS_LIMIT));
}

export async function recordFailure(q: Q, nowMs: number, keys: { account: string; address: string }): Promise<void> {
  await q
    .insertInto('console_sign_in_failures')
    .values([
      { key: keys.account, at_ms: nowMs },
      { key: keys.address, at_ms: nowMs },
    ])
    .execute();
  // Old rows are of no use to the window; pruned here rather than by a job.
  await q
    .deleteFrom('console_sign_in_failures')
    .where('at_ms', '<=', nowMs - THROTTLE_WINDOW_MS)
    .execute();
}

/** A successful sign-in forgives the account's failures (not the address's). */
export async function clearAccountFailures(q: Q, account: string): Promise<void> {
  await q.deleteFrom('console_sign_in_failures').where('key', '=', account).execute();
}
