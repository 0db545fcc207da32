/**
 * The cost calculator's model (issue #18): the figures and wording that turn a household's answers into "what you pay
 * today" and "what you would pay under this financing". It is data, not code: the default is one financing option
 * (src/shared/cost/), and a partner replaces it with a JSON file, light-DOM JSON or the backend's
 * `GET /api/content/cost-model`, like explainer content. Every parameter carries its value, source, date and a
 * one-line description, so the element can show where each number comes from.
 *
 * The arithmetic that uses these parameters is src/shared/cost/evaluate.ts; it needs only the types below, so a page
 * with the default model never downloads zod.
 */
import * as z from 'zod/mini';
import { HttpUrl } from './common.js';
import { LANGS } from './vocab.js';

const textError = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'This field is missing' : 'Must be text'),
};
const text = (max: number) =>
  z
    .string(textError)
    .check(z.trim(), z.minLength(1, 'This text is empty'), z.maxLength(max, `At most ${max} characters`));
const numberError = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'This field is missing' : 'Must be a number'),
};

/** Where a parameter's figure comes from. */
export const ParameterSource = z.object(
  { label: text(200), url: HttpUrl },
  {
    error: (issue) => (issue.input === undefined ? 'Every parameter needs a source' : 'A source is { "label", "url" }'),
  },
);
export type ParameterSource = z.infer<typeof ParameterSource>;

/** One figure of the model with what it is, where it comes from and when it was published. */
const parameter = <S extends z.ZodMiniType<number>>(value: S) =>
  z.object(
    {
      value,
      source: ParameterSource,
      /** When the source published the figure (or the law it describes took effect), YYYY-MM-DD. */
      date: z.iso.date({ error: 'Use a date written YYYY-MM-DD, like 2019-04-10' }),
      /** One line, in the model's language, shown next to the figure. */
      description: text(300),
    },
    { error: (issue) => (issue.input === undefined ? 'This parameter is missing' : 'A parameter is an object') },
  );

const amount = z.number(numberError).check(z.gte(0, 'Must be 0 or more'), z.lte(1e9, 'At most 1,000,000,000'));
const rate = z
  .number(numberError)
  .check(z.gte(0, 'A rate is from 0 to 1 (0.04 is 4%)'), z.lte(1, 'A rate is from 0 to 1 (0.04 is 4%)'));
const size = z.int({ error: 'Must be a whole number' }).check(z.gte(1, 'At least 1'), z.lte(20, 'At most 20'));

export const MoneyParameter = parameter(amount);
export const RateParameter = parameter(rate);
export type CostParameter = z.infer<typeof MoneyParameter>;

export const CostParameters = z.object({
  /** Share of household income above the exemption paid as the household premium (0.04 = 4%). */
  householdRate: RateParameter,
  /** Income exempt from the household premium for the reference household (`exemptionHouseholdSize`). */
  householdExemption: MoneyParameter,
  /** The household size the exemption is stated for. */
  exemptionHouseholdSize: parameter(size),
  /** The scale used for other household sizes: an equivalence scale's first person and each further person. */
  exemptionScaleFirstPerson: MoneyParameter,
  exemptionScaleEachAdditional: MoneyParameter,
  /** Share of payroll paid by employers (0.075 = 7.5%), above `employerPayrollExemption`. */
  employerRate: RateParameter,
  employerPayrollExemption: MoneyParameter,
  /** What the household pays under the model when it gets covered care (premiums aside): deductibles, copays. */
  coveredCareCosts: MoneyParameter,
  /** Fallbacks for job-based coverage when the visitor leaves an amount empty. */
  averageFamilyPremium: MoneyParameter,
  averageFamilyWorkerPremium: MoneyParameter,
  averageSinglePremium: MoneyParameter,
  averageSingleWorkerPremium: MoneyParameter,
  averageSingleDeductible: MoneyParameter,
});
export type CostParameters = z.infer<typeof CostParameters>;
export type CostParameterName = keyof CostParameters;

export const CostModel = z.object(
  {
    kind: z.literal('cost-model', { error: 'kind must be "cost-model"' }),
    lang: z.enum(LANGS, { error: `Use one of: ${LANGS.join(', ')}` }),
    /** The financing option modelled, e.g. "Options to finance Medicare for All (Sen. Sanders, April 2019)". */
    title: text(200),
    /** One sentence on how this option relates to the bills (the 2025 bills do not set their financing). */
    financing: text(400),
    /** What the employer's side means: most economists expect employer premiums to come back as wages. */
    employerNote: text(500),
    parameters: CostParameters,
    /** Rules the model had to choose where its sources are silent; shown under the result. */
    assumptions: z
      .array(text(400), { error: 'assumptions must be a list' })
      .check(z.maxLength(20, 'At most 20 assumptions')),
  },
  { error: 'A cost model must be a JSON object' },
);
export type CostModel = z.infer<typeof CostModel>;
