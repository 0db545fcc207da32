/**
 * The embed builder: a site builder picks widgets and options, sees the real elements update in a preview, and
 * copies the exact snippet (script tag, config block, style block with tokens, elements).
 *
 * Not part of the drop-in: it is its own entry (src/builder/index.ts, built to dist/builder/), which registers the
 * five elements itself and drives them through the page config store, as the snippet's config block would.
 *
 * @summary Build the snippet for one or several widgets, with a live preview.
 *
 * @csspart base - The builder's root.
 * @csspart settings - The settings form.
 * @csspart preview - The box holding the live widgets.
 * @csspart snippet - The snippet text area.
 * @csspart copy - The Copy button.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { integerAttribute, type AttributeValue } from '../core/attributes.js';
import { configStore } from '../core/config.js';
import { WidgetError } from '../core/errors.js';
import { defineCatalog, translate, type Catalog, type Params } from '../core/i18n.js';
import { LocalizedElement } from '../core/localized-element.js';
import { controlStyles, hostStyles } from '../core/theme.js';
import { styles } from './embed-builder.styles.js';
import { checkboxGroup, idOf, radioGroup, textField, type FieldContext } from './fields.js';
import en from './messages.en.js';
import { initialState, LANG_CHOICES, TAGS } from './model.js';
import type { BackendChoice, BuilderState, OptionValue, Tag } from './model.js';
import { previewSection } from './preview.js';
import { backendSection, lookSection, optionsSection, type SectionContext } from './sections.js';
import { pageConfigOf, snippetOf } from './snippet.js';
import { problemsOf, type Problem } from './validate.js';

const catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

/** Where the drop-in lives relative to the builder page when the attribute does not say (the reference server). */
const DEFAULT_SCRIPT_URL = '/dist/m4a-widgets.js';

const PREVIEW_DELAY = { default: 300, range: { min: 0, max: 5000 } };

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

type CopyStatus = '' | 'done' | 'blocked' | 'failed';

export class M4aEmbedBuilder extends LocalizedElement {
  static override styles = [hostStyles, controlStyles, styles];

  /** The drop-in script the snippet loads, resolved against this page (default `/dist/m4a-widgets.js`). */
  @property({ attribute: 'script-url' }) scriptUrl = DEFAULT_SCRIPT_URL;

  /** Milliseconds (0 to 5000) of quiet typing before the preview follows a text field (choices apply at once). */
  @property({ attribute: 'preview-delay' }) previewDelay: AttributeValue = PREVIEW_DELAY.default;

  @state() private choices: BuilderState = initialState(absolute(DEFAULT_SCRIPT_URL));
  /** What the preview shows: `choices`, a moment behind while someone types. */
  @state() private shown: BuilderState = this.choices;
  @state() private copyStatus: CopyStatus = '';

  private problems: Problem[] = [];
  private delay = PREVIEW_DELAY.default;
  private appliedConfig: string | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  /**
   * The builder's own strings. Its language is its `lang` or the document's, never the page config's `lang`: that
   * config is the preview's (set from the choices below), not the builder's.
   */
  protected override get catalogs(): Catalog[] {
    return [catalog];
  }

