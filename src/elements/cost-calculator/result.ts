/**
 * The result: the two totals as a sentence, a bar chart (CSS, hidden from screen readers because the table beside
 * it holds the same numbers) and a table; what each figure came from; the employer's side; the model's financing
 * sentence, assumptions and every parameter with its source. A chart library would cost more than the whole element;
 * the bars are SVG rectangles because a width in a `style` attribute is refused by a strict CSP.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { errorSummary } from '../../core/form.js';
import { headingTag } from '../../core/headings.js';
import type { Translator } from '../../core/i18n.js';
import type { CostResult, Figure } from '../../shared/cost/evaluate.js';
import type { CostModel, CostParameter, CostParameterName } from '../../shared/schemas/cost-model.js';
import type { CostProblem } from './answers.js';
import { calendarDate, count, money, percent } from './format.js';
import type { CostKey } from './messages.en.js';

export interface ResultContext {
  t: Translator<CostKey>;
  lang: string;
  /** Level of the result's headings; its sub-sections are one below. */
  level: number;
  model: CostModel;
  result: CostResult;
  problems: readonly CostProblem[];
  onSelect: (field: string) => void;
}

const RATES: readonly CostParameterName[] = ['householdRate', 'employerRate'];

/** The visible sentence, also what the live region announces. */
export function summary(c: Pick<ResultContext, 't' | 'lang' | 'result'>): string {
  const { t, lang, result } = c;
  const $ = (n: number) => money(lang, n);
  if (!result.model || result.difference === undefined)
    return t('result.needs-income', { amount: $(result.today.total) });
  const totals = t('result.summary', { today: $(result.today.total), model: $(result.model.total) });
  // Rounded as shown, so "the same" is never said of two different figures on screen, nor "$0 less".
  const shown = Math.round(result.difference);
  const change =
    shown > 0
      ? t('result.less', { amount: $(shown) })
      : shown < 0
        ? t('result.more', { amount: $(-shown) })
        : t('result.same');
  return `${totals} ${change}`;
}

