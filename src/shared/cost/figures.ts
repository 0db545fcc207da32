/**
 * The default cost model's figures, sources and dates, shared by both languages (default-model.en.ts / .es.ts add
 * the wording). Each figure is as its source states it; rules the sources do not set are the models' assumptions.
 *
 * - Sanders, "Options to finance Medicare for All" (April 10, 2019): a 4% income-based premium paid by households,
 *   exempting the first $29,000 of income for a family of four; a 7.5% income-based premium paid by employers,
 *   exempting the first $2 million of payroll.
 * - HHS poverty guidelines for 2019 (48 contiguous states, Federal Register, February 1, 2019): $12,490 for one
 *   person and $4,420 for each additional person ($25,750 for four), used only as the scale for the exemption at other
 *   household sizes.
 * - KFF Employer Health Benefits Survey 2025 (October 22, 2025): average family premium $26,993, of which workers pay
 *   $6,850; single premium $9,325, of which workers pay $1,440; average single deductible $1,886 for covered workers
 *   in plans with a general annual deductible.
 * - H.R.3069 (119th Congress), the Medicare for All Act of 2025: no premiums, deductibles or copays for covered care.
 *
 * Checked on 2026-12-04 against the public pages the build machine can search: none differed. The Sanders PDF and
 * KFF's 2025 report page were not among them, so those figures rest on reports of them (KFF's own headline among
 * them), quoted with title, address and date in docs/cost-calculator.md ("Source check"). No report says how the
 * $29,000 scales with household size, so the poverty-guideline scale stays an assumption the model names.
 */
export const SANDERS_2019_URL =
  'https://www.sanders.senate.gov/wp-content/uploads/options-to-finance-medicare-for-all.pdf';
export const SANDERS_2019_DATE = '2019-04-10';
export const POVERTY_2019_URL =
  'https://www.federalregister.gov/documents/2019/02/01/2019-00621/annual-update-of-the-hhs-poverty-guidelines';
export const POVERTY_2019_DATE = '2019-02-01';
export const KFF_2025_URL = 'https://www.kff.org/health-costs/report/2025-employer-health-benefits-survey/';
export const KFF_2025_DATE = '2025-10-22';
export const HOUSE_BILL_TEXT_URL = 'https://www.congress.gov/bill/119th-congress/house-bill/3069/text';
export const HOUSE_BILL_DATE = '2025-04-29';

export const FIGURES = {
  householdRate: 0.04,
  householdExemption: 29_000,
  exemptionHouseholdSize: 4,
  exemptionScaleFirstPerson: 12_490,
  exemptionScaleEachAdditional: 4_420,
  employerRate: 0.075,
  employerPayrollExemption: 2_000_000,
  coveredCareCosts: 0,
  averageFamilyPremium: 26_993,
  averageFamilyWorkerPremium: 6_850,
  averageSinglePremium: 9_325,
  averageSingleWorkerPremium: 1_440,
  averageSingleDeductible: 1_886,
} as const;

export type FigureName = keyof typeof FIGURES;

/** Which source each figure comes from. */
export const FIGURE_SOURCE: Record<FigureName, 'sanders' | 'poverty' | 'kff' | 'bill'> = {
  householdRate: 'sanders',
  householdExemption: 'sanders',
  exemptionHouseholdSize: 'sanders',
  exemptionScaleFirstPerson: 'poverty',
  exemptionScaleEachAdditional: 'poverty',
  employerRate: 'sanders',
  employerPayrollExemption: 'sanders',
  coveredCareCosts: 'bill',
  averageFamilyPremium: 'kff',
  averageFamilyWorkerPremium: 'kff',
  averageSinglePremium: 'kff',
  averageSingleWorkerPremium: 'kff',
  averageSingleDeductible: 'kff',
};

export const SOURCE_URL_DATE = {
  sanders: [SANDERS_2019_URL, SANDERS_2019_DATE],
  poverty: [POVERTY_2019_URL, POVERTY_2019_DATE],
  kff: [KFF_2025_URL, KFF_2025_DATE],
  bill: [HOUSE_BILL_TEXT_URL, HOUSE_BILL_DATE],
} as const;
