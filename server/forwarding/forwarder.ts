/**
 * Signup forwarding: a persistent queue in the database. Every stored signup has one `signup_forwards` row per
 * destination; the forwarder sends the due ones, marks a row forwarded only after a 2xx, retries network errors,
 * timeouts, 408/425/429 and 5xx with capped exponential backoff and jitter, and records other 4xx answers as
 * permanent failures (an organizer can requeue them once the cause is fixed).
 *
 * Several instances may work one queue. A row is claimed before it is sent: its due time is pushed past a lease and
 * the claimant named in `leased_by`, in one statement that on PostgreSQL skips rows another instance has locked
 * (`FOR UPDATE SKIP LOCKED`) and on SQLite runs under the file's one writer. An instance that dies mid-send leaves
 * the row to be retried by any instance once the lease runs out; one that stops cleanly finishes its sends and gives
 * its other leases back at once. The webhook's Idempotency-Key (the signup id) lets a receiver drop the one repeat a
 * crash between its 2xx and our mark can cause.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../deps.js';
import { transaction, type Db } from '../db/index.js';
import { destinationsFor, type Destination } from './destinations.js';
import { signupSettings } from '../signups/settings.js';
import { signupStore, type SignupRecord } from '../signups/store.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from 'm4a-widgets/shared/retry.js';

const BATCH = 50;
const PARALLEL = 4;
const TIMEOUT_MS = 10_000;
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_CAP_MS = 60 * 60_000;

/** Delay before attempt `attempts + 1`: doubling from 10 s, capped at 1 h, with the upper half randomized. */
export function retryDelayMs(attempts: number, random: () => number = Math.random, baseMs = BACKOFF_BASE_MS): number {
  return Math.round(backoffDelay(attempts, { baseMs, maxMs: BACKOFF_CAP_MS, random }));
}

const listeners = new WeakMap<Db, Set<() => void>>();

/** Tells the forwarder working on this database in this process that a signup was just queued. */
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
}

type Attempt = { ok: true } | { ok: false; permanent: boolean; error: string; retryAfterMs?: number };

