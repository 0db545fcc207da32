/**
 * The compose panel under a target's card (the lazy chunk of the write flow): the visitor's details and own
 * sentence with counters, a preview of the whole letter, the channels it can leave by, then "I sent it" / "Not now".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import { headingTag } from '../../core/headings.js';
import { defineCatalog, isLoaded, loadCatalogs, translate, type Params } from '../../core/i18n.js';
import { errorView } from '../../core/status.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { WriteChannel } from '../../shared/schemas/letters.js';
import type { T } from './format.js';
import { domId } from './legislator-card.js';
import {
  ADDRESS_MAX,
  NAME_MAX,
  PERSONAL_MAX,
  channelsFor,
  composeLetter,
  defaultLettersLoaded,
  loadDefaultLetters,
} from './letter.js';
import type { Target } from './target.js';
import { channelControl, printView, printable, type Note } from './write-channels.js';
import type { ActiveWrite, Draft, W, WriteKey, WriteSettings, Written } from './write-types.js';
import en from './write-messages.en.js';
import styles from './write-panel.styles.js';

const catalog = defineCatalog(en, { es: () => import('./write-messages.es.js') });

/** Loads the panel's strings and built-in letters in `lang`. */
export async function prepare(lang: Lang): Promise<void> {
  await Promise.all([loadCatalogs([catalog], lang), loadDefaultLetters(lang)]);
}
/** Adds the panel's styles (and the print stylesheet) to the widget's shadow root. */
export function adopt(root: HTMLElement | DocumentFragment): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export const ready = (lang: Lang) => isLoaded([catalog], lang) && defaultLettersLoaded(lang);

export interface WritePanelOptions {
  t: T;
  target: Target;
  level: number;
  settings: WriteSettings;
  draft: Draft;
  active: ActiveWrite;
  done: Written | undefined;
  update: () => void;
  /** Re-renders, then focuses what `selector` finds in the widget. */
  focus: (selector: string) => void;
  onChannel: (channel: WriteChannel) => void;
  onOutcome: (outcome: 'sent' | 'not-now') => void;
  onClose: () => void;
}

type Field = 'name' | 'address' | 'personal';

/** What the panel remembers between renders (kept in the open write's `view`). */
interface View {
  errors?: Partial<Record<Field, WriteKey>>;
  note?: Note;
  /** The counter's polite announcement, set once typing pauses. */
  announce?: string;
  timer?: ReturnType<typeof setTimeout>;
}

const translator =
  (lang: Lang): W =>
  (key, params) =>
    translate([catalog], lang, key, params);

function letterOf(o: WritePanelOptions, w: W) {
  const { t, target, draft, settings: s } = o;
  const c = { t, w: w as (k: string, p?: Params) => string, lang: s.lang, overrides: s.letters, placeZip: s.placeZip };
  return composeLetter(target, draft, c);
}

/** The open letter as it prints (rendered by the element outside the cards). */
export function printLetter(o: Pick<WritePanelOptions, 't' | 'target' | 'settings' | 'draft'>): TemplateResult {
  const w = translator(o.settings.lang);
  const letter = letterOf(o as WritePanelOptions, w);
  return printView(printable(w, o.target, o.draft, letter, o.settings), o.settings.lang);
}

function validate(o: WritePanelOptions): NonNullable<View['errors']> {
  const errors: NonNullable<View['errors']> = {};
  if (!o.draft.name.trim()) errors.name = 'write.name.missing';
  if (o.settings.requirePersonal && !o.draft.personal.trim()) errors.personal = 'write.personal.missing';
  return errors;
}

const FIELDS: readonly Field[] = ['name', 'address', 'personal'];
const MAX: Record<Field, number> = { name: NAME_MAX, address: ADDRESS_MAX, personal: PERSONAL_MAX };

function counter(w: W, value: string, max: number): string {
  const left = max - value.length;
  return left >= 0 ? w('write.counter', { left, max }) : w('write.counter.over', { over: -left, max });
}

