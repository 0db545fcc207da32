/**
 * The write flow, kept out of the element: which letter is open, the visitor's draft (name, address, their own
 * sentence: kept in memory for the letter, never sent), what each letter ended with, and reporting outcomes with one
 * idempotency key per letter. Everything else of it (compose panel, templates, channels, print view, PDF) is the lazy
 * chunk write-panel.ts, loaded when a Write button is first pressed.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { toWidgetError, type WidgetError } from '../../core/errors.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { WriteChannel, WriteOutcomeKind } from '../../shared/schemas/letters.js';
import { M4aWriteOutcomeEvent } from './dom-events.js';
import { newIdempotencyKey, type T } from './format.js';
import { domId } from './legislator-card.js';
import type { Delivery } from './outcome-queue.js';
import type { Target } from './target.js';
import type * as PanelModule from './write-panel.js';
import type { ActiveWrite, Draft, WriteSettings, Written } from './write-types.js';

export type { WriteSettings } from './write-types.js';

type Panel = typeof PanelModule;

export interface WriteFlowOptions {
  record: (targetId: string, outcome: WriteOutcomeKind, channel: WriteChannel, key: string) => Promise<Delivery>;
  onFailed: (error: WidgetError) => void;
  /** A letter opened: the element closes an open call. */
  onOpen: () => void;
  /** Settles once the partner's `letters` and `handoff` are read, so a letter never opens with the wrong ones. */
  settled: () => Promise<unknown>;
}

export class WriteFlow {
  active: ActiveWrite | undefined;
  readonly draft: Draft = { name: '', address: '', personal: '' };
  private readonly written = new Map<string, Written>();
  private panel: Panel | undefined;
  private loading = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: WriteFlowOptions,
  ) {}

  reset(): void {
    this.active = undefined;
    this.host.requestUpdate();
  }

  /** The Write button with its "sent" mark, and the compose panel when this target's letter is open. */
  render(t: T, target: Target, level: number, s: WriteSettings): { button: TemplateResult; panel: TemplateResult } {
    const active = this.active?.id === target.id ? this.active : undefined;
    const done = this.written.get(target.id);
    const panelId = domId('write-panel', target.id);
    const button = html`<button
        class="button secondary"
        part="button write"
        type="button"
        aria-expanded=${active ? 'true' : 'false'}
        aria-controls=${panelId}
        aria-label=${t('card.write-label', { name: target.name })}
        @click=${() => (active ? this.close() : this.open(target, s.lang))}
      >
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path fill="none" stroke="currentColor" stroke-width="1.6" d="M1.8 3.5h12.4v9H1.8zM2 4l6 5 6-5" />
        </svg>
        ${t('card.write')}
      </button>
      ${done?.outcome === 'sent' ? html`<span class="done-mark" part="done">✓ ${t('card.written')}</span>` : nothing}`;
    let body: TemplateResult | typeof nothing = nothing;
    if (active && this.panel?.ready(s.lang)) {
      body = this.panel.writePanel({
        t,
        target,
        level,
        settings: s,
        draft: this.draft,
        active,
        done,
        update: () => this.host.requestUpdate(),
        focus: (selector) => void this.focus(selector),
        onChannel: (channel) => (active.channel = channel),
        onOutcome: (o) => this.report(o),
        onClose: () => void this.close(),
      });
    } else if (active) {
      void this.load(s.lang);
      body = html`<p class="status" role="status">${t('write.loading')}</p>`;
    }
    return { button, panel: html`<div id=${panelId}>${body}</div>` };
  }

  /** The letter as it prints: outside every card, so the print stylesheet can hide all the widget's chrome. */
  printView(t: T, target: Target | undefined, s: WriteSettings): TemplateResult | typeof nothing {
    if (!target || !this.active || !this.panel?.ready(s.lang)) return nothing;
    return this.panel.printLetter({ t, target, settings: s, draft: this.draft });
  }

  private async open(target: Target, lang: Lang): Promise<void> {
    this.options.onOpen();
    this.active = { id: target.id, key: newIdempotencyKey(), step: 'compose', view: {} };
    this.host.requestUpdate();
    await this.load(lang);
    await this.focus(`#${domId('write', target.id)}`);
  }

  /** The panel's chunk, with its strings and letters in `lang` (again when the visitor switches language). */
  private async load(lang: Lang): Promise<void> {
    if (this.panel?.ready(lang) || this.loading) return;
    this.loading = true;
    try {
      const [panel] = await Promise.all([import('./write-panel.js'), this.options.settled()]);
      await panel.prepare(lang);
      panel.adopt(this.host.renderRoot);
      this.panel = panel;
    } catch (err) {
      this.options.onFailed(toWidgetError(err));
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  private async close(): Promise<void> {
    const id = this.active?.id;
    this.active = undefined;
    if (id) await this.focus(`[data-id="${CSS.escape(id)}"] [part~="write"]`);
  }

  private async report(outcome: WriteOutcomeKind): Promise<void> {
    const active = this.active;
    if (!active?.channel || active.step === 'saving') return;
    const { id, channel } = active;
    active.step = 'saving';
    active.pending = outcome;
    this.host.requestUpdate();
    try {
      const delivery = await this.options.record(id, outcome, channel, active.key);
      this.written.set(id, { outcome, delivery });
      active.step = 'done';
      this.host.dispatchEvent(new M4aWriteOutcomeEvent({ targetId: id, outcome, channel }));
      await this.focus('.thanks');
    } catch (err) {
      const error = toWidgetError(err);
      this.options.onFailed(error);
      active.step = 'error';
      active.error = error;
      this.host.requestUpdate();
    }
  }

  private async focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
