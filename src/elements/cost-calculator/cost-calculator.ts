import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingLevelAttribute } from '../../core/attributes.js';
import { M4aElement } from '../../core/base-element.js';
import { ContentSource, type LoadedContent } from '../../core/content-source.js';
import type { WidgetError } from '../../core/errors.js';
import { focusControl } from '../../core/form.js';
import { formStyles } from '../../core/form.styles.js';
import { headingTag } from '../../core/headings.js';
import { defineCatalog } from '../../core/i18n.js';
import { errorView } from '../../core/status.js';
import { evaluate, type HouseholdAnswers } from '../../shared/cost/evaluate.js';
import type { RawAnswers } from './answers.js';
import { styles } from './cost-calculator.styles.js';
import { M4aCostResultShownEvent } from './dom-events.js';
import { EvaluationController } from './evaluation-controller.js';
import { renderFields } from './fields.js';
import { readModelPage } from './light-dom.js';
import en, { type CostKey } from './messages.en.js';
import { renderResult, summary } from './result.js';

/**
 * "What would I pay?": a household's health costs in a year today against what it would pay under one financing
 * option for Medicare for All, with the difference, a chart, a table, the employer's side, the assumptions and every
 * figure's source. Every number stays on the device.
 *
 * The model (figures, sources, assumptions: schemas/cost-model.ts) comes from, in order: `src`; a
 * `<script type="application/json">` inside the element; the configured backend's `getContent('cost-model', lang)`;
 * the built-in model (Sen. Sanders' April 2019 financing option, KFF 2025 averages). A model that does not match the
 * schema shows a message naming the field.
 *
 * @summary Compares a household's health costs today with a Medicare for All financing option, with sources.
 *
 * @slot - A partner's model as `<script type="application/json">` (see docs/cost-calculator.md).
 *
 * @csspart base - The widget's root.
 * @csspart heading - The optional heading.
 * @csspart form - The questions.
 * @csspart input - Every text input and choice list.
 * @csspart result - The result area.
 * @csspart headline - The sentence with both totals and the difference (also announced).
 * @csspart chart - The bar chart of the two totals (hidden from screen readers, who get the table).
 * @csspart table - The table of costs today and under the option.
 * @csspart used - What each figure of the result came from.
 * @csspart financing - The sentence on how the option relates to the bills.
 * @csspart employer - The employer's side.
 * @csspart assumptions - The model's assumptions.
 * @csspart sources - Every figure of the model with its source.
 * @csspart error-summary - The answers to fix before a result can be shown.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --m4a-color-accent - The bar of the option, links and focus of choices.
 * @cssprop --m4a-color-text-muted - The bar of today's costs and hints.
 * @cssprop --m4a-color-danger - Messages about answers.
 * @cssprop [--m4a-cost-columns-min=20rem] - Narrowest column before the questions and the result stack.
 *
 * @fires {M4aCostResultShownEvent} m4a-cost-result-shown - A result from the visitor's answers was shown, once per
 *   element; `detail.origin` (which model). No amounts, no answers.
 * @fires {M4aErrorEvent} m4a-error - A setting or the model has a problem; `detail.kind`, `detail.field`.
 */
export class M4aCostCalculator extends M4aElement<CostKey> {
  static override styles = [...M4aElement.styles, formStyles, styles];
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

  private readonly source = new ContentSource(this, {
    kind: 'cost-model',
    src: () => this.src,
    lang: () => this.resolvedLang,
    resolution: () => this.resolution,
    readPage: () => readModelPage(this),
    fetchBackend: (lang, signal) =>
      this.call(
        () => import('../../shared/schemas/cost-model.js').then((m) => m.CostModel),
        'getContent',
        (b, s) => b.getContent?.('cost-model', lang, { signal: s }),
        signal,
      ),
    report: (error) => this.reportError(error),
  });

  private readonly evaluation = new EvaluationController(this, {
    label: (field) => this.t(`${field}.label`),
    summary: (answers) => this.summaryOf(answers),
    onFirstResult: () => {
      const origin = this.source.value?.origin;
      if (origin) this.dispatchEvent(new M4aCostResultShownEvent({ origin }));
    },
  });

  protected override get awaitingFirstContent(): boolean {
    return this.source.awaitingFirst;
  }

  /** Optional heading above the calculator. */
  @property() heading?: string;

  /** Level of the heading, 2 to 6 (default 2); the calculator's own headings are one level below it. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** URL of a model JSON file (see docs/cost-calculator.md); `{lang}` in it is replaced by `en` or `es`. */
  @property() src?: string;

  private level = 2;
  private settingsProblem: WidgetError | undefined;
  private shownLang = this.resolvedLang;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.level = headingLevelAttribute(this.headingLevel, 2);
      this.settingsProblem = undefined;
    } catch (error) {
      this.settingsProblem = error as WidgetError;
      this.reportError(this.settingsProblem);
    }
    if (this.shownLang !== this.resolvedLang) {
      this.shownLang = this.resolvedLang;
      this.evaluation.recheck();
    }
  }

  override render() {
    const t = this.t.bind(this);
    const heading = this.heading?.trim();
    const tag = headingTag(this.level);
    const sectionLevel = heading ? this.level + 1 : this.level;
    return html`<div part="base" class="base surface" lang=${this.resolvedLang}>
      ${
        this.settingsProblem
          ? errorView(t, this.settingsProblem)
          : html`${heading ? staticHtml`<${tag} class="heading" part="heading">${heading}</${tag}>` : nothing}
            ${this.source.render(t, (loaded) => this.renderCalculator(loaded, sectionLevel))}`
      }
    </div>`;
  }

  private renderCalculator({ content: model }: LoadedContent<'cost-model'>, level: number): TemplateResult {
    const t = this.t.bind(this);
    const lang = this.resolvedLang;
    const { raw, problems } = this.evaluation;
    const result = evaluate(model, this.evaluation.answers);
    const title = headingTag(level);
    return html`<div class="columns">
        <form
          class="form"
          part="form"
          novalidate
          @input=${this.onInput}
          @change=${this.onChange}
          @submit=${this.onSubmit}
        >
          ${staticHtml`<${title} class="section-title">${t('form.title')}</${title}>`}
          ${renderFields({ t, lang, raw, problems, parameters: model.parameters })}
        </form>
        <section class="result" part="result" aria-labelledby="result-title">
          ${staticHtml`<${title} class="section-title" id="result-title">${t('result.title')}</${title}>`}
          <p class="model-title">${model.title}</p>
          ${renderResult({ t, lang, level, model, result, problems, onSelect: this.focusField })}
        </section>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.evaluation.announcement}
      </p>`;
  }

  private summaryOf(answers: HouseholdAnswers): string | undefined {
    const model = this.source.value?.content;
    return model && summary({ t: this.t.bind(this), lang: this.resolvedLang, result: evaluate(model, answers) });
  }

  private focusField = (id: string): void => focusControl(this.renderRoot as ShadowRoot, id);

  private onInput = (event: Event): void => this.answer(event, false);

  private onChange = (event: Event): void => this.answer(event, true);

  /** Enter in a field checks every answer, as leaving it would; nothing is ever sent anywhere. */
  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.evaluation.checkAll();
  };

  private answer(event: Event, leaving: boolean): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    // Controls are named as their answers, in kebab case ("income-period" sets incomePeriod).
    const field = control.name.replace('-p', 'P') as keyof RawAnswers;
    if (!Object.hasOwn(this.evaluation.raw, field)) return;
    if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
    this.evaluation.update(field, control.value as RawAnswers[typeof field], leaving);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-cost-calculator': M4aCostCalculator;
  }
}
