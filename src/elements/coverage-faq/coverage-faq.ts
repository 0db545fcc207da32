import { sanitizerPrerequisite } from '../../core/sanitize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { M4aElement } from '../../core/base-element.js';
import { ContentSource } from '../../core/content-source.js';
import { headingLevelAttribute } from '../../core/attributes.js';
import { headingTag } from '../../core/headings.js';
import type { WidgetError } from '../../core/errors.js';
import { defineCatalog } from '../../core/i18n.js';
import { errorView } from '../../core/status.js';
import type { FaqContent } from '../../shared/schemas/content.js';
import { FAQ_CATEGORIES } from '../../shared/schemas/vocab.js';
import { styles } from './coverage-faq.styles.js';
import { M4aFaqSearchEvent, M4aFaqToggleEvent } from './dom-events.js';
import { FaqIndex, type IndexedQuestion } from './faq-index.js';
import { faqItem, toggleKeyTarget } from './faq-item.js';
import { faqTools, noResults } from './faq-tools.js';
import { earlierFaqHas, idFromHash } from './deep-link.js';
import { JsonLdBlock } from './json-ld.js';
import { readFaqPage } from './light-dom.js';
import en, { type FaqKey } from './messages.en.js';
import { FaqSearchController } from './search-controller.js';
import { CopyLinkController } from './copy-link.js';
import { sourcesFooter } from './sources-footer.js';

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
 * @csspart review - The footer saying when the answers were last checked, and against which texts.
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
export class M4aCoverageFaq extends M4aElement<FaqKey> {
  static override styles = [...M4aElement.styles, styles];
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

  private readonly source = new ContentSource(this, {
    kind: 'faq',
    src: () => this.src,
    lang: () => this.resolvedLang,
    resolution: () => this.resolution,
    readPage: () => readFaqPage(this, this.resolvedLang),
    fetchBackend: (lang, signal) =>
      this.call(
        () => import('../../shared/schemas/content.js').then((m) => m.FaqContent),
        'getContent',
        (b, s) => b.getContent?.('faq', lang, { signal: s }),
        signal,
      ),
    report: (error) => this.reportError(error),
  });

  protected override prerequisite(): Promise<void> | undefined {
    return sanitizerPrerequisite();
  }

  protected override get awaitingFirstContent(): boolean {
    return this.source.awaitingFirst;
  }
  private readonly jsonLd = new JsonLdBlock();
  private readonly search = new FaqSearchController(this, {
    index: () => this.index,
    openIds: () => this.openIds,
    setOpenIds: (ids) => (this.openIds = ids),
    settled: (count, category, filtering) => {
      this.summary = filtering ? this.t('results', { count }) : '';
      if (filtering) this.dispatchEvent(new M4aFaqSearchEvent({ resultCount: count, category: category || null }));
    },
    focusSearch: () =>
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus()),
  });
  private readonly copier = new CopyLinkController(this, () => this.t('copied'));

  /** Optional heading above the questions, one level above them (`heading-level` − 1). */
  @property() heading?: string;

  /** Level of the question headings, 2 to 6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** URL of a content JSON file (see docs/content.md); `{lang}` in it is replaced by `en` or `es`. */
  @property() src?: string;

  /** Leaves out the schema.org `FAQPage` block this widget otherwise adds to the page's <head>. */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;

  @state() private openIds: ReadonlySet<string> = new Set();
  /** The result count, set once typing pauses so screen readers hear it once. */
  @state() private summary = '';

  private level = 3;
  private settingsProblem: WidgetError | undefined;
  private index: FaqIndex | undefined;
  private pendingHash: string | undefined;
  private focusTarget: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = location.hash;
    window.addEventListener('hashchange', this.onHashChange);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.jsonLd.remove();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.level = headingLevelAttribute(this.headingLevel, 3);
      this.settingsProblem = undefined;
    } catch (error) {
      this.settingsProblem = error as WidgetError;
      this.reportError(this.settingsProblem);
    }
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
      if (button && !earlierFaqHas(this, button.id)) {
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
      ${
        this.settingsProblem
          ? errorView(t, this.settingsProblem)
          : html`${heading ? staticHtml`<${heading} class="heading" part="heading">${this.heading}</${heading}>` : nothing}
          ${this.source.render(t, ({ content }) => this.renderFaq(content))}`
      }
    </div>`;
  }

  private renderFaq(content: FaqContent): TemplateResult {
    const index = this.indexOf(content);
    if (!index.items.length) return html`<p class="status" part="status">${this.t('empty')}</p>`;
    const words = this.search.words;
    const visible = index.filter(this.search.category, words);
    return html`${this.renderTools(index.items, visible)}
      <p class="summary" part="summary" role="status">${this.summary}</p>
      <p class="visually-hidden" role="status">${this.copier.notice}</p>
      ${
        visible.length
          ? html`<div class="items" part="items" lang=${content.lang}>
            ${repeat(
              visible,
              (q) => q.item.id,
              (q) => this.renderItem(q, index.answerNode(q, words), words),
            )}
          </div>`
          : this.renderNoResults()
      }
      ${sourcesFooter(this.t.bind(this), content.review, content.lang)}`;
  }

  private renderTools(items: IndexedQuestion[], visible: IndexedQuestion[]): TemplateResult {
    return faqTools(items, {
      t: this.t.bind(this),
      query: this.search.query,
      category: this.search.category,
      onSearchInput: this.search.onInput,
      onSearchKeydown: this.search.onKeydown,
      onCategoryChange: this.search.onCategoryChange,
      onExpandAll: () => this.setOpen(visible, true),
      onCollapseAll: () => this.setOpen(visible, false),
    });
  }

  private renderItem(q: IndexedQuestion, answer: HTMLElement, words: string[]): TemplateResult {
    const { id } = q.item;
    return faqItem(q, answer, words, {
      t: this.t.bind(this),
      level: this.level,
      open: this.openIds.has(id),
      copyState: this.copier.state?.id === id ? this.copier.state : undefined,
      onToggle: () => this.toggle(id),
      onToggleKeydown: this.onToggleKeydown,
      onCopy: () => void this.copier.copy(id),
    });
  }

  private renderNoResults(): TemplateResult {
    const { query, category } = this.search;
    const label = (FAQ_CATEGORIES as readonly string[]).includes(category)
      ? this.t(`category.${category as (typeof FAQ_CATEGORIES)[number]}`)
      : '';
    return noResults(this.t.bind(this), query.trim(), label, this.search.clear);
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

  private onToggleKeydown = (e: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
    const target = toggleKeyTarget(buttons, e.currentTarget as HTMLButtonElement, e.key);
    if (!target) return;
    e.preventDefault();
    target.focus();
  };

  private onHashChange = (): void => {
    this.pendingHash = location.hash;
    this.requestUpdate();
  };

  /** `#faq-<id>`: opens that question, clearing a search or topic that hides it; `updated()` scrolls and focuses. */
  private openFromLink(id: string, index: FaqIndex): void {
    if (!index.find(id)) return;
    if (!index.filter(this.search.category, this.search.words).some((q) => q.item.id === id)) this.search.reset();
    this.openIds = new Set([...this.openIds, id]);
    this.focusTarget = id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-coverage-faq': M4aCoverageFaq;
  }
}