function heading(level: number, text: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} class="subheading">${text}</${tag}>`;
}

function sourceOf(c: ResultContext, p: CostParameter): TemplateResult {
  return html`<a href=${p.source.url} rel="noopener">${p.source.label}</a>,
    ${c.t('sources.date', { date: calendarDate(c.lang, p.date) })}`;
}

function origin(c: ResultContext, figure: Figure): TemplateResult | string {
  if (figure.origin.from === 'answer') return c.t('used.answer');
  if (figure.origin.from === 'none') return c.t('used.none');
  const p = c.model.parameters[figure.origin.name];
  return html`${p.description} (${sourceOf(c, p)})`;
}

function chart(c: ResultContext, today: number, model: number): TemplateResult {
  const max = Math.max(today, model);
  const width = (n: number) => (max > 0 ? Math.round((n / max) * 100) : 0);
  const bar = (label: string, n: number, kind: string) =>
    html`<div class="bar-row">
      <span class="bar-label">${label}</span>
      <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
        ${svg`<rect class="bar ${kind}" width=${width(n)} height="10"></rect>`}
      </svg>
      <span class="bar-value">${money(c.lang, n)}</span>
    </div>`;
  return html`<div class="chart" part="chart" aria-hidden="true">
    ${bar(c.t('result.today'), today, 'today')} ${bar(c.t('result.model'), model, 'model')}
  </div>`;
}

function table(c: ResultContext): TemplateResult {
  const { t, lang, result } = c;
  const { today, model } = result;
  const $ = (n: number) => money(lang, n);
  const row = (label: string, now: number, then: number | undefined, total = false) =>
    html`<tr class=${total ? 'total' : ''}>
      <th scope="row">${label}</th>
      <td>${$(now)}</td>
      ${model ? html`<td>${$(then ?? 0)}</td>` : nothing}
    </tr>`;
  return html`<table class="table" part="table">
    <caption>
      ${t('table.caption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('table.cost')}</th>
        <th scope="col">${t('result.today')}</th>
        ${model ? html`<th scope="col">${t('result.model')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${row(t('table.premiums'), today.premiums.amount, model?.premium)}
      ${row(t('table.out-of-pocket'), today.deductible.amount + today.other.amount, model?.coveredCare)}
      ${row(t('table.total'), today.total, model?.total, true)}
    </tbody>
  </table>`;
}

function used(c: ResultContext): TemplateResult {
  const { t, lang, result } = c;
  const sizeKey = result.sizeOrigin === 'default' ? 'used.size-default' : 'used.size';
  const line = (key: CostKey, figure: Figure) =>
    html`<li>${t(key, { amount: money(lang, figure.amount) })} — ${origin(c, figure)}</li>`;
  return html`${heading(c.level + 1, t('used.title'))}
    <ul class="used" part="used">
      <li>${t(sizeKey, { count: result.size })}</li>
      ${
        result.income === undefined
          ? nothing
          : html`<li>${t('used.income', { amount: money(lang, result.income) })}</li>`
      }
      ${
        result.model
          ? html`<li>${t('used.exemption', { count: result.size, amount: money(lang, result.model.exemption) })}</li>`
          : nothing
      }
      ${line('used.premiums', result.today.premiums)} ${line('used.deductible', result.today.deductible)}
      ${line('used.other', result.today.other)}
    </ul>`;
}

function employer(c: ResultContext): TemplateResult | typeof nothing {
  const { t, lang, result, model } = c;
  const e = result.employer;
  if (!e) return nothing;
  const p = model.parameters;
  const premium = e.family ? p.averageFamilyPremium : p.averageSinglePremium;
  const worker = e.family ? p.averageFamilyWorkerPremium : p.averageSingleWorkerPremium;
  return html`<section class="employer" part="employer">
    ${heading(c.level + 1, t('employer.title'))}
    <p>
      ${t('employer.today', {
        amount: money(lang, e.todayShare),
        coverage: t(e.family ? 'employer.family' : 'employer.single'),
        premium: money(lang, premium.value),
        worker: money(lang, worker.value),
      })}
    </p>
    <p>
      ${
        e.model === undefined
          ? t('employer.needs-income')
          : t('employer.model', {
              rate: percent(lang, p.employerRate.value),
              exemption: money(lang, p.employerPayrollExemption.value),
              amount: money(lang, e.model),
            })
      }
    </p>
    <p>${model.employerNote}</p>
  </section>`;
}

function parameters(c: ResultContext): TemplateResult {
  const entries = Object.entries(c.model.parameters) as [CostParameterName, CostParameter][];
  const value = (name: CostParameterName, p: CostParameter) =>
    RATES.includes(name)
      ? percent(c.lang, p.value)
      : name === 'exemptionHouseholdSize'
        ? count(c.lang, p.value)
        : money(c.lang, p.value);
  return html`<details class="sources" part="sources">
    <summary>${c.t('sources.title')}</summary>
    <ul>
      ${entries.map(
        ([name, p]) => html`<li><strong>${value(name, p)}</strong>: ${p.description} (${sourceOf(c, p)})</li>`,
      )}
    </ul>
  </details>`;
}

export function renderResult(c: ResultContext): TemplateResult {
  const { t, result, problems } = c;
  if (problems.length) {
    return errorSummary({ title: t('problems.title'), problems, t, onSelect: c.onSelect }) as TemplateResult;
  }
  return html`<p class="headline" part="headline">${summary(c)}</p>
    ${result.model ? chart(c, result.today.total, result.model.total) : nothing} ${table(c)} ${used(c)}
    <p class="financing" part="financing">${c.model.financing}</p>
    ${employer(c)}
    <section class="assumptions" part="assumptions">
      ${heading(c.level + 1, t('assumptions.title'))}
      <ul>
        ${c.model.assumptions.map((a) => html`<li>${a}</li>`)}
      </ul>
    </section>
    ${parameters(c)}`;
}
