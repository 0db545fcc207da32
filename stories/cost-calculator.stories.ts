import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/cost-calculator.js';
import type { M4aCostCalculator } from '../src/elements/cost-calculator/cost-calculator.js';
import { costModelEn } from '../src/shared/cost/default-model.en.js';
import type { CostModel } from '../src/shared/schemas/cost-model.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inside, widgetRoot } from './support/play.js';
import { failWith, forever, useStoryBackend } from './support/story-backend.js';

interface Args {
  heading: string;
  headingLevel: string;
  lang: string;
}

/** The built-in model: a backend with no content of its own. */
const defaults = () => useStoryBackend({});

/** A partner's own model: a 5% household premium, say, with its own title and source. */
const partner: CostModel = {
  ...costModelEn,
  title: 'Our chapter’s model: a 5% household premium',
  parameters: {
    ...costModelEn.parameters,
    householdRate: {
      ...costModelEn.parameters.householdRate,
      value: 0.05,
      description: 'Household premium in our chapter’s model: 5% of income above the exemption.',
      source: { label: 'Example chapter, financing note', url: 'https://example.org/financing' },
      date: '2026-01-15',
    },
  },
};

const calculator = (args: Partial<Args>, backend: string, extra: { theme?: string } = {}) =>
  html`<m4a-cost-calculator
    backend=${backend}
    heading=${args.heading || nothing}
    heading-level=${args.headingLevel || nothing}
    lang=${args.lang || nothing}
    theme=${extra.theme ?? nothing}
    ?data-story-theme=${!!extra.theme}
  ></m4a-cost-calculator>`;

/** Answers like a visitor (typing, then leaving each field), so a story opens with a result or with messages. */
async function answer(canvas: HTMLElement, values: Record<string, string>) {
  await customElements.whenDefined('m4a-cost-calculator');
  const el = canvas.querySelector('m4a-cost-calculator') as M4aCostCalculator;
  const root = el.shadowRoot!;
  const start = Date.now();
  while (!root.querySelector('form') && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 50));
  for (const [id, value] of Object.entries(values)) {
    if (id === 'coverage') {
      root.querySelector<HTMLInputElement>(`input[name="coverage"][value="${value}"]`)!.click();
    } else {
      const input = root.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/Cost calculator',
  component: 'm4a-cost-calculator',
  args: { heading: 'What would I pay?', headingLevel: '2', lang: '' },
  argTypes: {
    headingLevel: { control: 'select', options: ['2', '3', '4', '5'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => calculator(args, defaults()),
};
export default meta;
type Story = StoryObj<Args>;

/** Before any answer: today's costs from the national averages, and a request for the income. */
export const NeedsIncome: Story = {};

/** The worked example: a family of four at $60,000 with job-based coverage. */
export const Result: Story = {
  play: ({ canvasElement }) => answer(canvasElement, { income: '60000' }),
};

export const PaysMore: Story = {
  name: 'Result: pays more (high income)',
  play: ({ canvasElement }) => answer(canvasElement, { income: '400000', premium: '300' }),
};

export const Medicaid: Story = {
  name: 'Result: Medicaid household',
  play: ({ canvasElement }) => answer(canvasElement, { coverage: 'medicaid', size: '3', income: '30000' }),
};

export const ValidationMessages: Story = {
  play: ({ canvasElement }) => answer(canvasElement, { size: 'four', income: '-5', premium: 'abc' }),
};

export const Spanish: Story = {
  args: { lang: 'es', heading: '¿Cuánto pagaría?' },
  play: ({ canvasElement }) => answer(canvasElement, { income: '60000' }),
};

export const Dark: Story = {
  render: (args) =>
    html`<div style="background:#0d1117; padding:1rem">${calculator(args, defaults(), { theme: 'dark' })}</div>`,
  play: ({ canvasElement }) => answer(canvasElement, { income: '60000' }),
};

export const PhoneWidth: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #8c959f">${calculator(args, defaults())}</div>`,
  play: ({ canvasElement }) => answer(canvasElement, { income: '60000' }),
};

export const PartnerModelFromBackend: Story = {
  render: (args) => calculator(args, useStoryBackend({ getContent: async () => partner })),
  play: ({ canvasElement }) => answer(canvasElement, { income: '60000' }),
};

export const Loading: Story = {
  render: (args) => calculator(args, useStoryBackend({ getContent: () => forever() })),
};

export const BackendOfflineFallsBackToDefault: Story = {
  render: (args) => calculator(args, useStoryBackend({ getContent: () => failWith('offline') })),
};

export const InvalidModel: Story = {
  name: 'Invalid model (a missing source)',
  render: (args) =>
    calculator(
      args,
      useStoryBackend({
        getContent: async () => {
          const { source: _missing, ...rate } = partner.parameters.employerRate;
          return { ...partner, parameters: { ...partner.parameters, employerRate: rate } } as never;
        },
      }),
    ),
};

export const BadSetting: Story = {
  args: { headingLevel: '9' },
};

/** A visitor types their household's income and reads what they would pay (the steps show in Interactions). */
export const MainFlow: Story = {
  name: 'Main flow: answer and read the result',
  play: async ({ canvasElement, step }) => {
    const root = await widgetRoot(canvasElement, 'm4a-cost-calculator');
    await step('type the household income', async () => {
      await userEvent.type(await inside(root, '#income'), '60000');
      await userEvent.tab();
    });
    await step('the result says what they would pay', () =>
      waitFor(() => expect(root.querySelector('[part~="headline"]')?.textContent ?? '').toMatch(/\$/), {
        timeout: 5000,
      }),
    );
  },
};
