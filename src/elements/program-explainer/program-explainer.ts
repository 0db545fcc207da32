import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { M4aElement } from '../../core/base-element.js';
import { ContentSource } from '../../core/content-source.js';
import { enumAttribute, headingLevelAttribute } from '../../core/attributes.js';
import { headingTag } from '../../core/headings.js';
import { WidgetError } from '../../core/errors.js';
import { defineCatalog } from '../../core/i18n.js';
import { errorView } from '../../core/status.js';
import type { Cta, ExplainerContent, ExplainerItem } from '../../shared/schemas/content.js';
import { isSafeHref } from '../../shared/schemas/vocab.js';
import { M4aExplainerCtaEvent } from './dom-events.js';
import { icon } from './icons.js';
import { readExplainerPage } from './light-dom.js';
import en, { type ExplainerKey } from './messages.en.js';
import { styles } from './program-explainer.styles.js';

export const EXPLAINER_LAYOUTS = ['cards', 'list', 'compact'] as const;
export type ExplainerLayout = (typeof EXPLAINER_LAYOUTS)[number];

/**
 * What Medicare for All means, in a few short points, with an optional heading and call to action.
 *
 * Content comes from, in order: `src`; the partner's HTML inside the element; the configured backend's
 * `getContent('explainer', lang)`; the built-in English or Spanish defaults. A source that can't be reached passes
 * to the next one (one console warning); content that does not match the schema shows a message naming the field.
 *
 * Partner HTML (shown as is while JavaScript is off or loading):
 * ```html
 * <m4a-program-explainer>
 *   <article id="one-program" data-icon="shield">
 *     <h3>One public program for everyone</h3>
 *     <p>One or two sentences.</p>
 *     <a href="https://example.org/more">Learn more about it</a>
 *   </article>
 *   <a data-cta href="/join">Join the campaign</a>
 * </m4a-program-explainer>
 * ```
 * Each `<article>` is an item: its `id` (else `item-1`, `item-2`…), `data-icon`, first `<h2>`–`<h6>` (title), the
 * text of its `<p>`s (body) and first link (learn more). An `<a data-cta>` child is the call to action.
 *
 * @summary What Medicare for All means, in plain language, in English or Spanish.
 *
 * @slot - Partner content as plain HTML (see above); shown until the widget has read it, and under the message when it is invalid.
 *
 * @csspart base - The widget's root.
 * @csspart heading - The optional heading.
 * @csspart items - The list of items.
 * @csspart item - One item (a card in the `cards` layout).
 * @csspart icon - The round picture of an item.
 * @csspart item-title - An item's headline.
 * @csspart item-body - An item's text.
 * @csspart learn-more - An item's "learn more" link.
 * @csspart cta - The call-to-action link, styled as a button.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop [--m4a-explainer-card-min-width=17rem] - Narrowest card before the grid drops a column.
 * @cssprop --m4a-color-accent - Links, icons and the button.
 *
 * @fires {M4aExplainerCtaEvent} m4a-explainer-cta - The visitor followed the call to action; `detail.href`.
 * @fires {M4aErrorEvent} m4a-error - A setting or a content source has a problem; `detail.kind`, `detail.field`.
 */
export class M4aProgramExplainer extends M4aElement<ExplainerKey> {
  static override styles = [...M4aElement.styles, styles];
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

  private readonly source = new ContentSource(this, {
    kind: 'explainer',
    src: () => this.src,
    lang: () => this.resolvedLang,
    resolution: () => this.resolution,
    readPage: () => readExplainerPage(this, this.resolvedLang),
    fetchBackend: (lang, signal) =>
      this.call(
        () => import('../../shared/schemas/content.js').then((m) => m.ExplainerContent),
        'getContent',
        (b, s) => b.getContent?.('explainer', lang, { signal: s }),
        signal,
      ),
    report: (error) => this.reportError(error),
  });

  protected override get awaitingFirstContent(): boolean {
    return this.source.awaitingFirst;
  }

