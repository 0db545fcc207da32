/** The default cost model, English: one financing option from the Senate bill's sponsor (figures in figures.ts). */
import { defaultModel } from './default-model.js';

export const costModelEn = defaultModel('en', {
  title: 'One financing option: “Options to finance Medicare for All” (Sen. Sanders, April 2019)',
  financing:
    'The 2025 Medicare for All bills (H.R.3069 and S.1506) do not say how the program is paid for; this result uses one option its Senate sponsor put forward in 2019.',
  employerNote:
    'Most economists expect what employers pay for health coverage to come back to workers as wages, so an employer that pays less could pay you more. This calculator does not add any such raise to your side.',
  sourceLabels: {
    sanders: 'Sen. Bernie Sanders, “Options to finance Medicare for All”',
    poverty: 'HHS poverty guidelines for 2019, Federal Register',
    kff: 'KFF, 2025 Employer Health Benefits Survey',
    bill: 'Text of H.R.3069, Medicare for All Act of 2025 (119th Congress), congress.gov',
  },
  descriptions: {
    householdRate: 'Income-based premium paid by households: 4% of income above the exemption.',
    householdExemption: 'Income exempt from the household premium for a family of four.',
    exemptionHouseholdSize: 'The household size the $29,000 exemption is stated for.',
    exemptionScaleFirstPerson:
      'Poverty guideline for one person, used to scale the exemption to other household sizes.',
    exemptionScaleEachAdditional: 'Poverty guideline added for each further person, used for the same scale.',
    employerRate: 'Income-based premium paid by employers: 7.5% of payroll above the exemption.',
    employerPayrollExemption: 'Payroll exempt from the employer premium, to protect small businesses.',
    coveredCareCosts: 'Premiums, deductibles and copays for covered care under the House bill: none.',
    averageFamilyPremium: 'National average yearly premium for family coverage at work.',
    averageFamilyWorkerPremium: 'National average that workers pay of the family premium.',
    averageSinglePremium: 'National average yearly premium for single coverage at work.',
    averageSingleWorkerPremium: 'National average that workers pay of the single premium.',
    averageSingleDeductible: 'National average single deductible, for workers in plans with one.',
  },
  assumptions: [
    'The source states the exemption only for a family of four ($29,000). For other sizes we scale it like the 2019 poverty guidelines: $29,000 × (12,490 + 4,420 × (people − 1)) ÷ 25,750, about $14,066 for one person and $19,044 for two.',
    'We treat the household income you enter as the income the premium is charged on.',
    'Income by the month is multiplied by 12; by the hour, by 2,080 (40 hours a week, 52 weeks).',
    'An amount you leave empty counts as the national average named beside it, for job-based coverage; for other coverage it counts as $0.',
    'For a household of two or more with job-based coverage we use the family averages; the only average deductible we have is for single coverage, and family deductibles are usually higher.',
    'Under the model you pay no deductibles or copays for covered care; dental, vision and prescriptions are covered too. This follows the House bill (H.R.3069); the Senate bill (S.1506) allows some cost-sharing for prescription drugs, which the model does not count.',
    'Only this option’s household premium is counted. Its other revenue sources (higher income-tax rates on high incomes, taxes on wealth, estates and capital gains, a fee on large banks) are left out, so high-income households would pay more than shown.',
    'The $29,000 exemption is the 2019 figure, not adjusted for inflation since; figures from 2019 and 2025 are used as their sources state them.',
    'The employer’s side assumes all of your income is wages from an employer whose payroll is above $2 million; a smaller employer would pay less or nothing.',
  ],
});
