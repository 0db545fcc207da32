import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/cost-calculator.js';
import type { M4aCostCalculator } from '../../../src/elements/cost-calculator/cost-calculator.js';
import type { M4aCostResultShownEvent } from '../../../src/elements/cost-calculator/dom-events.js';
import { configStore } from '../../../src/core/config.js';
import { registerBackend } from '../../../src/core/registry.js';
import { costModelEn } from '../../../src/shared/cost/default-model.en.js';
import { costModelEs } from '../../../src/shared/cost/default-model.es.js';
import type { M4aErrorEvent } from '../../../src/core/dom-events.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headline = (el: HTMLElement) => text(root(el).querySelector('[part~="headline"]'));
const liveRegion = (el: HTMLElement) => text(root(el).querySelector('[role="status"][aria-live="polite"]'));
const control = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) =>
  root(el).getElementById(id) as T;
const ready = (el: HTMLElement) => () => !!root(el).querySelector('[part~="form"]');
const hasAlert = (el: HTMLElement) => () => !!root(el).querySelector('[role="alert"]');

/** Types into a field as a visitor would (input events), then leaves it (change). */
async function answer(el: M4aCostCalculator, id: string, value: string, leave = true) {
  const input = control(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function calculator(markup = html`<m4a-cost-calculator lang="en"></m4a-cost-calculator>`) {
  const el = await fixture<M4aCostCalculator>(markup);
  await waitUntil(ready(el), 'form rendered', { timeout: 5000 });
  return el;
}

const noNaN = (el: HTMLElement) => expect(root(el).textContent).not.to.contain('NaN');

describe('<m4a-cost-calculator>', () => {
  afterEach(() => {
    configStore.reset();
    document.documentElement.lang = 'en';
  });

  describe('the default model', () => {
    it('asks for an income first, showing today’s costs from the KFF averages', async () => {
      const el = await calculator();
      expect(headline(el)).to.equal('Enter your household income to compare. Today you pay about $8,736 a year.');
      expect(text(root(el).querySelector('.model-title'))).to.equal(costModelEn.title);
      expect(text(root(el).querySelector('[part~="financing"]'))).to.equal(costModelEn.financing);
      // No chart without a second total; the table has only today's column.
      expect(root(el).querySelector('[part~="chart"]')).to.equal(null);
      expect(root(el).querySelectorAll('[part~="table"] thead th')).to.have.length(2);
      expect(root(el).querySelectorAll('[part~="assumptions"] li')).to.have.length(costModelEn.assumptions.length);
      expect(liveRegion(el)).to.equal('');
      noNaN(el);
      await expect(el).to.be.accessible();
    });

    it('compares a family of four at $60,000 with job-based coverage (the worked example)', async () => {
      const el = await calculator();
      await answer(el, 'income', '60,000');
      // 6,850 + 1,886 = 8,736 today; 4% × (60,000 − 29,000) = 1,240; 8,736 − 1,240 = 7,496 less.
      expect(headline(el)).to.equal(
        'Today: $8,736 a year. Under this financing option: $1,240 a year. You would pay $7,496 less a year.',
      );
      const cells = [...root(el).querySelectorAll('[part~="table"] tbody tr')].map((tr) =>
        [...tr.children].map((c) => text(c)),
      );
      expect(cells).to.deep.equal([
        ['Premiums', '$6,850', '$1,240'],
        ['Deductible and other out-of-pocket costs', '$1,886', '$0'],
        ['Total', '$8,736', '$1,240'],
      ]);
      const employer = text(root(el).querySelector('[part~="employer"]'));
      expect(employer).to.contain('$20,143'); // 26,993 − 6,850
      expect(employer).to.contain('7.5%');
      expect(employer).to.contain('$4,500'); // 7.5% × 60,000
      expect(employer).to.contain('Most economists expect');
      // The chart is hidden from screen readers: the table holds the same numbers.
      expect(root(el).querySelector('[part~="chart"]')!.getAttribute('aria-hidden')).to.equal('true');
      const used = text(root(el).querySelector('[part~="used"]'));
      expect(used).to.contain('National average that workers pay of the family premium');
      expect(used).to.contain('Household: 4 people (not entered).');
      noNaN(el);
      await expect(el).to.be.accessible();
    });

    it('announces the result politely once typing pauses, and tells host analytics only that a result was shown', async () => {
      const el = await calculator();
      const shown: M4aCostResultShownEvent[] = [];
      el.addEventListener('m4a-cost-result-shown', (e) => shown.push(e));
      await answer(el, 'income', '6', false);
      await answer(el, 'income', '60000', false);
      expect(liveRegion(el)).to.equal('');
      await waitUntil(() => liveRegion(el) !== '', 'announced', { timeout: 3000 });
      expect(liveRegion(el)).to.equal(headline(el));
      await answer(el, 'size', '1');
      // One person: 4% × (60,000 − 14,066.41) = 1,837.34.
      await waitUntil(() => liveRegion(el).includes('$1,837'), 'announced again', { timeout: 3000 });
      expect(shown).to.have.length(1);
      expect(shown[0]!.detail).to.deep.equal({ origin: 'default' });
      expect(shown[0]!.bubbles && shown[0]!.composed).to.equal(true);
    });

    it('says nothing and reports nothing before the visitor answers', async () => {
      const shown: Event[] = [];
      document.addEventListener('m4a-cost-result-shown', (e) => shown.push(e));
      const el = await calculator(html`<m4a-cost-calculator lang="es"></m4a-cost-calculator>`);
      await new Promise((r) => setTimeout(r, 1200));
      expect(liveRegion(el)).to.equal('');
      expect(shown).to.have.length(0);
    });

    it('handles a Medicaid household paying nothing today', async () => {
      const el = await calculator();
      const medicaid = root(el).querySelector<HTMLInputElement>('input[name="coverage"][value="medicaid"]')!;
      medicaid.click();
      await el.updateComplete;
      await answer(el, 'size', '3');
      await answer(el, 'income', '30000');
      // 0 today; 4% × (30,000 − 24,022.14) = 239.11 under the model.
      expect(headline(el)).to.equal(
        'Today: $0 a year. Under this financing option: $239 a year. You would pay $239 more a year.',
      );
      expect(text(root(el).querySelector('#premium-hint'))).to.equal(
        'Leave empty to count $0: the model has no national average for this coverage.',
      );
      expect(root(el).querySelector('[part~="employer"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('converts income by the hour and premiums per paycheck', async () => {
      const el = await calculator();
      await answer(el, 'income', '25');
      const period = control<HTMLSelectElement>(el, 'income-period');
      period.value = 'hour';
      period.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="used"]'))).to.contain('Income: $52,000 a year.'); // 25 × 2,080
      await answer(el, 'premium', '100');
      const premiumPeriod = control<HTMLSelectElement>(el, 'premium-period');
      premiumPeriod.value = 'biweekly';
      premiumPeriod.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="used"]'))).to.contain('Premiums today: $2,600 — your answer.'); // 100 × 26
    });
  });

  describe('answers that need fixing', () => {
    const cases: [field: string, value: string, message: string][] = [
      ['size', 'four', 'Enter the number of people in your household as a whole number from 1 to 20, like 4.'],
      ['size', '0', 'Enter the number of people in your household as a whole number from 1 to 20, like 4.'],
      ['size', '2.5', 'Enter the number of people in your household as a whole number from 1 to 20, like 4.'],
      ['income', '-5', '“Household income before taxes” can’t be less than 0.'],
      ['income', 'sixty thousand', 'Enter “Household income before taxes” as a number, like 1200.'],
      ['income', '2000000000', '“Household income before taxes” must be at most 1,000,000,000.'],
      ['premium', 'abc', 'Enter “What you pay in premiums” as a number, like 1200.'],
      ['deductible', '-1', '“What you paid toward your deductible last year” can’t be less than 0.'],
      ['other', '12x', 'Enter “Other costs last year (copays, prescriptions, dental, vision)” as a number, like 1200.'],
    ];
    for (const [field, value, message] of cases) {
      it(`${field} = "${value}": a message naming the field, tied to it, and no result until it is fixed`, async () => {
        const el = await calculator();
        await answer(el, 'income', '60000');
        await answer(el, field, value);
        const input = control(el, field);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        const error = root(el).getElementById(`${field}-error`)!;
        expect(text(error)).to.equal(`Error: ${message}`);
        expect(input.getAttribute('aria-describedby')).to.contain(`${field}-error`);
        const summary = root(el).querySelector('[part~="error-summary"]')!;
        expect(text(summary)).to.contain(message);
        expect(root(el).querySelector('[part~="headline"]')).to.equal(null);
        noNaN(el);
        await expect(el).to.be.accessible();
        // The summary's link takes the visitor to the field.
        summary.querySelector('a')!.click();
        expect(root(el).activeElement).to.equal(input);
        // Fixed while typing: the message goes at once and the result comes back.
        await answer(el, field, field === 'size' ? '4' : '100', false);
        expect(root(el).getElementById(`${field}-error`)).to.equal(null);
        expect(headline(el)).to.match(/^Today: \$/);
      });
    }

    it('does not interrupt typing: a message appears only when the visitor leaves the field', async () => {
      const el = await calculator();
      await answer(el, 'income', '-', false);
      expect(root(el).getElementById('income-error')).to.equal(null);
      control(el, 'income').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(root(el).getElementById('income-error')).not.to.equal(null);
    });
  });

  describe('Spanish', () => {
    it('shows the Spanish model and strings, with amounts formatted for es-US', async () => {
      const el = await calculator(html`<m4a-cost-calculator lang="es"></m4a-cost-calculator>`);
      expect(text(root(el).querySelector('.model-title'))).to.equal(costModelEs.title);
      expect(text(root(el).querySelector('label[for="income"]'))).to.equal('Ingresos del hogar antes de impuestos');
      await answer(el, 'income', '60000');
      const amount = new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
      expect(headline(el)).to.equal(
        `Hoy: ${amount.format(8736)} al año. Con esta opción de financiamiento: ${amount.format(1240)} al año. ` +
          `Pagaría ${amount.format(7496)} menos al año.`,
      );
      await answer(el, 'income', '-1');
      expect(text(root(el).getElementById('income-error'))).to.equal(
        'Error: “Ingresos del hogar antes de impuestos” no puede ser menos de 0.',
      );
      await expect(el).to.be.accessible();
    });

    it('renames the fields in its messages when the language changes', async () => {
      const el = await calculator();
      await answer(el, 'income', 'abc');
      el.setAttribute('lang', 'es');
      await waitUntil(
        () => text(root(el).getElementById('income-error')).includes('Ingresos del hogar'),
        'Spanish message',
      );
    });
  });

  describe('keyboard and small screens', () => {
    it('can be filled in with the keyboard alone', async () => {
      const el = await calculator();
      control(el, 'size').focus();
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '40000' });
      await sendKeys({ press: 'Tab' }); // income period
      await sendKeys({ press: 'Tab' }); // coverage: the checked radio
      expect(root(el).activeElement?.getAttribute('value')).to.equal('job');
      await sendKeys({ press: 'ArrowDown' }); // marketplace
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '450' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('premium-period');
      // 2 people at $40,000: exemption 19,044.27; 4% × 20,955.73 = 838.23. Today 450 × 12 = 5,400.
      expect(headline(el)).to.equal(
        'Today: $5,400 a year. Under this financing option: $838 a year. You would pay $4,562 less a year.',
      );
      // Enter checks every answer and sends nothing.
      control(el, 'income').focus();
      await sendKeys({ press: 'Enter' });
      expect(headline(el)).to.match(/^Today/);
    });

    it('fits 320 px without scrolling sideways', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><m4a-cost-calculator lang="es"></m4a-cost-calculator></div>`,
      );
      const el = wrapper.querySelector('m4a-cost-calculator')!;
      await waitUntil(ready(el), 'form rendered', { timeout: 5000 });
      await answer(el, 'income', '1000000');
      const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
      for (const node of root(el).querySelectorAll<HTMLElement>('input, select, table, [part~="chart"]')) {
        expect(
          node.getBoundingClientRect().right - wrapper.getBoundingClientRect().left,
          node.id || node.localName,
        ).to.be.at.most(320);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('partner models', () => {
    it('replaces the default with a model from src', async () => {
      const el = await calculator(
        html`<m4a-cost-calculator lang="en" src="/fake/files/cost-model/partner.{lang}.json"></m4a-cost-calculator>`,
      );
      await waitUntil(() => text(root(el).querySelector('.model-title')).startsWith('Partner model'), 'partner model');
      await answer(el, 'income', '60000');
      // 5% × (60,000 − 29,000) = 1,550.
      expect(headline(el)).to.contain('Under this financing option: $1,550 a year.');
      expect(text(root(el).querySelector('[part~="sources"]'))).to.contain("A partner's 5% household premium.");
    });

    it('replaces the default with JSON written inside the element', async () => {
      const model = { ...costModelEn, title: 'Written on the page' };
      const el = await fixture<M4aCostCalculator>(
        html`<m4a-cost-calculator lang="en"
          ><script type="application/json">
            ${JSON.stringify(model)}
          </script></m4a-cost-calculator
        >`,
      );
      await waitUntil(() => text(root(el).querySelector('.model-title')) === 'Written on the page', 'page model');
    });

    it('takes the model from the backend’s content endpoint', async () => {
      const kinds: string[] = [];
      registerBackend(
        'cost-test',
        () =>
          ({
            getContent: async (kind: string) => {
              kinds.push(kind);
              return { ...costModelEn, title: 'From the backend' };
            },
          }) as never,
      );
      configStore.configure({ backends: { main: { type: 'cost-test' } } });
      const el = await fixture<M4aCostCalculator>(html`<m4a-cost-calculator lang="en"></m4a-cost-calculator>`);
      await waitUntil(() => text(root(el).querySelector('.model-title')) === 'From the backend', 'backend model');
      expect(kinds).to.deep.equal(['cost-model']);
    });

    it('names the field of a model with a missing source (src file)', async () => {
      const errors: M4aErrorEvent[] = [];
      document.addEventListener('m4a-error', (e) => errors.push(e), { once: true });
      const el = await fixture<M4aCostCalculator>(
        html`<m4a-cost-calculator lang="en" src="/fake/files/cost-model/missing-source.en.json"></m4a-cost-calculator>`,
      );
      await waitUntil(hasAlert(el), 'model error', { timeout: 5000 });
      const alert = text(root(el).querySelector('[role="alert"]'));
      expect(alert).to.contain('The file given in “src” has a problem in the field “parameters.employerRate.source”.');
      expect(alert).to.contain('Every parameter needs a source');
      expect(errors[0]?.detail).to.deep.equal({
        tag: 'm4a-cost-calculator',
        kind: 'invalid-response',
        field: 'parameters.employerRate.source',
      });
      await expect(el).to.be.accessible();
    });

    it('names the field of an invalid model written inside the element, and says when it is not JSON', async () => {
      const broken = {
        ...costModelEn,
        parameters: {
          ...costModelEn.parameters,
          householdRate: { ...costModelEn.parameters.householdRate, value: '4%' },
        },
      };
      const el = await fixture<M4aCostCalculator>(
        html`<m4a-cost-calculator lang="en"
          ><script type="application/json">
            ${JSON.stringify(broken)}
          </script></m4a-cost-calculator
        >`,
      );
      await waitUntil(hasAlert(el), 'model error', { timeout: 5000 });
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('“parameters.householdRate.value”');
      const notJson = await fixture<M4aCostCalculator>(
        html`<m4a-cost-calculator lang="en"
          ><script type="application/json">
            { "kind":
          </script></m4a-cost-calculator
        >`,
      );
      await waitUntil(hasAlert(notJson), 'unreadable', { timeout: 5000 });
      expect(text(root(notJson).querySelector('[role="alert"]'))).to.contain('could not be read');
      await expect(notJson).to.be.accessible();
    });

    it('shows a bad heading-level as a setting to check', async () => {
      const el = await fixture<M4aCostCalculator>(
        html`<m4a-cost-calculator lang="en" heading-level="9"></m4a-cost-calculator>`,
      );
      await waitUntil(hasAlert(el), 'config error');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Check the setting “heading-level”.');
      await expect(el).to.be.accessible();
    });

    it('puts its headings below a partner heading', async () => {
      const el = await calculator(
        html`<m4a-cost-calculator lang="en" heading="What would I pay?" heading-level="3"></m4a-cost-calculator>`,
      );
      expect(root(el).querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(root(el).querySelector('#result-title')!.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });
  });

  describe('themes', () => {
    it('is accessible in the dark theme with a result', async () => {
      const el = await calculator(html`<m4a-cost-calculator lang="en" theme="dark"></m4a-cost-calculator>`);
      await answer(el, 'income', '60000');
      await expect(el).to.be.accessible();
    });
  });
});
