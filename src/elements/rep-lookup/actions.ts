/**
 * What a visitor can do with a card: call and write. Owns both flows and the device queue their outcomes go
 * through, so the element only says where outcomes are sent and renders what this gives it.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { WidgetError } from '../../core/errors.js';
import { CallFlow, type Recorded } from './call-flow.js';
import type { T } from './format.js';
import { PENDING_WRITES_KEY } from '../../core/tags.js';
import type { OutcomeQueue, OutcomeQueueDeps } from './outcome-queue.js';
import type { Handoff, LetterOverrides } from '../../shared/schemas/letters.js';
import type { Target } from './target.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { ScriptKind } from './scripts.js';
import { WriteFlow, type WriteSettings } from './write-flow.js';

function pendingHint(): boolean {
  try {
    return globalThis.localStorage?.getItem(PENDING_WRITES_KEY) !== null;
  } catch {
    return false;
  }
}

interface LetterInput {
  letters: string | LetterOverrides | undefined;
  handoff: string | Handoff | undefined;
}

export interface ActionsDeps extends OutcomeQueueDeps {
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

  constructor(
    private readonly host: ReactiveElement,
    deps: ActionsDeps,
  ) {
    const source = () => {
      const s = deps.source();
      return s ? { source: s } : {};
    };
    const outcomes = () => (this.outcomes ??= import('./outcome-queue.js').then((m) => new m.OutcomeQueue(host, deps)));
    // Writes an earlier visit left on this device are sent as soon as the element has a backend.
    host.addController({
      hostUpdated: () => {
        if (!this.outcomes && deps.backend() && pendingHint()) void outcomes();
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
      settled: () => this.lettersRead,
    });
    this.script = deps.script;
  }

  private readonly script: ActionsDeps['script'];

  /** Problems of the `letters` and `handoff` settings, shown like the others. */
  letterProblems: WidgetError[] = [];
  private letters: LetterOverrides = {};
  private handoff: Handoff = {};
  private reads = 0;
  private lettersRead: Promise<unknown> = Promise.resolve();

  /** `letters` and `handoff`, read with their schemas only when one is set; a later call supersedes this one. */
  readLetterSettings(letters: LetterInput['letters'], handoff: LetterInput['handoff']): Promise<WidgetError[]> {
    const read = this.readLetters(letters, handoff);
    this.lettersRead = read;
    return read;
  }

  private async readLetters(letters: LetterInput['letters'], handoff: LetterInput['handoff']): Promise<WidgetError[]> {
    const read = ++this.reads;
    const parse = letters || handoff ? (await import('./letter-settings.js')).readLetterSettings : undefined;
    if (read !== this.reads) return [];
    const settings = parse?.({ letters, handoff }) ?? { letters: {}, handoff: {}, problems: [] };
    this.letters = settings.letters;
    this.handoff = settings.handoff;
    this.letterProblems = settings.problems;
    this.host.requestUpdate();
    return settings.problems;
  }

  /** What the write flow needs, with the partner's letters and hand-off. */
  settings(base: Omit<WriteSettings, 'letters' | 'handoff'>): WriteSettings {
    return { ...base, letters: this.letters, handoff: this.handoff };
  }

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