function field(o: WritePanelOptions, w: W, view: View, name: Field, label: string, hint: WriteKey): TemplateResult {
  const id = domId(`write-${name}`, o.target.id);
  const error = view.errors?.[name];
  const multiline = name !== 'name';
  const describedBy = [`${id}-hint`, `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const onInput = (e: InputEvent) => {
    const value = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    o.draft[name] = value;
    if (view.errors?.[name] && value.trim()) delete view.errors[name];
    clearTimeout(view.timer);
    // Said once typing pauses, and only near the limit, so a screen reader is not interrupted on every key.
    view.timer = setTimeout(() => {
      view.announce = value.length >= MAX[name] * 0.9 ? counter(w, value, MAX[name]) : '';
      o.update();
    }, 1000);
    o.update();
  };
  const common = {
    id,
    describedBy,
    invalid: error ? 'true' : 'false',
  };
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    <p class="hint" id=${`${id}-hint`}>${w(hint)}</p>
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${w(error)}</p>` : nothing}
    ${
      multiline
        ? html`<textarea id=${common.id} class="input" part="input" rows=${name === 'address' ? 3 : 4}
            maxlength=${MAX[name]} autocomplete=${name === 'address' ? 'street-address' : nothing}
            aria-describedby=${common.describedBy} aria-invalid=${common.invalid}
            .value=${live(o.draft[name])} @input=${onInput}></textarea>`
        : html`<input id=${common.id} class="input" part="input" type="text" autocomplete="name"
            maxlength=${MAX[name]} aria-describedby=${common.describedBy} aria-invalid=${common.invalid}
            .value=${live(o.draft[name])} @input=${onInput} />`
    }
    <p class="small muted counter" id=${`${id}-count`}>${counter(w, o.draft[name], MAX[name])}</p>
  </div>`;
}

function errorSummary(o: WritePanelOptions, w: W, view: View): TemplateResult | typeof nothing {
  const errors = view.errors;
  if (!errors || !Object.keys(errors).length) return nothing;
  return html`<div class="error-summary" part="status" role="alert" tabindex="-1">
    <p><strong>${w('write.errors.title')}</strong></p>
    <ul>
      ${FIELDS.filter((f) => errors[f]).map(
        (f) => html`<li>
          <a
            href=${`#${domId(`write-${f}`, o.target.id)}`}
            @click=${(e: Event) => {
              e.preventDefault();
              o.focus(`#${domId(`write-${f}`, o.target.id)}`);
            }}
            >${w(errors[f]!)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

function thanks(w: W, o: WritePanelOptions, done: Written): string {
  const name = o.target.name;
  if (done.outcome === 'not-now') return w('write.later', { name });
  const key = { counted: 'write.thanks', uncounted: 'write.thanks.uncounted', queued: 'write.thanks.queued' } as const;
  return w(key[done.delivery], { name });
}

export function writePanel(o: WritePanelOptions): TemplateResult {
  const { t, target, active } = o;
  const w = translator(o.settings.lang);
  const view = active.view as View;
  const headingId = domId('write', target.id);
  const tag = headingTag(o.level);
  const heading = staticHtml`<${tag} id=${headingId} class="call-heading" tabindex="-1">${w('write.heading', {
    title: target.title,
    name: target.name,
  })}</${tag}>`;
  const close = html`<button class="button secondary" part="button close" type="button" @click=${o.onClose}>
    ${w('write.close')}
  </button>`;

  if (active.step === 'done' && o.done) {
    return html`<section class="call-panel write-panel" part="write-panel" aria-labelledby=${headingId}>
      ${heading}
      <p class="thanks" part="thanks" tabindex="-1">${thanks(w, o, o.done)}</p>
      ${close}
    </section>`;
  }

  const letter = letterOf(o, w);
  const channels = channelsFor(target, o.settings.handoff);
  const ctx = {
    t,
    w,
    target,
    letter,
    settings: o.settings,
    printable: () => printable(w, target, o.draft, letter, o.settings),
    valid: () => {
      const errors = validate(o);
      view.errors = errors;
      if (!Object.keys(errors).length) return true;
      o.focus(`[data-id="${CSS.escape(target.id)}"] .error-summary`);
      return false;
    },
    used: (channel: WriteChannel, note: Note) => {
      o.onChannel(channel);
      view.note = note;
      o.update();
    },
  };
  const busy = active.step === 'saving';
  const needsAddress = !target.address?.length && !channels.includes('handoff');
  const personalLabel = o.settings.requirePersonal ? w('write.personal.label') : w('write.personal.label.optional');
  return html`<section class="call-panel write-panel" part="write-panel" aria-labelledby=${headingId}>
    ${heading}
    ${errorSummary(o, w, view)}
    <p class="small">${w('write.intro')}</p>
    <form novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${field(o, w, view, 'name', w('write.name.label'), 'write.name.hint')}
      ${field(o, w, view, 'address', w('write.address.label'), 'write.address.hint')}
      ${field(o, w, view, 'personal', personalLabel, 'write.personal.hint')}
    </form>
    <div class="visually-hidden" role="status" aria-live="polite">${view.announce ?? ''}</div>
    <p class="script-label">${w('write.preview')}</p>
    <div class="letter-preview" part="letter">
      <p class="letter-subject">${w('write.subject', { subject: letter.subject })}</p>
      <div class="letter-body">${letter.body}</div>
    </div>
    ${needsAddress ? html`<p class="small muted">${w('write.no-address')}</p>` : nothing}
    <div class="channels" role="group" aria-labelledby=${`${headingId}-send`}>
      <p id=${`${headingId}-send`} class="script-label">${w('write.send')}</p>
      ${channels.map((c) => channelControl(c, ctx))}
    </div>
    <p class="channel-note" role="status">${view.note ? w(view.note.key as WriteKey, view.note.params) : ''}</p>
    ${
      active.channel
        ? html`<div class="outcomes" role="group" aria-labelledby=${`${headingId}-outcome`}>
          <p id=${`${headingId}-outcome`} class="script-label">${w('write.outcome')}</p>
          <button class="button" part="button outcome" type="button" data-outcome="sent" ?disabled=${busy}
            @click=${() => o.onOutcome('sent')}>${w('write.sent')}</button>
          <button class="button secondary" part="button outcome" type="button" data-outcome="not-now" ?disabled=${busy}
            @click=${() => o.onOutcome('not-now')}>${w('write.not-now')}</button>
        </div>`
        : close
    }
    ${busy ? html`<p class="status" role="status">${w('write.saving')}</p>` : nothing}
    ${
      active.step === 'error' && active.error
        ? errorView(t, active.error, () => o.onOutcome(active.pending ?? 'sent'), w('write.feature'))
        : nothing
    }
  </section>`;
}
