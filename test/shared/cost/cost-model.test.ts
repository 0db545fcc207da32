/**
 * The default cost model validates against the schema, every parameter carries a source, date and description, both
 * languages hold the same figures and sources, and a broken model is refused with the field named.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CostModel } from '../../../src/shared/schemas/cost-model.js';
import { costModelEn } from '../../../src/shared/cost/default-model.en.js';
import { costModelEs } from '../../../src/shared/cost/default-model.es.js';

const firstIssue = (raw: unknown) => {
  const parsed = CostModel.safeParse(raw);
  assert.equal(parsed.success, false);
  const issue = parsed.error!.issues[0]!;
  return { path: issue.path.map(String).join('.'), message: issue.message };
};
type Loose = { parameters: Record<string, Record<string, unknown> & { source: Record<string, unknown> }> };
const clone = () => JSON.parse(JSON.stringify(costModelEn)) as Loose;

describe('the default cost model', () => {
  for (const model of [costModelEn, costModelEs]) {
    it(`matches the schema (${model.lang})`, () => {
      const parsed = CostModel.safeParse(model);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    });
  }

  it('states the issue’s figures: 4% above $29,000 for four, 7.5% above $2 million, KFF 2025 averages', () => {
    const p = costModelEn.parameters;
    assert.equal(p.householdRate.value, 0.04);
    assert.equal(p.householdExemption.value, 29_000);
    assert.equal(p.exemptionHouseholdSize.value, 4);
    assert.equal(p.employerRate.value, 0.075);
    assert.equal(p.employerPayrollExemption.value, 2_000_000);
    assert.equal(p.averageFamilyPremium.value, 26_993);
    assert.equal(p.averageFamilyWorkerPremium.value, 6_850);
    assert.equal(p.averageSinglePremium.value, 9_325);
    assert.equal(p.averageSingleWorkerPremium.value, 1_440);
    assert.equal(p.averageSingleDeductible.value, 1_886);
    assert.match(p.householdRate.source.url, /^https:\/\/www\.sanders\.senate\.gov\//);
    assert.match(p.averageFamilyPremium.source.url, /^https:\/\/www\.kff\.org\//);
  });

  it('has the same figures, sources and dates in English and Spanish, and as many assumptions', () => {
    for (const [name, en] of Object.entries(costModelEn.parameters)) {
      const es = costModelEs.parameters[name as keyof typeof costModelEn.parameters];
      assert.equal(es.value, en.value, name);
      assert.equal(es.source.url, en.source.url, name);
      assert.equal(es.date, en.date, name);
      assert.notEqual(es.description, en.description, `${name} is translated`);
    }
    assert.equal(costModelEs.assumptions.length, costModelEn.assumptions.length);
  });

  it('says in one sentence that the 2025 bills do not set the financing', () => {
    assert.match(costModelEn.financing, /do not say how the program is paid for/);
    assert.equal(costModelEn.financing.split(/[.;]\s/).length <= 2, true);
  });
});

describe('a broken cost model', () => {
  it('names the parameter whose source is missing', () => {
    const model = clone();
    delete (model.parameters['householdRate'] as Partial<Loose['parameters'][string]>).source;
    assert.deepEqual(firstIssue(model), {
      path: 'parameters.householdRate.source',
      message: 'Every parameter needs a source',
    });
  });

  it('names a source without a web address', () => {
    const model = clone();
    model.parameters.averageSingleDeductible.source.url = 'kff report';
    assert.equal(firstIssue(model).path, 'parameters.averageSingleDeductible.source.url');
  });

  it('refuses text in a number, a negative amount and a rate above 1', () => {
    const model = clone();
    model.parameters.householdExemption.value = '29000';
    assert.deepEqual(firstIssue(model), { path: 'parameters.householdExemption.value', message: 'Must be a number' });
    model.parameters.householdExemption.value = -1;
    assert.deepEqual(firstIssue(model), { path: 'parameters.householdExemption.value', message: 'Must be 0 or more' });
    model.parameters.householdExemption.value = 29_000;
    model.parameters.employerRate.value = 7.5;
    assert.equal(firstIssue(model).path, 'parameters.employerRate.value');
  });

  it('names a missing parameter, date or description', () => {
    const model = clone();
    delete model.parameters['averageSinglePremium'];
    assert.deepEqual(firstIssue(model), {
      path: 'parameters.averageSinglePremium',
      message: 'This parameter is missing',
    });
    const undated = clone();
    undated.parameters.employerRate.date = 'April 2019';
    assert.equal(firstIssue(undated).path, 'parameters.employerRate.date');
    const undescribed = clone();
    undescribed.parameters.employerRate.description = ' ';
    assert.deepEqual(firstIssue(undescribed), {
      path: 'parameters.employerRate.description',
      message: 'This text is empty',
    });
  });
});
