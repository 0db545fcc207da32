/**
 * The cost calculator's arithmetic against worked examples done by hand (issue #18), with the default model
 * (Sanders 2019 financing option, KFF EHBS 2025 averages). Each example writes its arithmetic out; amounts are
 * dollars a year and are compared to the cent, before any rounding for display.
 *
 * Exemption for n people (the model's assumption): 29,000 × (12,490 + 4,420 × (n − 1)) ÷ 25,750, where 25,750 is
 * the 2019 poverty guideline for four.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, exemptionFor, COVERAGES, type HouseholdAnswers } from '../../../src/shared/cost/evaluate.js';
import { costModelEn } from '../../../src/shared/cost/default-model.en.js';

const close = (actual: number | undefined, expected: number, message?: string) => {
  assert.ok(actual !== undefined, message);
  assert.ok(Math.abs(actual - expected) < 0.005, `${message ?? ''} ${actual} ≠ ${expected}`);
};
const run = (answers: HouseholdAnswers) => evaluate(costModelEn, answers);
const p = costModelEn.parameters;

describe('the exemption by household size', () => {
  it('is exactly $29,000 for the family of four the source states it for', () => {
    assert.equal(exemptionFor(4, p), 29_000); // 29,000 × 25,750 ÷ 25,750
  });

  it('scales like the 2019 poverty guidelines for other sizes', () => {
    close(exemptionFor(1, p), 14_066.41); // 29,000 × 12,490 ÷ 25,750 = 362,210,000 ÷ 25,750 = 14,066.4078
    close(exemptionFor(2, p), 19_044.27); // 29,000 × 16,910 ÷ 25,750 = 490,390,000 ÷ 25,750 = 19,044.2718
    close(exemptionFor(3, p), 24_022.14); // 29,000 × 21,330 ÷ 25,750 = 618,570,000 ÷ 25,750 = 24,022.1359
    close(exemptionFor(5, p), 33_977.86); // 29,000 × 30,170 ÷ 25,750 = 874,930,000 ÷ 25,750 = 33,977.8641
  });
});

describe('worked examples', () => {
  it('a family of four at $60,000 with job-based coverage, amounts left to the KFF averages', () => {
    const r = run({ size: 4, income: 60_000, coverage: 'job' });
    // Today: worker share of the family premium 6,850 + single deductible 1,886 + other 0 = 8,736.
    assert.deepEqual(r.today.premiums, {
      amount: 6_850,
      origin: { from: 'parameter', name: 'averageFamilyWorkerPremium' },
    });
    assert.deepEqual(r.today.deductible, {
      amount: 1_886,
      origin: { from: 'parameter', name: 'averageSingleDeductible' },
    });
    assert.deepEqual(r.today.other, { amount: 0, origin: { from: 'none' } });
    assert.equal(r.today.total, 8_736);
    // Model: 4% × (60,000 − 29,000) = 0.04 × 31,000 = 1,240; no deductibles or copays for covered care.
    close(r.model?.incomeAboveExemption, 31_000);
    close(r.model?.premium, 1_240);
    close(r.model?.total, 1_240);
    // Difference: 8,736 − 1,240 = 7,496 less a year.
    close(r.difference, 7_496);
    // Employer: today 26,993 − 6,850 = 20,143 (average); model 7.5% × 60,000 = 4,500.
    assert.equal(r.employer?.todayShare, 20_143);
    close(r.employer?.model, 4_500);
    assert.equal(r.employer?.family, true);
  });

  it('income below the exemption pays no household premium', () => {
    const r = run({ size: 4, income: 25_000, coverage: 'job' });
    // 25,000 − 29,000 < 0, so 0 above the exemption: 4% × 0 = 0. Today is the same 8,736 as above.
    assert.equal(r.model?.incomeAboveExemption, 0);
    assert.equal(r.model?.total, 0);
    assert.equal(r.difference, 8_736);
  });

  it('a single person at $40,000 with job-based coverage uses the single averages', () => {
    const r = run({ size: 1, income: 40_000, coverage: 'job' });
    // Today: 1,440 (worker share of the single premium) + 1,886 = 3,326.
    assert.equal(r.today.premiums.amount, 1_440);
    assert.equal(r.today.total, 3_326);
    // Model: exemption 14,066.4078; 40,000 − 14,066.4078 = 25,933.5922; × 0.04 = 1,037.3437.
    close(r.model?.premium, 1_037.34);
    // Difference: 3,326 − 1,037.3437 = 2,288.6563.
    close(r.difference, 2_288.66);
    // Employer: today 9,325 − 1,440 = 7,885; model 0.075 × 40,000 = 3,000.
    assert.equal(r.employer?.todayShare, 7_885);
    close(r.employer?.model, 3_000);
    assert.equal(r.employer?.family, false);
  });

  it('a very high income pays more under the model than it pays today', () => {
    const r = run({
      size: 4,
      income: 1_000_000,
      coverage: 'job',
      premium: 500,
      premiumPeriod: 'month',
      deductible: 3_000,
      otherCosts: 2_000,
    });
    // Today: 500 × 12 = 6,000 + 3,000 + 2,000 = 11,000, all the household's own answers.
    assert.equal(r.today.total, 11_000);
    assert.deepEqual(r.today.premiums.origin, { from: 'answer' });
    // Model: 0.04 × (1,000,000 − 29,000) = 0.04 × 971,000 = 38,840. Difference: 11,000 − 38,840 = −27,840.
    close(r.model?.premium, 38_840);
    close(r.difference, -27_840);
    close(r.employer?.model, 75_000); // 0.075 × 1,000,000
  });

  it('a Medicaid household paying no premium today: $0 today, the model premium above the exemption', () => {
    const r = run({ size: 3, income: 30_000, coverage: 'medicaid' });
    // Today: nothing entered and no Medicaid average in the model, so 0 + 0 + 0.
    assert.equal(r.today.total, 0);
    assert.deepEqual(r.today.premiums.origin, { from: 'none' });
    // Model: exemption for 3 = 24,022.1359; 30,000 − 24,022.1359 = 5,977.8641; × 0.04 = 239.1146.
    close(r.model?.premium, 239.11);
    close(r.difference, -239.11);
    // No job-based premium today, so no employer's side is shown.
    assert.equal(r.employer, undefined);
  });

  it('a Medicaid household below the exemption pays nothing either way', () => {
    const r = run({ size: 2, income: 18_000, coverage: 'medicaid' });
    // Exemption for 2 = 19,044.2718 > 18,000, so 0; today 0: difference 0.
    assert.equal(r.model?.total, 0);
    assert.equal(r.difference, 0);
  });
});

describe('periods and defaults', () => {
  it('converts income by the month (×12) and by the hour (×2,080)', () => {
    assert.equal(run({ income: 5_000, incomePeriod: 'month' }).income, 60_000); // 5,000 × 12
    assert.equal(run({ income: 25, incomePeriod: 'hour' }).income, 52_000); // 25 × 40 × 52
  });

  it('converts a premium per paycheck by pay frequency', () => {
    assert.equal(run({ premium: 100, premiumPeriod: 'biweekly' }).today.premiums.amount, 2_600); // 100 × 26
    assert.equal(run({ premium: 100, premiumPeriod: 'weekly' }).today.premiums.amount, 5_200); // 100 × 52
    assert.equal(run({ premium: 100, premiumPeriod: 'semimonthly' }).today.premiums.amount, 2_400); // 100 × 24
  });

  it('with no answers: a family of four with job-based coverage, today only, until there is an income', () => {
    const r = run({});
    assert.equal(r.size, 4);
    assert.equal(r.sizeOrigin, 'default');
    assert.equal(r.coverage, 'job');
    assert.equal(r.today.total, 8_736);
    assert.equal(r.model, undefined);
    assert.equal(r.difference, undefined);
    assert.equal(r.employer?.model, undefined);
  });

  it('an amount entered as 0 is the household’s answer, not the average', () => {
    const r = run({ coverage: 'job', premium: 0, deductible: 0 });
    assert.equal(r.today.total, 0);
    assert.deepEqual(r.today.deductible.origin, { from: 'answer' });
  });

  it('never produces NaN or an infinite number, for every coverage and household size', () => {
    for (const coverage of COVERAGES) {
      for (let size = 1; size <= 20; size++) {
        for (const income of [undefined, 0, 1, 29_000, 1e9]) {
          const r = run({ size, income, coverage });
          const numbers = [
            r.today.total,
            r.model?.total ?? 0,
            r.difference ?? 0,
            r.employer?.todayShare ?? 0,
            r.employer?.model ?? 0,
          ];
          assert.ok(numbers.every(Number.isFinite), `${coverage} ${size} ${income}`);
        }
      }
    }
  });
});
