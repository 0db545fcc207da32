/**
 * Signup forwarding: a persistent queue in the database. Every stored signup has one `signup_forwards` row per destination; the forwarder sends the due
 * ones, marks a row forwarded only after a 2xx, retries network errors, timeouts, 408/425/429 and 5xx with capped
 * exponential backoff and jitter, and records other 4xx answers as permanent failures (an organizer can requeue
 * them once the cause is fixed). Rows are claimed with a lease before sending, so two workers on one database never
 * send the same row at once, and a crash mid-send means a retry after the lease, not a lost signup.
 */
import type { AppDeps } from '../deps.js';
import type { Db } from '../db.js';
import { destinationsFor, type Destination } from './destinations.js';
import { signupSettings } from '../signups/settings.js';
import { signupStore, type SignupRecord } from '../signups/store.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from 'm4a-widgets/shared/retry.js';

const BATCH = 50;
const PARALLEL = 4;
const TIMEOUT_MS = 10_000;
/** Longer than a send can take, so a live worker's claim never expires under it. */
const LEASE_MS = 60_000;
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_CAP_MS = 60 * 60_000;

/** Delay before attempt `attempts + 1`: doubling from 10 s, capped at 1 h, with the upper half randomized. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  return Math.round(backoffDelay(attempts, { baseMs: BACKOFF_BASE_MS, maxMs: BACKOFF_CAP_MS, random }));
}

const listeners = new WeakMap<Db, Set<() => void>>();

/** Tells the forwarder working on this database that a signup was just queued. */
export function announceNewSignup(db: Db): void {
  listeners.get(db)?.forEach((listener) => listener());
}