export class SignupForwarder {
  private readonly byName: Map<string, Destination>;
  private readonly abort = new AbortController();
  /** This forwarder's name in `leased_by`. */
  readonly holder = randomUUID();
  private readonly leaseMs: number;
  private readonly backoffBaseMs: number;
  private running: Promise<ForwardOutcome[]> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: AppDeps,
    destinations: Destination[] = destinationsFor(signupSettings(deps.config)),
  ) {
    this.byName = new Map(destinations.map((d) => [d.name, d]));
    const settings = signupSettings(deps.config);
    this.leaseMs = settings.forwardLeaseMs;
    this.backoffBaseMs = settings.forwardBackoffBaseMs;
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
        for (let batch = await this.claim(); batch.length > 0; batch = await this.claim()) {
          for (let i = 0; i < batch.length && !this.stopped; i += PARALLEL) {
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

  /**
   * Runs now, every `forwardIntervalMs`, and whenever a signup is announced. The returned stop function lets the
   * sends under way finish, then gives back the leases on rows claimed but not sent; it settles when both are done.
   */
  start(intervalMs = signupSettings(this.deps.config).forwardIntervalMs): () => Promise<void> {
    if (!this.hasDestinations) return () => Promise.resolve();
    const tick = () => {
      if (this.stopped) return;
      this.run().catch((err: Error) => this.deps.log.error('signup forwarding failed', { error: err.message }));
    };
    const unsubscribe = onNewSignup(this.deps.database, () => setImmediate(tick));
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
    return async () => {
      this.stopped = true;
      unsubscribe();
      clearInterval(timer);
      await this.running?.catch(() => undefined);
      const released = await this.release();
      if (released > 0) this.deps.log.info('signup forward leases given back', { count: released });
    };
  }

  /** Cancels sends in flight (a shutdown out of time); their rows are retried once their lease runs out. */
  abortSends(): void {
    this.abort.abort();
  }

  /** Makes the rows this forwarder claimed and did not finish due again now, for any instance. */
  async release(): Promise<number> {
    const result = await this.deps.database.kysely
      .updateTable('signup_forwards')
      .set({ next_attempt_at: this.deps.now().toISOString(), leased_by: null })
      .where('leased_by', '=', this.holder)
      .where('forwarded_at', 'is', null)
      .where('failed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Takes up to one batch of due rows, pushing their due time past the lease so no other worker takes them. */
  private async claim(): Promise<DueRow[]> {
    const names = [...this.byName.keys()];
    if (names.length === 0 || this.stopped) return [];
    const db = this.deps.database;
    const now = this.deps.now();
    const lease = new Date(now.getTime() + this.leaseMs).toISOString();
    return transaction(db, async (trx) => {
      const due = trx
        .selectFrom('signup_forwards')
        .select(['signup_id', 'destination'])
        .where('forwarded_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', now.toISOString())
        .where('destination', 'in', names)
        // An organizer paused the destination (the console): its rows wait, kept, until it is resumed.
        .where('destination', 'not in', trx.selectFrom('forward_pauses').select('destination'))
        .orderBy('next_attempt_at')
        .limit(BATCH)
        .$if(db.engine === 'postgres', (q) => q.forUpdate().skipLocked());
      return trx
        .updateTable('signup_forwards')
        .set({ next_attempt_at: lease, leased_by: this.holder })
        .where(sql<boolean>`(signup_id, destination) IN (${due})`)
        .returning(['signup_id', 'destination', 'attempts'])
        .execute();
    });
  }

  private async forward(row: DueRow): Promise<ForwardOutcome> {
    const { database: db, log } = this.deps;
    const destination = this.byName.get(row.destination)!;
    const record = await signupStore(db).get(row.signup_id);
    const attempt: Attempt = record
      ? await this.send(destination, record)
      : { ok: false, permanent: true, error: 'signup no longer stored' };
    const base = { signupId: row.signup_id, destination: row.destination };
    const now = this.deps.now();
    const attempts = row.attempts + 1;
    const update = (values: {
      next_attempt_at?: string;
      forwarded_at?: string;
      failed_at?: string;
      last_error: string | null;
    }) =>
      db.kysely
        .updateTable('signup_forwards')
        .set({ ...values, attempts, leased_by: null })
        .where('signup_id', '=', row.signup_id)
        .where('destination', '=', row.destination)
        .execute();
    if (attempt.ok) {
      await update({ forwarded_at: now.toISOString(), last_error: null });
      log.info('signup forwarded', { ...base, attempts });
      return { ...base, result: 'forwarded' };
    }
    if (attempt.permanent) {
      await update({ failed_at: now.toISOString(), last_error: attempt.error });
      log.error('signup forward refused', { ...base, attempts, error: attempt.error });
      return { ...base, result: 'failed', error: attempt.error };
    }
    const delay = Math.min(
      BACKOFF_CAP_MS,
      Math.max(retryDelayMs(attempts, Math.random, this.backoffBaseMs), attempt.retryAfterMs ?? 0),
    );
    await update({ next_attempt_at: new Date(now.getTime() + delay).toISOString(), last_error: attempt.error });
    log.warn('signup forward will be retried', {
      ...base,
      attempts,
      error: attempt.error,
      retryInS: Math.round(delay / 1000),
    });
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
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(Math.min(TIMEOUT_MS, this.leaseMs / 2))]),
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
export async function requeueFailed(db: Db, now: Date, destination?: string): Promise<number> {
  const result = await db.kysely
    .updateTable('signup_forwards')
    .set({ failed_at: null, attempts: 0, next_attempt_at: now.toISOString() })
    .where('failed_at', 'is not', null)
    .where('forwarded_at', 'is', null)
    .$if(destination !== undefined, (q) => q.where('destination', '=', destination!))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
