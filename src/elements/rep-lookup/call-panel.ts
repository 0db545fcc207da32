/** The call panel under a target's card (a legislator or a local target): the script, the number to dial, then how it went. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../core/headings.js';
import { live } from 'lit/directives/live.js';
import { CALL_OUTCOMES, type CallOutcomeKind } from '../../shared/schemas/representative.js';
import type { WidgetError } from '../../core/errors.js';
import { errorView } from '../../core/status.js';
import { domId } from './legislator-card.js';
import { telHref, type T } from './format.js';
import type { Delivery } from './outcome-queue.js';
import type { Target } from './target.js';
import { defineCatalog, isLoaded, loadCatalogs, translate, type Params } from '../../core/i18n.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { ScriptKind } from './scripts.js';
import en from './call-messages.en.js';

const catalog = defineCatalog(en, { es: () => import('./call-messages.es.js') });
type CallKey = keyof typeof en;
type C = (key: CallKey, params?: Params) => string;

/** Loads the panel's strings in `lang`. */
export const prepare = (lang: Lang) => loadCatalogs([catalog], lang);
export const ready = (lang: Lang) => isLoaded([catalog], lang);

export type CallStep = 'script' | 'saving' | 'error' | 'done';

export interface CallPanelOptions {
  t: T;
  lang: Lang;
  legislator: Target;
  /** Heading level of the panel (one below the card's name). */
  level: number;
  /** The script, given our default text for a kind (the partner's overrides win). */
  script: (defaults: (kind: ScriptKind) => string) => string;
  visitorName: string;
  step: CallStep;
  error?: WidgetError | undefined;
  /** With `done`: what was reported, and how the backend got it. */
  done?: { outcome: CallOutcomeKind; delivery: Delivery } | undefined;
  /** Who to call next, if anyone is left. */
  next?: Target | undefined;
  onName: (value: string) => void;
  onOutcome: (outcome: CallOutcomeKind) => void;
  onRetry: () => void;
  onNext: () => void;
  onClose: () => void;
}

function thanks(t: C, l: Target, done: NonNullable<CallPanelOptions['done']>): string {
  if (done.outcome === 'skipped') return t('call.skipped', { name: l.name });
  return t(DELIVERED[done.delivery], { name: l.name });
}

const DELIVERED = {
  counted: 'call.thanks',
  uncounted: 'call.thanks.uncounted',
  queued: 'call.thanks.queued',
} as const satisfies Record<Delivery, string>;

export function callPanel(o: CallPanelOptions): TemplateResult {
  const { legislator: l } = o;
  const t: C = (key, params) => translate([catalog], o.lang, key, params);
  const headingId = domId('call', l.id);
  const headingText = t('call.heading', { title: l.title, name: l.name });
  const tag = headingTag(o.level);
  const heading = staticHtml`<${tag} id=${headingId} class="call-heading" tabindex="-1">${headingText}</${tag}>`;
  const tel = telHref(l.phone);
  const nameId = domId('visitor-name', l.id);
  const outcomeId = domId('outcome', l.id);

  if (o.step === 'done' && o.done) {
    return html`<section class="call-panel" part="call-panel" aria-labelledby=${headingId}>
      ${heading}
      <p class="thanks" part="thanks" tabindex="-1">${thanks(t, l, o.done)}</p>
      ${
        o.next
          ? html`<button class="button" part="button next" type="button" @click=${o.onNext}>${t('call.next', { name: o.next.name })}</button>`
          : html`<p>${t('call.done')}</p>`
      }
      <button class="button secondary" part="button close" type="button" @click=${o.onClose}>${t('call.close')}</button>
    </section>`;
  }

  const busy = o.step === 'saving';
  return html`<section class="call-panel" part="call-panel" aria-labelledby=${headingId}>
    ${heading}
    <div class="field">
      <label for=${nameId}>${t('call.name.label')}</label>
      <p class="hint" id=${`${nameId}-hint`}>${t('call.name.hint')}</p>
      <input
        id=${nameId}
        class="input"
        part="input"
        type="text"
        autocomplete="name"
        maxlength="80"
        aria-describedby=${`${nameId}-hint`}
        .value=${live(o.visitorName)}
        @input=${(e: InputEvent) => o.onName((e.target as HTMLInputElement).value)}
      />
    </div>
    <p class="script-label">${t('call.script')}</p>
    <blockquote class="script" part="script">${o.script((kind) => t(`script.${kind}`))}</blockquote>
    ${
      tel
        ? html`<a class="button dial" part="button dial" href=${tel}>${t('call.dial', { phone: l.phone ?? '' })}</a>`
        : html`<p>${t('call.no-phone')}</p>`
    }
    <div class="outcomes" role="group" aria-labelledby=${outcomeId}>
      <p id=${outcomeId} class="script-label">${t('call.outcome')}</p>
      ${CALL_OUTCOMES.map(
        (outcome) =>
          html`<button
            class="button ${outcome === 'skipped' ? 'secondary' : ''}"
            part="button outcome"
            type="button"
            data-outcome=${outcome}
            ?disabled=${busy}
            @click=${() => o.onOutcome(outcome)}
          >
            ${o.t(`outcome.${outcome}`)}
          </button>`,
      )}
    </div>
    ${busy ? html`<p class="status" role="status">${t('call.saving')}</p>` : nothing}
    ${o.step === 'error' && o.error ? errorView(o.t, o.error, o.onRetry, t('call.feature')) : nothing}
  </section>`;
}
