/**
 * What a visitor can do with a card: call and write. Owns both flows and the device queue their outcomes go
 * through, so the element only says where outcomes are sent and renders what this gives it.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { WidgetError } from '../../core/errors.js';
import { CallFlow, type Recorded } from './call-flow.js';
import type { T } from './format.js';
import { pendingWrites } from './pending.js';
import type { OutcomeQueue, OutcomeQueueDeps } from './outcome-queue.js';
import type { Target } from './target.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { ScriptKind } from './scripts.js';
import { WriteFlow, type WriteSettings } from './write-flow.js';

export interface ActionsDeps extends OutcomeQueueDeps {
  /** Settles once the partner's letters are read (letter-config.ts). */
  settled: () => Promise<unknown>;
  /** The campaign slug stored with outcomes, if any. */
  source: () => string | undefined;
  script: (t: T, target: Target, visitorName: string, defaults: (kind: ScriptKind) => string) => string;
  onCallRecorded: (r: Recorded) => void;
  onFailed: (error: WidgetError) => void;
}

export class LookupActions {
  private outcomes: Promise<OutcomeQueue> | undefined;
  private readonly calls: CallFlow;
  private readonly writes: WriteFlow;

  constructor(host: ReactiveElement, deps: ActionsDeps) {
    const source = () => {
      const s = deps.source();
      return s ? { source: s } : {};
    };
    const outcomes = () => (this.outcomes ??= import('./outcome-queue.js').then((m) => new m.OutcomeQueue(host, deps)));
    // Writes an earlier visit left on this device are sent as soon as the element has a backend.
    host.addController({
      hostUpdated: () => {
        if (!this.outcomes && deps.backend() && pendingWrites()) void outcomes();
      },
    });
    this.calls = new CallFlow(host, {
      record: (legislatorId, outcome, key) =>
        outcomes().then((q) => q.submit('call-outcome', { legislatorId, outcome, ...source() }, key)),
      onRecorded: deps.onCallRecorded,
      onFailed: deps.onFailed,
      onOpen: () => this.writes.reset(),
    });
    this.writes = new WriteFlow(host, {
      record: (targetId, outcome, channel, key) =>
        outcomes().then((q) => q.submit('write-outcome', { targetId, outcome, channel, ...source() }, key)),
      onFailed: deps.onFailed,
      onOpen: () => this.calls.reset(),
      settled: deps.settled,
    });
    this.script = deps.script;
  }

  private readonly script: ActionsDeps['script'];

  /** An answer shows: the call panel's chunk loads now, before a Call button is pressed. */
  answered(lang: Lang): void {
    void this.calls.load(lang);
  }

  /** A new answer: nothing is open any more (what was reported stays marked on the cards). */
  reset(): void {
    this.calls.reset();
    this.writes.reset();
  }

  /** A card's Call and Write buttons with their marks, and whichever panel is open; `calls`: who can be called, in order. */
  card(t: T, target: Target, level: number, c: { calls: readonly Target[]; write: boolean; settings: WriteSettings }) {
    const call = c.calls.some((x) => x.id === target.id)
      ? this.calls.render(t, c.settings.lang, target, level, c.calls, (x, n, d) => this.script(t, x, n, d))
      : undefined;
    const write = c.write ? this.writes.render(t, target, level, c.settings) : undefined;
    if (!call && !write) return nothing;
    return html`<div class="call-row">${call?.button} ${write?.button}</div>
      ${call?.panel} ${write?.panel}`;
  }

  /** The open letter for print media: outside the cards, so the print stylesheet can hide everything else. */
  print(t: T, targets: readonly Target[], s: WriteSettings): TemplateResult | typeof nothing {
    const id = this.writes.active?.id;
    const target = id ? targets.find((x) => x.id === id) : undefined;
    return target ? this.writes.printView(t, target, s) : nothing;
  }
}