  private t(key: string, params?: Params): string {
    return translate(this.catalogs, this.resolvedLang, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scriptUrl')) this.change({ scriptUrl: absolute(this.scriptUrl) });
    if (changed.has('previewDelay')) this.delay = this.previewDelayOf(this.previewDelay);
    this.problems = problemsOf(this.choices, (k, p) => this.t(k, p));
    // The preview's elements read the page config from the store, exactly as the snippet's config block sets it.
    const config = JSON.stringify(pageConfigOf(this.shown));
    if (config !== this.appliedConfig) {
      this.appliedConfig = config;
      configStore.reset();
      configStore.configure(JSON.parse(config));
    }
  }

  override render() {
    const snippet = snippetOf(this.choices);
    return html`<div part="base" class="builder" lang=${this.resolvedLang}>
      <form class="settings" part="settings" novalidate aria-labelledby="settings-title" @submit=${(e: Event) => e.preventDefault()}>
        <h2 id="settings-title">${this.t('settings.title')}</h2>
        ${this.renderWidgets()} ${backendSection(this.sections)} ${this.renderLang()}
        ${this.choices.widgets.map((tag) => optionsSection(this.sections, tag))} ${lookSection(this.sections)} ${this.renderScript()}
      </form>
      <div class="output">
        ${previewSection((key, params) => this.t(key, params), this.shown)}
        <section class="snippet-section" aria-labelledby="snippet-title">
          <h2 id="snippet-title">${this.t('snippet.title')}</h2>
          ${this.renderSummary()}
          <label class="label" for="snippet">${this.t('snippet.label')}</label>
          <p class="hint" id="snippet-hint">${this.t('snippet.hint')}</p>
          <textarea
            id="snippet"
            class="input snippet"
            part="snippet"
            readonly
            spellcheck="false"
            rows=${Math.min(24, snippet.split('\n').length)}
            aria-describedby="snippet-hint"
            .value=${live(snippet)}
          ></textarea>
          <div class="copy-row">
            <button class="button" part="copy" type="button" @click=${this.copy}>${this.t('copy.button')}</button>
            <p class="copy-status ${this.copyStatus}" role="status">${this.copyStatus ? this.t(`copy.${this.copyStatus}`) : ''}</p>
          </div>
        </section>
      </div>
    </div>`;
  }

  private get fields(): FieldContext {
    return { problem: (field) => this.problems.find((p) => p.field === field), errorPrefix: this.t('error.prefix') };
  }

  private get sections(): SectionContext {
    return {
      t: (key, params) => this.t(key, params),
      lang: this.resolvedLang,
      fields: this.fields,
      choices: this.choices,
      change: (patch, typing) => this.change(patch, typing),
      changeBackend: (patch) => this.changeBackend(patch),
      changeOption: (tag, attr, value, typing) => this.changeOption(tag, attr, value, typing),
    };
  }

  private renderWidgets(): TemplateResult {
    return checkboxGroup(this.fields, {
      field: 'widgets',
      legend: this.t('widgets.legend'),
      choices: TAGS.map((tag) => ({ value: tag, label: this.t(`widget.${tag}`), hint: this.t(`widget.${tag}.hint`) })),
      values: this.choices.widgets,
      onChange: (values) => this.change({ widgets: values as Tag[] }),
    });
  }

  private renderLang(): TemplateResult {
    return radioGroup(this.fields, {
      field: 'lang',
      legend: this.t('lang.legend'),
      choices: LANG_CHOICES.map((lang) => ({
        value: lang,
        label: this.t(`lang.${lang}`),
        hint: lang === 'auto' ? this.t('lang.auto.hint') : undefined,
      })),
      value: this.choices.lang,
      onChange: (lang) => this.change({ lang: lang as BuilderState['lang'] }),
    });
  }

  private renderScript(): TemplateResult {
    return html`<fieldset class="group">
      <legend>${this.t('script.legend')}</legend>
      ${textField(this.fields, {
        field: 'scriptUrl',
        label: this.t('scriptUrl.label'),
        hint: this.t('scriptUrl.hint'),
        value: this.choices.scriptUrl,
        type: 'url',
        maxLength: 2000,
        onInput: (scriptUrl) => this.change({ scriptUrl }, true),
      })}
    </fieldset>`;
  }

  private renderSummary(): TemplateResult {
    const count = this.problems.length;
    return html`<div class="summary ${count ? 'has-problems' : ''}">
      <p id="summary-title" class="summary-title" role="status" tabindex="-1">
        ${count ? this.t('summary.title', { count }) : this.t('summary.ready')}
      </p>
      ${
        count
          ? html`<ul class="summary-list">
            ${this.problems.map(
              (p) => html`<li>
                <a href="#${idOf(p.field)}" lang=${p.fromSchema ? 'en' : nothing} @click=${(e: Event) => this.focusField(e, p.field)}>${p.message}</a>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private focusField(e: Event, field: string): void {
    e.preventDefault();
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`#${idOf(field)}`) ??
      root.querySelector<HTMLElement>(`[data-field="${field}"] input:checked`) ??
      root.querySelector<HTMLElement>(`[data-field="${field}"] input`);
    target?.focus();
  }

  private change(patch: Partial<BuilderState>, typing = false): void {
    this.choices = { ...this.choices, ...patch };
    this.copyStatus = '';
    clearTimeout(this.previewTimer);
    if (typing && this.delay > 0) {
      this.previewTimer = setTimeout(() => (this.shown = this.choices), this.delay);
    } else {
      this.shown = this.choices;
    }
  }

  /** A bad `preview-delay` is the host page's mistake, not the site builder's: one warning, and the default. */
  private previewDelayOf(value: AttributeValue): number {
    try {
      return integerAttribute('preview-delay', value, PREVIEW_DELAY.range, PREVIEW_DELAY.default);
    } catch (err) {
      if (!(err instanceof WidgetError)) throw err;
      console.warn(`m4a-widgets <${this.localName}>: ${err.detail}; using ${PREVIEW_DELAY.default}`);
      return PREVIEW_DELAY.default;
    }
  }

  /** A new backend type shows at once; addresses and ids typed into its fields wait for a pause. */
  private changeBackend(patch: Partial<BackendChoice>): void {
    this.change({ backend: { ...this.choices.backend, ...patch } }, !('type' in patch));
  }

  private changeOption(tag: Tag, attr: string, value: OptionValue, typing: boolean): void {
    const options = { ...this.choices.options, [tag]: { ...this.choices.options[tag], [attr]: value } };
    this.change({ options }, typing);
  }

  private readonly copy = async (): Promise<void> => {
    // A fresh message each time, so screen readers announce a second copy too.
    this.copyStatus = '';
    await this.updateComplete;
    if (this.problems.length) {
      this.copyStatus = 'blocked';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippetOf(this.choices));
      this.copyStatus = 'done';
    } catch {
      this.copyStatus = 'failed';
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-embed-builder': M4aEmbedBuilder;
  }
}
