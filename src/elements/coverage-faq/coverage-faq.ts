import { sanitizerPrerequisite } from '../../core/sanitize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { M4aElement } from '../../core/base-element.js';
import { ContentSource } from '../../core/content-source.js';
import { headingTag, parseHeadingLevel } from '../../core/headings.js';
import { WidgetError } from '../../core/errors.js';
import { defineCatalog } from '../../core/i18n.js';
import { errorView } from '../../core/status.js';
import type { FaqContent } from '../../shared/schemas/content.js';
import { FAQ_CATEGORIES } from '../../shared/schemas/vocab.js';
import { styles } from './coverage-faq.styles.js';
import { M4aFaqSearchEvent, M4aFaqToggleEvent } from './events.js';
import { FaqIndex, type IndexedQuestion } from './faq-index.js';
import { JsonLdBlock } from './json-ld.js';
import { readFaqPage } from './light-dom.js';
import en from './messages.en.js';
import { highlightText, terms } from './search.js';

/** Time typing must pause before the result count is announced and `m4a-faq-search` is sent. */
const SETTLE_MS = 400;

const chevron = html`<svg class="chevron" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M6 9l6 6 6-6"/></svg>`;

/**
 * Answers to the questions people ask about Medicare for All: an accordion with search, a topic filter, links to
 * each question (`#faq-<id>`) and schema.org `FAQPage` data for search engines.
 *
 * Content comes from, in order: `src`; the partner's HTML inside the element; the configured backend's
 * `getContent('faq', lang)`; the built-in English or Spanish defaults. A source that can't be reached passes to the
 * next one (one console warning); content that does not match the schema shows a message naming the field.
 * Answers may use `<p> <ul> <ol> <li> <a href> <strong> <em>` only; they are sanitized (the browser's HTML
 * Sanitizer, or DOMPurify where it has none) before they are shown, and every link gets `rel="noopener"`.
 *
 * Partner HTML (works without JavaScript: `<details>` opens and closes, `#faq-cost` links jump to it):
 * ```html
 * <m4a-coverage-faq>
 *   <details id="faq-cost" data-category="cost">
 *     <summary>How much would it cost me?</summary>
 *     <p>Nothing when you get care.</p>
 *   </details>
 * </m4a-coverage-faq>
 * ```
 * Each `<details>` is a question: its `id` without `faq-` (else `item-1`…), `data-category` (else `how-it-works`),
 * the `<summary>` text (question) and the HTML after it (answer).
 *
 * Keyboard: Tab between controls; Enter or Space opens a question; ↑ ↓ Home End move between questions; Escape
 * clears the search.
 *
 * @summary Coverage questions and answers, searchable, in English or Spanish.
 *
 * @slot - Partner content as plain HTML (see above); shown until the widget has read it, and under the message when it is invalid.
 *
 * @csspart base - The widget's root.
 * @csspart heading - The optional heading.
 * @csspart tools - The bar with search, topic and expand/collapse controls.
 * @csspart search - The search box.
 * @csspart category - The topic list.
 * @csspart summary - How many questions match (announced to screen readers).
 * @csspart items - The list of questions.
 * @csspart item - One question and its answer.
 * @csspart question - The heading of a question.
 * @csspart toggle - The button that opens and closes a question.
 * @csspart answer - The answer panel.
 * @csspart mark - A search match.
 * @csspart copy-link - The "copy link" button of a question.
 * @csspart no-results - The message shown when nothing matches.
 * @csspart button - Every button styled as a button.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --m4a-color-accent - Buttons, links and the open question's marker.
 * @cssprop [--m4a-faq-mark-color=#fff3a3] - Background of search matches.
 *
 * @fires {M4aFaqToggleEvent} m4a-faq-toggle - A question was opened or closed; `detail.id`, `detail.open`.
 * @fires {M4aFaqSearchEvent} m4a-faq-search - Search or topic changed (after typing pauses); `detail.resultCount`, `detail.category`. Never the words typed.
 * @fires {M4aErrorEvent} m4a-error - A setting or a content source has a problem; `detail.kind`, `detail.field`.
 */
