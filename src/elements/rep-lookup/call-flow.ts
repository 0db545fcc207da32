/**
 * The call flow, kept out of the element: which call is open, what each one ended with, the caller's name (kept in memory for
 * the scripts, never sent), and posting outcomes through a `@lit/task` with one idempotency key per call.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { toWidgetError, type WidgetError } from '../../core/errors.js';
import type { CallOutcomeKind } from '../../shared/schemas/representative.js';
import type { Target } from './target.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { ScriptKind } from './scripts.js';
import type * as CallPanelModule from './call-panel.js';
import type { CallStep } from './call-panel.js';
import { M4aCallOutcomeEvent } from './dom-events.js';
import { newIdempotencyKey, type T } from './format.js';
import { domId } from './legislator-card.js';
import type { Delivery } from './outcome-queue.js';

interface ActiveCall {
  id: string;
  /** One key per call, kept across retries so the backend counts it once. */
  key: string;
  step: CallStep;
  pending?: CallOutcomeKind;
  error?: WidgetError;
}

export interface Recorded {
  legislatorId: string;
  outcome: CallOutcomeKind;
  /** `uncounted` when the backend cannot store outcomes (a static site): the visitor still goes through the list. */
  delivery: Delivery;
}

export interface CallFlowOptions {
  /** Reports one outcome (through the device queue); resolves to how it was delivered. */
  record: (legislatorId: string, outcome: CallOutcomeKind, key: string) => Promise<Delivery>;
  onRecorded: (r: Recorded) => void;
  onFailed: (error: WidgetError) => void;
  /** A call opened: the element closes an open letter. */
  onOpen: () => void;
}

export class CallFlow {
  private active: ActiveCall | undefined;
  private recorded = new Map<string, Recorded>();
  private visitorName = '';
  private panel: typeof CallPanelModule | undefined;
  private pending: Promise<void> | undefined;
  private readonly outcome: Task<readonly [string, CallOutcomeKind, string], Recorded>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: CallFlowOptions,
  ) {
    this.outcome = new Task<readonly [string, CallOutcomeKind, string], Recorded>(host, {
      autoRun: false,
      task: async ([legislatorId, outcome, key]) => ({
        legislatorId,
        outcome,
        delivery: await options.record(legislatorId, outcome, key),
      }),
      onComplete: (r) => void this.done(r),
      onError: (e) => this.failed(toWidgetError(e)),
    });
  }

  /** A new answer: nothing is open any more (what was reported stays, marked on the cards). */
  reset(): void {
    this.active = undefined;
    this.host.requestUpdate();
  }

  /** The Call button with its "done" mark, and the panel when this legislator's call is open. */
  render(
    t: T,
    lang: Lang,
    l: Target,
    level: number,
    queue: readonly Target[],
    script: (l: Target, visitorName: string, defaults: (kind: ScriptKind) => string) => string,
  ): { button: TemplateResult; panel: TemplateResult } {
    const done = this.recorded.get(l.id);
    const active = this.active?.id === l.id ? this.active : undefined;
    const panelId = domId('panel', l.id);
    const button = html`<button
          class="button"
          part="button call"
          type="button"
          aria-expanded=${active ? 'true' : 'false'}
          aria-controls=${panelId}
          aria-label=${t('card.call-label', { name: l.name })}
          @click=${() => (active ? this.close() : this.open(l, lang))}
        >
          <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              fill="currentColor"
              d="M3.6 1.5l2.1-.4 1.3 3.2-1.5 1.1a8 8 0 0 0 3.9 3.9l1.1-1.5 3.2 1.3-.4 2.1c-.2.9-1 1.5-1.9 1.4A11.5 11.5 0 0 1 2.1 3.4c-.1-.9.5-1.7 1.5-1.9z"
            />
          </svg>
          ${t('card.call')}
        </button>
        ${done ? html`<span class="done-mark" part="done">✓ ${t(`outcome.${done.outcome}`)}</span>` : nothing}`;
    const panel = html`<div id=${panelId}>
        ${
          active
            ? this.panel?.ready(lang)
              ? this.panel.callPanel({
                  t,
                  lang,
                  legislator: l,
                  level,
                  script: (defaults) => script(l, this.visitorName, defaults),
                  visitorName: this.visitorName,
                  step: active.step,
                  error: active.error,
                  done,
                  next: this.nextAfter(l, queue),
                  onName: (v) => {
                    this.visitorName = v;
                    this.host.requestUpdate();
                  },
                  onOutcome: (o) => this.report(o),
                  onRetry: () => active.pending && this.report(active.pending),
                  onNext: () => {
                    const next = this.nextAfter(l, queue);
                    if (next) void this.open(next, lang);
                  },
                  onClose: () => void this.close(),
                })
              : this.loading(t, lang)
            : nothing
        }
      </div>`;
    return { button, panel };
  }

  /** The next legislator in the list not called yet, wrapping around. */
  private nextAfter(l: Target, queue: readonly Target[]): Target | undefined {
    const i = queue.findIndex((x) => x.id === l.id);
    return [...queue.slice(i + 1), ...queue.slice(0, i)].find((x) => !this.recorded.has(x.id));
  }

  /** "Opening…" while the panel's chunk and strings load (again after the visitor switches language). */
  private loading(t: T, lang: Lang): TemplateResult {
    void this.load(lang);
    return html`<p class="status" role="status">${t('call.loading')}</p>`;
  }

  /**
   * The panel is its own chunk: the lookup page does not carry it at start. The element asks for it once an answer
   * shows (`load`), so a Call button pressed after that opens at once.
   */
  load(lang: Lang): Promise<void> {
    if (this.panel?.ready(lang)) return Promise.resolve();
    return (this.pending ??= this.fetchPanel(lang).finally(() => (this.pending = undefined)));
  }

  private async fetchPanel(lang: Lang): Promise<void> {
    try {
      const panel = await import('./call-panel.js');
      await panel.prepare(lang);
      this.panel = panel;
    } catch (err) {
      this.options.onFailed(toWidgetError(err));
    } finally {
      this.host.requestUpdate();
    }
  }

  private async open(l: Target, lang: Lang): Promise<void> {
    this.options.onOpen();
    this.active = { id: l.id, key: newIdempotencyKey(), step: 'script' };
    await this.load(lang);
    await this.focusAfterUpdate(`#${domId('call', l.id)}`);
  }

  private async close(): Promise<void> {
    const id = this.active?.id;
    this.active = undefined;
    if (id) await this.focusAfterUpdate(`[data-id="${CSS.escape(id)}"] [part~="call"]`);
  }

  private report(outcome: CallOutcomeKind): void {
    const active = this.active;
    if (!active || active.step === 'saving') return;
    this.active = { id: active.id, key: active.key, step: 'saving', pending: outcome };
    this.host.requestUpdate();
    void this.outcome.run([active.id, outcome, active.key]);
  }

  private async done(r: Recorded): Promise<void> {
    this.recorded.set(r.legislatorId, r);
    if (this.active?.id === r.legislatorId) this.active = { ...this.active, step: 'done' };
    this.host.dispatchEvent(new M4aCallOutcomeEvent({ legislatorId: r.legislatorId, outcome: r.outcome }));
    this.options.onRecorded(r);
    await this.focusAfterUpdate('.thanks');
  }

  private failed(error: WidgetError): void {
    this.options.onFailed(error);
    if (this.active?.step === 'saving') this.active = { ...this.active, step: 'error', error };
    this.host.requestUpdate();
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
