/**
 * Call and write outcomes go through the visitor's device queue (core/device-queue.ts), like signups: stored before
 * they are sent, sent again with the same key until the backend answers, so an offline visitor's "I sent it" is
 * counted later, exactly once. This module and the queue are imported only when an outcome is reported, or when the
 * loader's hint says this device still holds writes from an earlier visit (actions.ts), so the lookup page does not
 * load them at start.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as DeviceQueue from '../../core/device-queue.js';
import type { CallOutcome } from '../../shared/schemas/representative.js';
import type { WriteOutcome } from '../../shared/schemas/letters.js';
import type { Backend } from '../../core/backend.js';
import { WidgetError, toWidgetError } from '../../core/errors.js';
import { NO_BACKEND } from '../../core/status.js';

export interface OutcomePayloads {
  'call-outcome': CallOutcome;
  'write-outcome': WriteOutcome;
}
export type OutcomeKind = keyof OutcomePayloads;
const KINDS: readonly OutcomeKind[] = ['call-outcome', 'write-outcome'];

/** `counted`: the backend stored it; `uncounted`: it cannot store outcomes (a static site); `queued`: kept on the device. */
export type Delivery = 'counted' | 'uncounted' | 'queued';

export interface OutcomeQueueDeps {
  /** The backend outcomes go to now, or undefined when there is none. */
  backend: () => { name: string; config: object } | undefined;
  /** Posts through the element's backend call (validated against the contract's Receipt). */
  post: (
    method: 'recordCallOutcome' | 'recordWriteOutcome',
    invoke: (backend: Backend, signal: AbortSignal) => Promise<unknown> | undefined,
  ) => Promise<unknown>;
}

type Senders = { [K in OutcomeKind]: (payload: OutcomePayloads[K], key: string) => Promise<boolean> };

type Queue = typeof DeviceQueue;

export class OutcomeQueue implements ReactiveController {
  private queue: Promise<Queue> | undefined;
  private ref: string | undefined;
  private stops: (() => void)[] = [];
  private connected = false;
  private readonly send: Senders;

  /** Added when first needed (actions.ts): the element is connected by then, and replay starts at once. */
  constructor(
    host: ReactiveControllerHost,
    private readonly deps: OutcomeQueueDeps,
  ) {
    const { post } = deps;
    this.send = {
      'call-outcome': (payload, key) =>
        storedBy(post('recordCallOutcome', (b, s) => b.recordCallOutcome?.(payload, opts(s, key)))),
      'write-outcome': (payload, key) =>
        storedBy(post('recordWriteOutcome', (b, s) => b.recordWriteOutcome?.(payload, opts(s, key)))),
    };
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    void this.replay();
  }

  hostUpdated(): void {
    if (!this.ref && this.deps.backend()) void this.replay();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /** Stores and sends one outcome; `key` stays the same across the visitor's retries of one report. */
  async submit<K extends OutcomeKind>(kind: K, payload: OutcomePayloads[K], key: string): Promise<Delivery> {
    const ref = await this.replay();
    if (!ref) throw new WidgetError('config', NO_BACKEND, { field: 'backend' });
    const q = await this.load();
    const send = this.send[kind] as (p: OutcomePayloads[K], k: string) => Promise<boolean>;
    const outcome = await q.submitOrQueue({ kind, key, backendRef: ref, payload, send });
    if (outcome.status === 'rejected') throw outcome.error;
    if (outcome.status === 'queued') return 'queued';
    return outcome.result ? 'counted' : 'uncounted';
  }

  private load(): Promise<Queue> {
    return (this.queue ??= import('../../core/device-queue.js'));
  }

  /** Keeps both kinds replaying to the current backend (what earlier visits or a failed send left behind). */
  private async replay(): Promise<string | undefined> {
    const backend = this.deps.backend();
    if (!backend) return undefined;
    const q = await this.load();
    const ref = q.backendRefOf(backend.name, backend.config);
    if (ref === this.ref || !this.connected) return ref;
    this.stop();
    this.ref = ref;
    this.stops = KINDS.map((kind) =>
      q.replayQueued(kind, ref, this.send[kind] as (p: unknown, k: string) => Promise<boolean>),
    );
    return ref;
  }

  private stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.ref = undefined;
  }
}

/** Whether the backend stored an outcome: one without the method (a static site) counts nothing, and says so. */
async function storedBy(post: Promise<unknown>): Promise<boolean> {
  try {
    await post;
    return true;
  } catch (err) {
    const e = toWidgetError(err);
    if (e.kind === 'unsupported') return false;
    throw e;
  }
}

const opts = (signal: AbortSignal, idempotencyKey: string) => ({ signal, idempotencyKey });