export class M4aCoverageFaq extends M4aElement {
  static override styles = [...M4aElement.styles, styles];
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

  private readonly source = new ContentSource(this, {
    kind: 'faq',
    src: () => this.src,
    lang: () => this.resolvedLang,
    resolution: () => this.resolution,
    readPage: () => readFaqPage(this, this.resolvedLang),
    fetchBackend: (lang, signal) => this.call(() => import('../../shared/schemas/content.js').then((m) => m.FaqContent), 'getContent', (b, s) => b.getContent?.('faq', lang, { signal: s }), signal),
    report: (error) => this.reportError(error),
  });

  protected override prerequisite(): Promise<void> | undefined {
    return sanitizerPrerequisite();
  }

  protected override get awaitingFirstContent(): boolean {
    return this.source.awaitingFirst;
  }
  private readonly jsonLd = new JsonLdBlock();

  /** Optional heading above the questions, one level above them (`heading-level` − 1). */
  @property() heading?: string;

  /** Level of the question headings, 2 to 6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** URL of a content JSON file (see docs/content.md); `{lang}` in it is replaced by `en` or `es`. */
  @property() src?: string;

  /** Leaves out the schema.org `FAQPage` block this widget otherwise adds to the page's <head>. */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;

  @state() private openIds: ReadonlySet<string> = new Set();
  @state() private query = '';
  @state() private category = '';
  /** The result count, set once typing pauses so screen readers hear it once. */
  @state() private summary = '';
  @state() private notice = '';
  @state() private copyState: { id: string; url?: string } | undefined;