  /** `cards` (default, a responsive grid), `list` (one per row), or `compact` (dense, for sidebars). */
  @property() layout: string | null = 'cards';

  /** Optional heading shown above the items. */
  @property() heading?: string;

  /** Level of the heading, 2 to 6 (default 2); item titles are one level below (at most 6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** URL of a content JSON file (see docs/content.md); `{lang}` in it is replaced by `en` or `es`. */
  @property() src?: string;

  /** Text of the call to action; with `cta-href`, replaces the content's own call to action. */
  @property({ attribute: 'cta-text' }) ctaText?: string;

  /** Link of the call to action: `https://…`, a same-site path like `/join`, or a `#fragment`. */
  @property({ attribute: 'cta-href' }) ctaHref?: string;

  private level = 2;
  private layoutName: ExplainerLayout = 'cards';
  private settingsProblem: WidgetError | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.level = headingLevelAttribute(this.headingLevel, 2);
      this.layoutName = enumAttribute('layout', this.layout, EXPLAINER_LAYOUTS, 'cards');
      this.settingsProblem = this.ctaProblem();
    } catch (error) {
      this.settingsProblem = error as WidgetError;
    }
    if (this.settingsProblem) this.reportError(this.settingsProblem);
  }

  override render() {
    const t = this.t.bind(this);
    return html`<div part="base" class="layout-${this.layoutName}" lang=${this.resolvedLang}>
      ${
        this.settingsProblem
          ? errorView(t, this.settingsProblem)
          : html`${this.heading ? staticHtml`<${headingTag(this.level)} class="heading" part="heading">${this.heading}</${headingTag(this.level)}>` : nothing}
          ${this.source.render(t, ({ content }) => this.renderContent(content))}`
      }
    </div>`;
  }

  private renderContent(content: ExplainerContent): TemplateResult {
    const text = this.ctaText?.trim();
    const url = this.ctaHref?.trim();
    const cta = text && url ? { text, url } : content.cta;
    const body = content.items.length
      ? html`<ul class="items" part="items" role="list" lang=${content.lang}>
          ${content.items.map((item) => this.renderItem(item))}
        </ul>`
      : html`<p class="status" part="status">${this.t('empty')}</p>`;
    return html`${body}${cta ? this.renderCta(cta) : nothing}`;
  }

  private renderItem(item: ExplainerItem): TemplateResult {
    const title = headingTag(this.level + 1);
    return html`<li class="item" part="item">
      ${item.icon ? html`<span class="icon" part="icon">${icon(item.icon)}</span>` : nothing}
      ${staticHtml`<${title} class="title" part="item-title">${item.title}</${title}>`}
      <p class="body" part="item-body">${item.body}</p>
      ${
        item.learnMoreUrl
          ? html`<a class="more" part="learn-more" href=${item.learnMoreUrl} rel="noopener"
            >${
              item.learnMoreLabel ??
              html`${this.t('learn-more')}<span class="visually-hidden"> ${this.t('learn-more.about', { title: item.title })}</span>`
            }</a
          >`
          : nothing
      }
    </li>`;
  }

  private renderCta(cta: Cta): TemplateResult {
    return html`<p class="cta">
      <a class="button" part="cta" href=${cta.url} @click=${() => this.dispatchEvent(new M4aExplainerCtaEvent({ href: cta.url }))}
        >${cta.text}</a
      >
    </p>`;
  }

  private ctaProblem(): WidgetError | undefined {
    const text = this.ctaText?.trim();
    const href = this.ctaHref?.trim();
    if (!text && !href) return undefined;
    if (!href) return new WidgetError('config', 'cta-text needs a cta-href to link to', { field: 'cta-href' });
    if (!text) return new WidgetError('config', 'cta-href needs a cta-text to show', { field: 'cta-text' });
    if (!isSafeHref(href)) {
      return new WidgetError('config', `cta-href "${href}" must start with https://, http://, / or #`, {
        field: 'cta-href',
      });
    }
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-program-explainer': M4aProgramExplainer;
  }
}
