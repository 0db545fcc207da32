/**
 * The one way an element uses the visitor's device queue (core/device-queue.ts): it keeps the element's replay
 * connected to the backend it talks to now (reconnecting when that changes or the element is moved), stops it when
 * the element leaves the page, and submits writes of the element's kind to that backend.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  newIdempotencyKey,
  queuedItems,
  replayQueued,
  retryNow,
  submitOrQueue,
  type QueuedWrite,
  type ReplayListener,
  type Send,
  type SubmitOutcome,
} from './device-queue.js';
import { WidgetError } from './errors.js';
import { NO_BACKEND } from './status.js';

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
    this.stopReplay?.();
    this.stopReplay = undefined;
    this.connectedRef = undefined;
  }

  /** Sends what this device still holds for the current backend, and keeps retrying it, unless already doing so. */
  connect(): void {
    const ref = this.deps.backendRef();
    if (ref === this.connectedRef && (!ref || this.stopReplay)) return;
    this.stopReplay?.();
    this.stopReplay = undefined;
    this.connectedRef = ref;
    if (!ref || !this.hostIsConnected) return;
    this.stopReplay = replayQueued<P, R>(this.deps.kind, ref, this.deps.send, this.deps);
    this.deps.onConnect?.(ref);
  }

  /** Stores and sends one write; `key` stays the same across a visitor's retries of one submission. */
  async submit(payload: P, key: string = newIdempotencyKey()): Promise<SubmitOutcome<R>> {
    this.connect();
    const backendRef = this.connectedRef;
    if (!backendRef) throw new WidgetError('config', NO_BACKEND, { field: 'backend' });
    return submitOrQueue({ kind: this.deps.kind, key, backendRef, payload, send: this.deps.send });
  }

  /** Tries the stored writes now (a visitor pressed "try again"). */
  retryNow(): void {
    if (this.connectedRef) retryNow(this.deps.kind, this.connectedRef);
  }

  /** The writes still waiting to be confirmed for the current backend. */
  async queued(): Promise<QueuedWrite<P>[]> {
    return this.connectedRef ? queuedItems<P>(this.deps.kind, this.connectedRef) : [];
  }
}