  private level = 3;
  private settingsProblem: WidgetError | undefined;
  private index: FaqIndex | undefined;
  private openBeforeSearch: ReadonlySet<string> | undefined;
  private pendingHash: string | undefined;
  private focusTarget: string | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = location.hash;
    window.addEventListener('hashchange', this.onHashChange);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.settleTimer);
    clearTimeout(this.noticeTimer);
    this.jsonLd.remove();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const level = parseHeadingLevel(this.headingLevel, 3);
    this.settingsProblem = level instanceof WidgetError ? level : undefined;
    if (typeof level === 'number') this.level = level;
    if (this.settingsProblem) this.reportError(this.settingsProblem);
    const content = this.source.value?.content;
    if (this.pendingHash !== undefined && content && !this.settingsProblem) {
      const id = idFromHash(this.pendingHash);
      this.pendingHash = undefined;
      if (id) this.openFromLink(id, this.indexOf(content));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const ready = this.isConnected && !this.settingsProblem && this.source.value ? this.index : undefined;
    this.jsonLd.set(this.noJsonLd ? undefined : ready?.jsonLd);
    if (this.focusTarget) {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`#q-${this.focusTarget}`);
      this.focusTarget = undefined;
      if (button && !this.earlierFaqHas(button.id)) {
        const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        button.focus({ preventScroll: true });
        button.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      }
    }
  }

  override render() {
    const t = this.t.bind(this);
    const heading = this.heading ? headingTag(this.level - 1) : undefined;
    return html`<div part="base" lang=${this.resolvedLang}>
      ${this.settingsProblem
        ? errorView(t, this.settingsProblem)
        : html`${heading ? staticHtml`<${heading} class="heading" part="heading">${this.heading}</${heading}>` : nothing}
          ${this.source.render(t, ({ content }) => this.renderFaq(content))}`}
    </div>`;
  }

  private renderFaq(content: FaqContent): TemplateResult {
    const index = this.indexOf(content);
    if (!index.items.length) return html`<p class="status" part="status">${this.t('empty')}</p>`;
    const words = terms(this.query);
    const visible = index.filter(this.category, words);
    return html`${this.renderTools(index.items, visible)}
      <p class="summary" part="summary" role="status">${this.summary}</p>
      <p class="visually-hidden" role="status">${this.notice}</p>
      ${visible.length
        ? html`<div class="items" part="items" lang=${content.lang}>
            ${repeat(visible, (q) => q.item.id, (q) => this.renderItem(q, index.answerNode(q, words), words))}
          </div>`
        : this.renderNoResults()}`;
  }

  private renderTools(items: IndexedQuestion[], visible: IndexedQuestion[]): TemplateResult {
    const counts = new Map<string, number>();
    for (const p of items) counts.set(p.item.category, (counts.get(p.item.category) ?? 0) + 1);
    const categories = FAQ_CATEGORIES.filter((c) => counts.has(c));
    return html`<div class="tools" part="tools">
      <div class="field grow">
        <label for="search">${this.t('search.label')}</label>
        <input id="search" class="input" part="search" type="search" autocomplete="off" spellcheck="false"
          .value=${live(this.query)} @input=${this.onSearchInput} @keydown=${this.onSearchKeydown} />
      </div>
      ${categories.length > 1
        ? html`<div class="field">
            <label for="category">${this.t('category.label')}</label>
            <select id="category" class="input" part="category" @change=${this.onCategoryChange}>
              <option value="" ?selected=${!this.category}>${this.t('category.all')} (${items.length})</option>
              ${categories.map((c) => html`<option value=${c} ?selected=${this.category === c}>${this.t(`category.${c}`)} (${counts.get(c)})</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="bulk">
        <button type="button" class="button secondary" part="button expand-all" @click=${() => this.setOpen(visible, true)}>
          ${this.t('expand-all')}
        </button>
        <button type="button" class="button secondary" part="button collapse-all" @click=${() => this.setOpen(visible, false)}>
          ${this.t('collapse-all')}
        </button>
      </div>
    </div>`;
  }

  private renderItem(q: IndexedQuestion, answer: HTMLElement, words: string[]): TemplateResult {
    const { id, question, sources } = q.item;
    const open = this.openIds.has(id);
    const h = headingTag(this.level);
    return html`<div class="item" part="item" ?data-open=${open}>
      ${staticHtml`<${h} class="question" part="question">
        <button type="button" class="toggle" part="toggle" id=${`q-${id}`} data-id=${id} aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`a-${id}`} @click=${() => this.toggle(id)} @keydown=${this.onToggleKeydown}>
          <span class="question-text">${highlightText(question, words)}</span>${chevron}
        </button>
      </${h}>`}
      <div class="answer" part="answer" id=${`a-${id}`} ?hidden=${!open}>
        ${answer}
        ${sources?.length
          ? html`<p class="sources-label" id=${`s-${id}`}>${this.t('sources')}</p>
              <ul class="sources" aria-labelledby=${`s-${id}`}>
                ${sources.map((s) => html`<li><a href=${s.url} rel="noopener">${s.label}</a></li>`)}
              </ul>`
          : nothing}
        <div class="share">
          <button type="button" class="link-button" part="copy-link" @click=${() => this.copyLink(id)}>
            ${this.t('copy-link')}<span class="visually-hidden"> ${this.t('copy-link.about', { question })}</span>
          </button>
          ${this.copyState?.id === id ? this.renderCopyState(this.copyState.url) : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderCopyState(url: string | undefined): TemplateResult {
    return url
      ? html`<label class="copy-fallback">${this.t('copy-fallback')}
          <input class="input" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
        </label>`
      : html`<span class="copied" part="copied">${this.t('copied')}</span>`;
  }

  private renderNoResults(): TemplateResult {
    const query = this.query.trim();
    const category = this.category ? this.t(`category.${this.category}`) : '';
    return html`<div class="status no-results" part="no-results">
      <p>${category ? this.t('no-results.category', { query, category }) : this.t('no-results', { query })}</p>
      <button type="button" class="button secondary" part="button clear-search" @click=${this.clearSearch}>${this.t('clear-search')}</button>
    </div>`;
  }

  private indexOf(content: FaqContent): FaqIndex {
    if (this.index?.content !== content) this.index = new FaqIndex(content);
    return this.index;
  }

  private toggle(id: string): void {
    const open = !this.openIds.has(id);
    const next = new Set(this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    this.dispatchEvent(new M4aFaqToggleEvent({ id, open }));
  }

  private setOpen(items: IndexedQuestion[], open: boolean): void {
    const next = new Set(this.openIds);
    for (const p of items) {
      if (open) next.add(p.item.id);
      else next.delete(p.item.id);
    }
    this.openIds = next;
  }

  private onSearchInput = (e: Event): void => {
    const query = (e.target as HTMLInputElement).value;
    const words = terms(query);
    const wasSearching = terms(this.query).length > 0;
    this.query = query;
    if (words.length) {
      if (!wasSearching) this.openBeforeSearch = this.openIds;
      // Answers that contain the words open, so their highlighted matches can be seen.
      this.openIds = new Set(this.index?.answerMatches(words));
    } else if (wasSearching) {
      this.openIds = this.openBeforeSearch ?? new Set();
      this.openBeforeSearch = undefined;
    }
    this.settle();
  };

  private onSearchKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.clearSearch();
    }
  };

  private onCategoryChange = (e: Event): void => {
    this.category = (e.target as HTMLSelectElement).value;
    this.settle();
  };

  private clearSearch = (): void => {
    if (terms(this.query).length) this.openIds = this.openBeforeSearch ?? this.openIds;
    this.openBeforeSearch = undefined;
    this.query = '';
    this.category = '';
    this.settle();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  };

  /** After typing pauses: the result count for screen readers and one `m4a-faq-search` event. */
  private settle(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      const filtering = terms(this.query).length > 0 || this.category !== '';
      const count = this.index?.filter(this.category, terms(this.query)).length ?? 0;
      this.summary = filtering ? this.t('results', { count }) : '';
      if (filtering) this.dispatchEvent(new M4aFaqSearchEvent({ resultCount: count, category: this.category || null }));
    }, SETTLE_MS);
  }

  private onToggleKeydown = (e: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
    const at = buttons.indexOf(e.currentTarget as HTMLButtonElement);
    const target =
      e.key === 'ArrowDown' ? buttons[(at + 1) % buttons.length]
      : e.key === 'ArrowUp' ? buttons[(at - 1 + buttons.length) % buttons.length]
      : e.key === 'Home' ? buttons[0]
      : e.key === 'End' ? buttons.at(-1)
      : undefined;
    if (!target) return;
    e.preventDefault();
    target.focus();
  };

  private async copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = `faq-${id}`;
    clearTimeout(this.noticeTimer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url.href);
      this.copyState = { id };
      this.notice = this.t('copied');
      this.noticeTimer = setTimeout(() => {
        this.copyState = undefined;
        this.notice = '';
      }, 4000);
    } catch {
      // No clipboard access (permissions, an insecure page): the link in a box, selected, to copy by hand.
      this.copyState = { id, url: url.href };
      this.notice = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.focus();
    }
  }

  private onHashChange = (): void => {
    this.pendingHash = location.hash;
    this.requestUpdate();
  };

  /** `#faq-<id>`: opens that question, clearing a search or topic that hides it; `updated()` scrolls and focuses. */
  private openFromLink(id: string, index: FaqIndex): void {
    if (!index.find(id)) return;
    if (!index.filter(this.category, terms(this.query)).some((q) => q.item.id === id)) {
      this.openIds = this.openBeforeSearch ?? this.openIds;
      this.openBeforeSearch = undefined;
      this.query = '';
      this.category = '';
    }
    this.openIds = new Set([...this.openIds, id]);
    this.focusTarget = id;
  }

  /** With several FAQs holding the same question (say English and Spanish), the first one on the page takes focus. */
  private earlierFaqHas(buttonId: string): boolean {
    return [...document.querySelectorAll(this.localName)].some(
      (other) =>
        other !== this &&
        other.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !!other.shadowRoot?.getElementById(buttonId),
    );
  }
}

/** `#faq-cost-to-me` → `cost-to-me`. */
function idFromHash(hash: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return decoded.startsWith('faq-') ? decoded.slice(4) : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-coverage-faq': M4aCoverageFaq;
  }
}