function onNewSignup(db: Db, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export interface ForwardOutcome {
  signupId: string;
  destination: string;
  result: 'forwarded' | 'retry' | 'failed';
  error?: string;
}

interface DueRow {
  signup_id: string;
  destination: string;
  attempts: number;
  next_attempt_at: string;
}

type Attempt = { ok: true } | { ok: false; permanent: boolean; error: string; retryAfterMs?: number };

export class SignupForwarder {
  private readonly byName: Map<string, Destination>;
  private readonly abort = new AbortController();
  private running: Promise<ForwardOutcome[]> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: AppDeps,
    destinations: Destination[] = destinationsFor(signupSettings(deps.config)),
  ) {
    this.byName = new Map(destinations.map((d) => [d.name, d]));
  }

  get hasDestinations(): boolean {
    return this.byName.size > 0;
  }

  /**
   * Sends everything due now, until nothing is left. Calls while a run is under way join it and make it look
   * again once it is done, so a signup announced mid-run is not left for the next tick.
   */
  run(): Promise<ForwardOutcome[]> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      const outcomes: ForwardOutcome[] = [];
      do {
        this.again = false;
        for (let batch = this.claim(); batch.length > 0 && !this.stopped; batch = this.claim()) {
          for (let i = 0; i < batch.length; i += PARALLEL) {
            outcomes.push(...(await Promise.all(batch.slice(i, i + PARALLEL).map((row) => this.forward(row)))));
          }
        }
      } while (this.again && !this.stopped);
      return outcomes;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Runs now, every `forwardIntervalMs`, and whenever a signup is announced. Returns the stop function. */
  start(intervalMs = signupSettings(this.deps.config).forwardIntervalMs): () => void {
    if (!this.hasDestinations) return () => {};
    const tick = () => {
      if (this.stopped) return;
      this.run().catch((err: Error) => this.deps.log.error('signup forwarding failed', { error: err.message }));
    };
    const unsubscribe = onNewSignup(this.deps.db, () => setImmediate(tick));
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
    return () => {
      this.stopped = true;
      unsubscribe();
      clearInterval(timer);
      this.abort.abort();
    };
  }

  /** Takes up to one batch of due rows, pushing their due time past the lease so no other worker takes them. */
  private claim(): DueRow[] {
    const names = [...this.byName.keys()];
    if (names.length === 0 || this.stopped) return [];
    const { db } = this.deps;
    const now = this.deps.now();
    const lease = new Date(now.getTime() + LEASE_MS).toISOString();
    return db.transaction(() => {
      const due = db
        .prepare<unknown[], DueRow>(
          `SELECT signup_id, destination, attempts, next_attempt_at FROM signup_forwards
           WHERE forwarded_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
             AND destination IN (${names.map(() => '?').join(', ')})
           ORDER BY next_attempt_at LIMIT ?`,
        )
        .all(now.toISOString(), ...names, BATCH);
      const take = db.prepare(
        `UPDATE signup_forwards SET next_attempt_at = ?
         WHERE signup_id = ? AND destination = ? AND next_attempt_at = ? AND forwarded_at IS NULL AND failed_at IS NULL`,
      );
      return due.filter((row) => take.run(lease, row.signup_id, row.destination, row.next_attempt_at).changes === 1);
    }).immediate();
  }

  private async forward(row: DueRow): Promise<ForwardOutcome> {
    const { db, log } = this.deps;
    const destination = this.byName.get(row.destination)!;
    const record = signupStore(db).get(row.signup_id);
    const attempt: Attempt = record
      ? await this.send(destination, record)
      : { ok: false, permanent: true, error: 'signup no longer stored' };
    const base = { signupId: row.signup_id, destination: row.destination };
    // After stop the database may be closing; the lease makes the next start retry this row.
    if (this.stopped) return { ...base, result: 'retry', error: 'stopped' };

    const now = this.deps.now();
    const attempts = row.attempts + 1;
    const where = 'WHERE signup_id = ? AND destination = ?';
    if (attempt.ok) {
      db.prepare(`UPDATE signup_forwards SET attempts = ?, forwarded_at = ?, last_error = NULL ${where}`)
        .run(attempts, now.toISOString(), row.signup_id, row.destination);
      log.info('signup forwarded', { ...base, attempts });
      return { ...base, result: 'forwarded' };
    }
    if (attempt.permanent) {
      db.prepare(`UPDATE signup_forwards SET attempts = ?, failed_at = ?, last_error = ? ${where}`)
        .run(attempts, now.toISOString(), attempt.error, row.signup_id, row.destination);
      log.error('signup forward refused', { ...base, attempts, error: attempt.error });
      return { ...base, result: 'failed', error: attempt.error };
    }
    const delay = Math.min(BACKOFF_CAP_MS, Math.max(retryDelayMs(attempts), attempt.retryAfterMs ?? 0));
    const next = new Date(now.getTime() + delay).toISOString();
    db.prepare(`UPDATE signup_forwards SET attempts = ?, next_attempt_at = ?, last_error = ? ${where}`)
      .run(attempts, next, attempt.error, row.signup_id, row.destination);
    log.warn('signup forward will be retried', { ...base, attempts, error: attempt.error, retryInS: Math.round(delay / 1000) });
    return { ...base, result: 'retry', error: attempt.error };
  }

  /** One HTTP attempt. Errors name the status or the network failure only: response bodies may echo personal data. */
  private async send(destination: Destination, record: SignupRecord): Promise<Attempt> {
    const { url, init } = destination.request(record, this.deps.now());
    let res: Response;
    try {
      res = await this.deps.fetch(url, {
        ...init,
        // A redirect would turn the POST into a GET that may well answer 200: treat it as a wrong URL instead.
        redirect: 'manual',
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(TIMEOUT_MS)]),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const error = e.name === 'TimeoutError' ? 'timeout' : `network: ${e.cause?.code ?? e.name}`;
      return { ok: false, permanent: false, error };
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) return { ok: true };
    const error = `HTTP ${res.status}`;
    if (isRetryableStatus(res.status)) {
      const after = parseRetryAfter(res.headers.get('retry-after'), this.deps.now().getTime());
      return { ok: false, permanent: false, error, ...(after !== undefined ? { retryAfterMs: after } : {}) };
    }
    // Other 4xx (bad key, rejected data) and 3xx (moved URL) will not heal by themselves.
    return { ok: false, permanent: true, error };
  }
}

/** Puts permanently failed rows back in the queue (e.g. after fixing an API key). Returns how many. */
export function requeueFailed(db: Db, now: Date, destination?: string): number {
  const sql = `UPDATE signup_forwards SET failed_at = NULL, attempts = 0, next_attempt_at = ?
    WHERE failed_at IS NOT NULL AND forwarded_at IS NULL${destination ? ' AND destination = ?' : ''}`;
  const params = destination ? [now.toISOString(), destination] : [now.toISOString()];
  return db.prepare(sql).run(...params).changes;
}
