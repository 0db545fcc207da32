/** The accordion item of `<m4a-coverage-faq>`: question button, answer, its sources and the "copy link" control. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../core/headings.js';
import type { Translator } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import type { FaqKey } from './messages.en.js';
import type { IndexedQuestion } from './faq-index.js';
import { highlightText } from './search.js';

type T = Translator<FaqKey | CoreKey>;

const chevron = html`<svg class="chevron" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M6 9l6 6 6-6"/></svg>`;

export interface ItemView {
  t: T;
  level: number;
  open: boolean;
  /** Set while this question shows the copy result: `url` when the link must be copied by hand. */
  copyState: { url?: string } | undefined;
  onToggle: () => void;
  onToggleKeydown: (e: KeyboardEvent) => void;
  onCopy: () => void;
}

export function faqItem(q: IndexedQuestion, answer: HTMLElement, words: string[], v: ItemView): TemplateResult {
  const { id, question, sources } = q.item;
  const h = headingTag(v.level);
  return html`<div class="item" part="item" ?data-open=${v.open}>
    ${staticHtml`<${h} class="question" part="question">
      <button type="button" class="toggle" part="toggle" id=${`q-${id}`} data-id=${id} aria-expanded=${v.open ? 'true' : 'false'}
        aria-controls=${`a-${id}`} @click=${v.onToggle} @keydown=${v.onToggleKeydown}>
        <span class="question-text">${highlightText(question, words)}</span>${chevron}
      </button>
    </${h}>`}
    <div class="answer" part="answer" id=${`a-${id}`} ?hidden=${!v.open}>
      ${answer}
      ${
        sources?.length
          ? html`<p class="sources-label" id=${`s-${id}`}>${v.t('sources')}</p>
            <ul class="sources" aria-labelledby=${`s-${id}`}>
              ${sources.map((s) => html`<li><a href=${s.url} rel="noopener">${s.label}</a></li>`)}
            </ul>`
          : nothing
      }
      <div class="share">
        <button type="button" class="link-button" part="copy-link" @click=${v.onCopy}>
          ${v.t('copy-link')}<span class="visually-hidden"> ${v.t('copy-link.about', { question })}</span>
        </button>
        ${v.copyState ? copyResult(v.t, v.copyState.url) : nothing}
      </div>
    </div>
  </div>`;
}

function copyResult(t: T, url: string | undefined): TemplateResult {
  return url
    ? html`<label class="copy-fallback">${t('copy-fallback')}
        <input class="input" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      </label>`
    : html`<span class="copied" part="copied">${t('copied')}</span>`;
}

/** ↑ ↓ Home End between the question buttons: the button a key moves to, if any. */
export function toggleKeyTarget(
  buttons: HTMLButtonElement[],
  from: HTMLButtonElement,
  key: string,
): HTMLButtonElement | undefined {
  const at = buttons.indexOf(from);
  return key === 'ArrowDown'
    ? buttons[(at + 1) % buttons.length]
    : key === 'ArrowUp'
      ? buttons[(at - 1 + buttons.length) % buttons.length]
      : key === 'Home'
        ? buttons[0]
        : key === 'End'
          ? buttons.at(-1)
          : undefined;
}
