/**
 * The visitor's answers as typed (strings, so "abc" and "-5" can be named as problems rather than silently dropped
 * the way a number input drops them) and their check. Amounts may be written with `$`, commas and spaces.
 */
import type { FormProblem } from '../../core/form.js';
import {
  COVERAGES,
  HOUSEHOLD_SIZE,
  INCOME_PERIODS,
  PREMIUM_PERIODS,
  type Coverage,
  type HouseholdAnswers,
  type IncomePeriod,
  type PremiumPeriod,
} from '../../shared/cost/evaluate.js';
import type { CostKey } from './messages.en.js';

/** Text fields, by control id. */
export const AMOUNT_FIELDS = ['income', 'premium', 'deductible', 'other'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export type TextField = 'size' | AmountField;

export interface RawAnswers {
  size: string;
  income: string;
  premium: string;
  deductible: string;
  other: string;
  incomePeriod: IncomePeriod;
  premiumPeriod: PremiumPeriod;
  coverage: Coverage;
}

export const emptyAnswers = (): RawAnswers => ({
  size: '',
  income: '',
  premium: '',
  deductible: '',
  other: '',
  incomePeriod: 'year',
  premiumPeriod: 'month',
  coverage: 'job',
});

export type CostProblem = FormProblem<TextField, CostKey>;

const MAX_AMOUNT = 1e9;

/** `60,000`, `$1,200.50`, ` 25 ` → a number; '' → undefined; anything else → NaN (the caller names the problem). */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s$,]/g, '');
  if (cleaned === '') return undefined;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** The answers ready for the model, or the problems (one per field, in the form's order) that stop it. */
export function checkAnswers(
  raw: RawAnswers,
  label: (field: AmountField) => string,
): { answers: HouseholdAnswers; problems: CostProblem[] } {
  const problems: CostProblem[] = [];
  const size = parseAmount(raw.size);
  if (size !== undefined && !(Number.isInteger(size) && size >= HOUSEHOLD_SIZE.min && size <= HOUSEHOLD_SIZE.max)) {
    problems.push({ field: 'size', key: 'problem.size' });
  }
  const amounts: Partial<Record<AmountField, number>> = {};
  for (const field of AMOUNT_FIELDS) {
    const value = parseAmount(raw[field]);
    const params = { label: label(field) };
    if (value === undefined) continue;
    if (Number.isNaN(value)) problems.push({ field, key: 'problem.number', params });
    else if (value < 0) problems.push({ field, key: 'problem.negative', params });
    else if (value > MAX_AMOUNT) problems.push({ field, key: 'problem.too-large', params });
    else amounts[field] = value;
  }
  const coverage = (COVERAGES as readonly string[]).includes(raw.coverage) ? raw.coverage : 'job';
  return {
    problems,
    answers: {
      size: problems.some((p) => p.field === 'size') ? undefined : size,
      income: amounts.income,
      incomePeriod: Object.hasOwn(INCOME_PERIODS, raw.incomePeriod) ? raw.incomePeriod : 'year',
      coverage,
      premium: amounts.premium,
      premiumPeriod: Object.hasOwn(PREMIUM_PERIODS, raw.premiumPeriod) ? raw.premiumPeriod : 'year',
      deductible: amounts.deductible,
      otherCosts: amounts.other,
    },
  };
}
