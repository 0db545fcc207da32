/**
 * The cost calculator's arithmetic: a household's answers and a cost model (schemas/cost-model.ts) in, a year's
 * health costs today and under the model's financing out. Pure and DOM-free, so the server or a test can run it.
 *
 * Rules (each also stated in the model's `assumptions`, which the element shows under the result):
 * - amounts are per year: income by the month is ×12, by the hour ×2,080 (40 hours × 52 weeks); premiums per
 *   paycheck are ×52, ×26 or ×24 by how often the household is paid;
 * - today = premiums the household pays + deductible + other out-of-pocket costs; an amount left empty is the
 *   model's national average where it has one (job-based coverage), else 0, and the result says which;
 * - under the model = household rate × (income − exemption, never below 0) + `coveredCareCosts`; the exemption for
 *   a household of n people is the stated exemption scaled by the model's equivalence scale
 *   (first + each additional × (n − 1)) relative to the reference household size;
 * - the employer's side (job-based coverage only): today's average employer share (average premium − average worker
 *   premium, family or single) against the employer rate × the household's income, as if it were all wages from an
 *   employer whose payroll is above the exemption. It is shown apart and never added to the household's totals.
 */
import type { CostModel, CostParameterName, CostParameters } from '../schemas/cost-model.js';

export const COVERAGES = ['job', 'marketplace', 'medicaid', 'medicare', 'uninsured', 'other'] as const;
export type Coverage = (typeof COVERAGES)[number];

/** Periods an income may be given in, with how many of them make a year. */
export const INCOME_PERIODS = { year: 1, month: 12, hour: 2080 } as const;
export type IncomePeriod = keyof typeof INCOME_PERIODS;

/** Periods a premium may be given in: by the year, the month, or per paycheck by pay frequency. */
export const PREMIUM_PERIODS = { year: 1, month: 12, weekly: 52, biweekly: 26, semimonthly: 24 } as const;
export type PremiumPeriod = keyof typeof PREMIUM_PERIODS;

export const HOUSEHOLD_SIZE = { min: 1, max: 20 } as const;

/** The visitor's answers; an amount left empty is `undefined`. */
export interface HouseholdAnswers {
  size?: number | undefined;
  income?: number | undefined;
  incomePeriod?: IncomePeriod | undefined;
  coverage?: Coverage | undefined;
  premium?: number | undefined;
  premiumPeriod?: PremiumPeriod | undefined;
  deductible?: number | undefined;
  otherCosts?: number | undefined;
}

/**
 * Where a figure of the result comes from: the visitor's answer, one of the model's parameters (a national average,
 * named), or nothing (an empty amount the model has no average for, counted as 0).
 */
export type FigureOrigin = { from: 'answer' } | { from: 'parameter'; name: CostParameterName } | { from: 'none' };

export interface Figure {
  /** Dollars a year. */
  amount: number;
  origin: FigureOrigin;
}

export interface CostResult {
  size: number;
  sizeOrigin: 'answer' | 'default';
  coverage: Coverage;
  /** A year's income, or undefined until the visitor gives one (the comparison needs it). */
  income: number | undefined;
  today: { premiums: Figure; deductible: Figure; other: Figure; total: number };
  /** Undefined without an income. */
  model:
    | { exemption: number; incomeAboveExemption: number; premium: number; coveredCare: number; total: number }
    | undefined;
  /** today − model: positive when the household would pay less under the model. Undefined without an income. */
  difference: number | undefined;
  /** Job-based coverage only; `model` needs an income. */
  employer: { todayShare: number; family: boolean; model: number | undefined } | undefined;
}

/** Income exempt from the household premium for `size` people (see the header). */
export function exemptionFor(size: number, p: CostParameters): number {
  const scale = (n: number) => p.exemptionScaleFirstPerson.value + p.exemptionScaleEachAdditional.value * (n - 1);
  const reference = scale(p.exemptionHouseholdSize.value);
  return reference > 0 ? (p.householdExemption.value * scale(size)) / reference : p.householdExemption.value;
}

const answer = (amount: number): Figure => ({ amount, origin: { from: 'answer' } });
const none: Figure = { amount: 0, origin: { from: 'none' } };
const fromParameter = (p: CostParameters, name: CostParameterName): Figure => ({
  amount: p[name].value,
  origin: { from: 'parameter', name },
});

/** The comparison for one household. Answers must be valid (see `validateAnswers` in the element); none is required. */
export function evaluate(costModel: CostModel, answers: HouseholdAnswers): CostResult {
  const p = costModel.parameters;
  const size = answers.size ?? p.exemptionHouseholdSize.value;
  const coverage = answers.coverage ?? 'job';
  const family = size > 1;
  const job = coverage === 'job';

  const premiums =
    answers.premium !== undefined
      ? answer(answers.premium * PREMIUM_PERIODS[answers.premiumPeriod ?? 'year'])
      : job
        ? fromParameter(p, family ? 'averageFamilyWorkerPremium' : 'averageSingleWorkerPremium')
        : none;
  const deductible =
    answers.deductible !== undefined
      ? answer(answers.deductible)
      : job
        ? fromParameter(p, 'averageSingleDeductible')
        : none;
  const other = answers.otherCosts !== undefined ? answer(answers.otherCosts) : none;
  const today = { premiums, deductible, other, total: premiums.amount + deductible.amount + other.amount };

  const income =
    answers.income === undefined ? undefined : answers.income * INCOME_PERIODS[answers.incomePeriod ?? 'year'];
  let model: CostResult['model'];
  if (income !== undefined) {
    const exemption = exemptionFor(size, p);
    const incomeAboveExemption = Math.max(0, income - exemption);
    const premium = p.householdRate.value * incomeAboveExemption;
    const coveredCare = p.coveredCareCosts.value;
    model = { exemption, incomeAboveExemption, premium, coveredCare, total: premium + coveredCare };
  }

  const employer = job
    ? {
        family,
        todayShare: Math.max(
          0,
          family
            ? p.averageFamilyPremium.value - p.averageFamilyWorkerPremium.value
            : p.averageSinglePremium.value - p.averageSingleWorkerPremium.value,
        ),
        model: income === undefined ? undefined : p.employerRate.value * income,
      }
    : undefined;

  return {
    size,
    sizeOrigin: answers.size === undefined ? 'default' : 'answer',
    coverage,
    income,
    today,
    model,
    difference: model ? today.total - model.total : undefined,
    employer,
  };
}
