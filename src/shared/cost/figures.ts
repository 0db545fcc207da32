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
/** Each source's address and date. */
export const SOURCES = {
  sanders: ['https://www.sanders.senate.gov/wp-content/uploads/options-to-finance-medicare-for-all.pdf', '2019-04-10'],
  poverty: [
    'https://www.federalregister.gov/documents/2019/02/01/2019-00621/annual-update-of-the-hhs-poverty-guidelines',
    '2019-02-01',
  ],
  kff: ['https://www.kff.org/health-costs/report/2025-employer-health-benefits-survey/', '2025-10-22'],
  bill: ['https://www.congress.gov/bill/119th-congress/house-bill/3069/text', '2025-04-29'],
} as const;
export type SourceName = keyof typeof SOURCES;

/** Each figure with the source it comes from. */
export const FIGURES = {
  householdRate: [0.04, 'sanders'],
  householdExemption: [29_000, 'sanders'],
  exemptionHouseholdSize: [4, 'sanders'],
  exemptionScaleFirstPerson: [12_490, 'poverty'],
  exemptionScaleEachAdditional: [4_420, 'poverty'],
  employerRate: [0.075, 'sanders'],
  employerPayrollExemption: [2_000_000, 'sanders'],
  coveredCareCosts: [0, 'bill'],
  averageFamilyPremium: [26_993, 'kff'],
  averageFamilyWorkerPremium: [6_850, 'kff'],
  averageSinglePremium: [9_325, 'kff'],
  averageSingleWorkerPremium: [1_440, 'kff'],
  averageSingleDeductible: [1_886, 'kff'],
} as const satisfies Record<string, readonly [number, SourceName]>;

export type FigureName = keyof typeof FIGURES;
