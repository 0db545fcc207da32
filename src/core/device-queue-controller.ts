/**
 * The one way an element uses the visitor's device queue (core/device-queue.ts): it keeps the element's replay
 * connected to the backend it talks to now (reconnecting when that changes or the element is moved), stops it when
 * the element leaves the page, and submits writes of the element's kind to that backend.
 *
 * The queue's code (storage, sending) is a chunk of its own, loaded only when it has work: a write pending on this
 * device (core/device-queue-hint.ts) or a submit. A visitor who just reads the page never downloads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as QueueModule from './device-queue.js';
import type { QueuedWrite, ReplayListener, Send, SubmitOutcome } from './device-queue.js';
import { mayHoldWrites } from './device-queue-hint.js';
import { newIdempotencyKey } from './device-queue-keys.js';
import { WidgetError } from './errors.js';
import { NO_BACKEND } from './status.js';

type Queue = typeof QueueModule;
let loading: Promise<Queue> | undefined;
let loaded: Queue | undefined;
/**
 * The queue's code, loaded once per page. A load that fails (the connection dropped) is tried again next time; a
 * submit that cannot load it fails as `offline`, so the form keeps what the visitor typed and says why.
 */
const loadQueue = (): Promise<Queue> =>
  (loading ??= import('./device-queue.js').then(
    (q) => (loaded = q),
    (error: unknown) => {
      loading = undefined;
      throw new WidgetError('offline', `the device queue's code could not be loaded: ${String(error)}`);
    },
  ));

export interface DeviceQueueDeps<P, R> extends ReplayListener<P, R> {
  /** Separates this element's writes from other widgets' (`signup`, `rsvp`). */
  kind: string;
  /** Performs one write with its idempotency key; throws a WidgetError on failure. */
  send: Send<P, R>;
  /** Which backend writes go to now (`backendRefOf`), or undefined when there is none. */
  backendRef: () => string | undefined;
  /**
   * `true`: replay as soon as the element has a backend (a form always on screen). `false`: only once `connect()`
   * is called (a list that shows a form only for some of its items).
   */
  eager: boolean;
  /** Replay (re)started for `backendRef`. */
  onConnect?: (backendRef: string) => void;
}

export class DeviceQueueController<P, R> implements ReactiveController {
  private stopReplay: (() => void) | undefined;
  private connectedRef: string | undefined;
  private hostIsConnected = false;
  /** Connected to `connectedRef` (its replay runs, or starts once a write is pending). */
  private live = false;
  /** Bumped at every (re)connection, so a replay whose code arrives after the element moved on does not start. */
  private connection = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: DeviceQueueDeps<P, R>,
  ) {
    host.addController(this);
  }

  /** The backend the queue replays to, once connected. */
  get backendRef(): string | undefined {
    return this.connectedRef;
  }

  hostConnected(): void {
    this.hostIsConnected = true;
    // Reconnect after being moved or re-inserted.
    if (this.deps.eager) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.deps.eager) this.connect();
  }

  hostDisconnected(): void {
    this.hostIsConnected = false;
    this.disconnectReplay();
    this.connectedRef = undefined;
  }

  /** Sends what this device still holds for the current backend, and keeps retrying it, unless already doing so. */
  connect(): void {
    const ref = this.deps.backendRef();
    if (ref === this.connectedRef && (!ref || this.live)) return;
    this.disconnectReplay();
    this.connectedRef = ref;
    if (!ref || !this.hostIsConnected) return;
    this.live = true;
    if (mayHoldWrites()) void this.replay();
    this.deps.onConnect?.(ref);
  }

  /**
   * Loads the queue's code ahead of a submit (the visitor started filling a form), so a submit made after the
   * connection dropped can still save the write on the device.
   */
  prepare(): void {
    loadQueue().catch(() => undefined);
  }

  /** Stores and sends one write; `key` stays the same across a visitor's retries of one submission. */
  async submit(payload: P, key: string = newIdempotencyKey()): Promise<SubmitOutcome<R>> {
    this.connect();
    const backendRef = this.connectedRef;
    if (!backendRef) throw new WidgetError('config', NO_BACKEND, { field: 'backend' });
    // The replay runs before the write is stored, so a write that fails is retried by it.
    const queue = await this.replay();
    return queue.submitOrQueue({ kind: this.deps.kind, key, backendRef, payload, send: this.deps.send });
  }

  /** Tries the stored writes now (a visitor pressed "try again"). */
  retryNow(): void {
    if (this.connectedRef) loaded?.retryNow(this.deps.kind, this.connectedRef);
  }

  /** The writes still waiting to be confirmed for the current backend. */
  async queued(): Promise<QueuedWrite<P>[]> {
    const ref = this.connectedRef;
    if (!ref || (!loaded && !mayHoldWrites())) return [];
    return (await loadQueue()).queuedItems<P>(this.deps.kind, ref);
  }

  /** Starts the replay for the connected backend (loading the queue's code), unless it runs already. */
  private async replay(): Promise<Queue> {
    const connection = this.connection;
    const queue = await loadQueue();
    const ref = this.connectedRef;
    if (connection === this.connection && ref && this.live && !this.stopReplay) {
      this.stopReplay = queue.replayQueued<P, R>(this.deps.kind, ref, this.deps.send, this.deps);
    }
    return queue;
  }

  private disconnectReplay(): void {
    this.connection++;
    this.live = false;
    this.stopReplay?.();
    this.stopReplay = undefined;
  }
}
