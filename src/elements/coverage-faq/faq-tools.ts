/** The FAQ's search and topic bar, and the message shown when nothing matches. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translator } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import type { FaqKey } from './messages.en.js';
import { FAQ_CATEGORIES } from '../../shared/schemas/vocab.js';
import type { IndexedQuestion } from './faq-index.js';

type T = Translator<FaqKey | CoreKey>;

export interface ToolsView {
  t: T;
  query: string;
  category: string;
  onSearchInput: (e: Event) => void;
  onSearchKeydown: (e: KeyboardEvent) => void;
  onCategoryChange: (e: Event) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** Search box, a topic list (when the questions span more than one topic, with counts) and expand/collapse all. */
export function faqTools(items: IndexedQuestion[], v: ToolsView): TemplateResult {
  const counts = new Map<string, number>();
  for (const p of items) counts.set(p.item.category, (counts.get(p.item.category) ?? 0) + 1);
  const categories = FAQ_CATEGORIES.filter((c) => counts.has(c));
  return html`<div class="tools" part="tools">
    <div class="field grow">
      <label for="search">${v.t('search.label')}</label>
      <input id="search" class="input" part="search" type="search" autocomplete="off" spellcheck="false"
        .value=${live(v.query)} @input=${v.onSearchInput} @keydown=${v.onSearchKeydown} />
    </div>
    ${
      categories.length > 1
        ? html`<div class="field">
          <label for="category">${v.t('category.label')}</label>
          <select id="category" class="input" part="category" @change=${v.onCategoryChange}>
            <option value="" ?selected=${!v.category}>${v.t('category.all')} (${items.length})</option>
            ${categories.map((c) => html`<option value=${c} ?selected=${v.category === c}>${v.t(`category.${c}`)} (${counts.get(c)})</option>`)}
          </select>
        </div>`
        : nothing
    }
    <div class="bulk">
      <button type="button" class="button secondary" part="button expand-all" @click=${v.onExpandAll}>
        ${v.t('expand-all')}
      </button>
      <button type="button" class="button secondary" part="button collapse-all" @click=${v.onCollapseAll}>
        ${v.t('collapse-all')}
      </button>
    </div>
  </div>`;
}

/** "No questions match …", naming the topic when one is chosen, with a button that clears both. */
export function noResults(t: T, query: string, category: string, onClear: () => void): TemplateResult {
  return html`<div class="status no-results" part="no-results">
    <p>${category ? t('no-results.category', { query, category }) : t('no-results', { query })}</p>
    <button type="button" class="button secondary" part="button clear-search" @click=${onClear}>${t('clear-search')}</button>
  </div>`;
}
