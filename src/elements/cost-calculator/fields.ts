/** The calculator's questions: labelled fields with hints and inline messages (core/form.ts), and period choices. */
import { html, type TemplateResult } from 'lit';
import { choiceGroup, describedBy, problemMessage, textField } from '../../core/form.js';
import type { Translator } from '../../core/i18n.js';
import { COVERAGES, INCOME_PERIODS, PREMIUM_PERIODS } from '../../shared/cost/evaluate.js';
import type { CostParameters } from '../../shared/schemas/cost-model.js';
import type { CostProblem, RawAnswers, TextField } from './answers.js';
import { count, money } from './format.js';
import type { CostKey } from './messages.en.js';

export interface FieldsContext {
  t: Translator<CostKey>;
  lang: string;
  raw: RawAnswers;
  problems: readonly CostProblem[];
  parameters: CostParameters;
}

function amount(
  c: FieldsContext,
  id: TextField,
  label: string,
  hint: string,
  inputmode: 'numeric' | 'decimal' = 'decimal',
) {
  return textField({
    id,
    name: id,
    label,
    hint,
    error: problemMessage(c.problems, id, c.t),
    errorPrefix: c.t('error.prefix'),
    value: c.raw[id],
    inputmode,
    autocomplete: 'off',
    maxlength: 20,
    width: 'w-amount',
  });
}

function period(
  c: FieldsContext,
  id: 'income-period' | 'premium-period',
  label: string,
  periods: object,
  value: string,
  of: string,
) {
  return html`<div class="field period">
    <label class="label" for=${id}>${label}</label>
    <select class="input w-period" part="input" id=${id} name=${id} aria-describedby=${describedBy(`${of}-hint`)}>
      ${Object.keys(periods).map(
        (p) => html`<option value=${p} ?selected=${p === value}>${c.t(`period.${p}` as CostKey)}</option>`,
      )}
    </select>
  </div>`;
}

export function renderFields(c: FieldsContext): TemplateResult {
  const { t, raw, parameters: p } = c;
  const reference = p.exemptionHouseholdSize.value;
  const typed = Number(raw.size.trim());
  // The hint names the average the result will use: family for two or more, as evaluate() decides.
  const size = raw.size.trim() !== '' && Number.isInteger(typed) ? typed : reference;
  const job = raw.coverage === 'job';
  const workerAverage = size > 1 ? p.averageFamilyWorkerPremium.value : p.averageSingleWorkerPremium.value;
  return html`
    <p class="intro">${t('form.intro')}</p>
    ${amount(c, 'size', t('size.label'), t('size.hint', { count: count(c.lang, reference) }), 'numeric')}
    ${amount(c, 'income', t('income.label'), t('income.hint'))}
    ${period(c, 'income-period', t('income.period'), INCOME_PERIODS, raw.incomePeriod, 'income')}
    ${choiceGroup({
      id: 'coverage',
      name: 'coverage',
      legend: t('coverage.legend'),
      errorPrefix: t('error.prefix'),
      options: COVERAGES.map((value) => ({ value, label: t(`coverage.${value}`) })),
      selected: [raw.coverage],
      multiple: false,
    })}
    ${amount(
      c,
      'premium',
      t('premium.label'),
      job ? t('premium.hint.average', { amount: money(c.lang, workerAverage) }) : t('premium.hint.none'),
    )}
    ${period(c, 'premium-period', t('premium.period'), PREMIUM_PERIODS, raw.premiumPeriod, 'premium')}
    ${amount(
      c,
      'deductible',
      t('deductible.label'),
      job
        ? t('deductible.hint.average', { amount: money(c.lang, p.averageSingleDeductible.value) })
        : t('deductible.hint.none'),
    )}
    ${amount(c, 'other', t('other.label'), t('other.hint'))}
  `;
}
