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
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { configStore } from '../core/config.js';
import { defineCatalog, isLoaded, loadCatalogs, resolveLang, translate, type Params } from '../core/i18n.js';
import { controlStyles, hostStyles } from '../core/theme.js';
import type { Lang } from '../shared/schemas/common.js';
import { attributes } from './attributes.js';
import { styles } from './embed-builder.styles.js';
import { checkboxGroup, idOf, radioGroup, textField, type FieldContext } from './fields.js';
import en from './messages.en.js';
import { initialState, LANG_CHOICES, TAGS, type BackendChoice, type BuilderState, type OptionValue, type Tag } from './model.js';
import { backendSection, lookSection, optionsSection, type SectionContext } from './sections.js';
import { attributesOf, pageConfigOf, snippetOf, tokensOf } from './snippet.js';
import { problemsOf, type Problem } from './validate.js';

const catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

/** Where the drop-in lives relative to the builder page when the attribute does not say (the reference server). */
const DEFAULT_SCRIPT_URL = '/dist/m4a-widgets.js';

/** Tag names as static template parts; only these constants ever reach unsafeStatic. */
const TAG_PARTS = Object.fromEntries(TAGS.map((tag) => [tag, unsafeStatic(tag)])) as Record<Tag, StaticValue>;

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

type CopyStatus = '' | 'done' | 'blocked' | 'failed';

export class M4aEmbedBuilder extends LitElement {
  static override styles = [hostStyles, controlStyles, styles];

  /** The drop-in script the snippet loads, resolved against this page (default `/dist/m4a-widgets.js`). */
  @property({ attribute: 'script-url' }) scriptUrl = DEFAULT_SCRIPT_URL;

  /** Milliseconds of quiet typing before the preview follows a text field (choices apply at once). */
  @property({ type: Number, attribute: 'preview-delay' }) previewDelay = 300;

  @state() private choices: BuilderState = initialState(absolute(DEFAULT_SCRIPT_URL));
  /** What the preview shows: `choices`, a moment behind while someone types. */
  @state() private shown: BuilderState = this.choices;
  @state() private copyStatus: CopyStatus = '';

  private uiLang: Lang = 'en';
  private problems: Problem[] = [];
  private appliedConfig: string | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  /** Holds rendering until the builder's own strings are loaded. */
  protected override async scheduleUpdate(): Promise<void> {
    const lang = resolveLang(this.getAttribute('lang'), undefined);
    if (!isLoaded([catalog], lang)) await loadCatalogs([catalog], lang);
    this.uiLang = lang;
    super.scheduleUpdate();
  }

  private t(key: string, params?: Params): string {
    return translate([catalog], this.uiLang, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scriptUrl')) this.change({ scriptUrl: absolute(this.scriptUrl) });
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
    return html`<div part="base" class="builder" lang=${this.uiLang}>
      <form class="settings" part="settings" novalidate aria-labelledby="settings-title" @submit=${(e: Event) => e.preventDefault()}>
        <h2 id="settings-title">${this.t('settings.title')}</h2>
        ${this.renderWidgets()} ${backendSection(this.sections)} ${this.renderLang()}
        ${this.choices.widgets.map((tag) => optionsSection(this.sections, tag))} ${lookSection(this.sections)} ${this.renderScript()}
      </form>
      <div class="output">
        ${this.renderPreview()}
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
      lang: this.uiLang,
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
      choices: LANG_CHOICES.map((lang) => ({ value: lang, label: this.t(`lang.${lang}`), hint: lang === 'auto' ? this.t('lang.auto.hint') : undefined })),
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

  private renderPreview(): TemplateResult {
    const shown = this.shown;
    return html`<section class="preview-section" aria-labelledby="preview-title">
      <h2 id="preview-title">${this.t('preview.title')}</h2>
      <p class="hint">${this.t('preview.hint')}</p>
      <div class="preview scheme-${shown.theme}" part="preview" style=${styleMap(Object.fromEntries(tokensOf(shown)))}>
        ${shown.widgets.length
          ? repeat(
              shown.widgets,
              (tag) => tag,
              (tag) => html`<div class="preview-item">
                <p class="preview-label">${this.t(`widget.${tag}`)}</p>
                ${this.renderElement(tag, shown)}
              </div>`,
            )
          : html`<p>${this.t('preview.empty')}</p>`}
      </div>
    </section>`;
  }

  /**
   * The real element with the snippet's attributes. Values change in place; when an attribute comes or goes the
   * element is made afresh, as a page loading the snippet would make it, rather than relying on each widget to
   * handle an attribute being removed.
   */
  private renderElement(tag: Tag, state: BuilderState): unknown {
    const list = attributesOf(tag, state);
    const names = list.map(([name]) => name).join(' ');
    return keyed(names, staticHtml`<${TAG_PARTS[tag]} ${attributes(list)}></${TAG_PARTS[tag]}>`);
  }

  private renderSummary(): TemplateResult {
    const count = this.problems.length;
    return html`<div class="summary ${count ? 'has-problems' : ''}">
      <p id="summary-title" class="summary-title" role="status" tabindex="-1">
        ${count ? this.t('summary.title', { count }) : this.t('summary.ready')}
      </p>
      ${count
        ? html`<ul class="summary-list">
            ${this.problems.map(
              (p) => html`<li>
                <a href="#${idOf(p.field)}" lang=${p.fromSchema ? 'en' : nothing} @click=${(e: Event) => this.focusField(e, p.field)}>${p.message}</a>
              </li>`,
            )}
          </ul>`
        : nothing}
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
    if (typing && this.previewDelay > 0) {
      this.previewTimer = setTimeout(() => (this.shown = this.choices), this.previewDelay);
    } else {
      this.shown = this.choices;
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
