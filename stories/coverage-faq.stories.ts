import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/coverage-faq.js';
import type { FaqContent } from '../src/shared/schemas/content.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inside, widgetRoot } from './support/play.js';
import { failWith, forever, useStoryBackend } from './support/story-backend.js';

/** A chapter's own questions, as a backend (or a `src` file) would send them. */
const chapter: FaqContent = {
  kind: 'faq',
  lang: 'en',
  items: [
    {
      id: 'meetings',
      category: 'how-it-works',
      question: 'When does the chapter meet?',
      answer: '<p>Every second Tuesday at the <strong>public library</strong>, 6:30 pm.</p>',
    },
    {
      id: 'dues',
      category: 'cost',
      question: 'Are there dues?',
      answer: '<p>No. Donations are welcome but never required.</p><ul><li>Cash</li><li>Check</li></ul>',
    },
    {
      id: 'clinicians',
      category: 'doctors',
      question: 'Can doctors and nurses join?',
      answer: '<p>Yes. See <a href="https://pnhp.org">Physicians for a National Health Program</a>.</p>',
      sources: [{ label: 'PNHP', url: 'https://pnhp.org' }],
    },
  ],
};

/** The built-in questions: a backend with no content of its own. */
const defaults = () => useStoryBackend({});

interface Args {
  heading: string;
  headingLevel: string;
  lang: string;
  noJsonLd: boolean;
}

const faq = (args: Partial<Args>, backend: string, extra: { theme?: string } = {}) => html`<m4a-coverage-faq
  backend=${backend}
  heading=${args.heading || nothing}
  heading-level=${args.headingLevel || nothing}
  lang=${args.lang || nothing}
  ?no-json-ld=${args.noJsonLd}
  theme=${extra.theme ?? nothing}
  ?data-story-theme=${!!extra.theme}
></m4a-coverage-faq>`;

const meta: Meta<Args> = {
  title: 'Widgets/Coverage FAQ',
  component: 'm4a-coverage-faq',
  args: { heading: 'Your questions, answered', headingLevel: '3', lang: '', noJsonLd: false },
  argTypes: {
    headingLevel: { control: 'select', options: ['2', '3', '4', '5', '6'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => faq(args, defaults()),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const PhoneWidth: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #8c959f">${faq(args, defaults())}</div>`,
};

export const Spanish: Story = {
  args: { lang: 'es', heading: 'Sus preguntas, respondidas' },
};

export const Dark: Story = {
  render: (args) =>
    html`<div style="background:#0d1117; padding:1rem">${faq(args, defaults(), { theme: 'dark' })}</div>`,
};

export const CustomContentFromBackend: Story = {
  args: { heading: 'About our chapter' },
  render: (args) => faq(args, useStoryBackend({ getContent: async () => chapter })),
};

export const PartnerHtml: Story = {
  name: 'Partner HTML (light DOM)',
  args: { heading: '' },
  render: () => html`<m4a-coverage-faq backend=${defaults()} no-json-ld>
    <details id="faq-cost-to-me" data-category="cost">
      <summary>How much would Medicare for All cost me?</summary>
      <p>Nothing when you get care: <strong>no premiums, deductibles or copays</strong>.</p>
    </details>
    <details id="faq-choose-doctor" data-category="doctors">
      <summary>Can I choose my own doctor?</summary>
      <p>Yes. There are no networks.</p>
    </details>
  </m4a-coverage-faq>`,
};

export const Loading: Story = {
  render: (args) => faq(args, useStoryBackend({ getContent: () => forever() })),
};

export const BackendOfflineFallsBackToDefaults: Story = {
  render: (args) => faq(args, useStoryBackend({ getContent: () => failWith('offline') })),
};

export const InvalidContent: Story = {
  render: (args) =>
    faq(
      args,
      useStoryBackend({
        getContent: async () =>
          ({
            ...chapter,
            items: [{ ...chapter.items[0]!, answer: '<p>Look <img src=x onerror=alert(1)></p>' }],
          }) as never,
      }),
    ),
};

export const Empty: Story = {
  render: (args) => faq(args, useStoryBackend({ getContent: async () => ({ ...chapter, items: [] }) })),
};

export const BadSetting: Story = {
  args: { headingLevel: '9' },
};

/** A visitor searches, sees the matches marked, and opens the first answer. */
export const MainFlow: Story = {
  name: 'Main flow: search and open an answer',
  play: async ({ canvasElement, step }) => {
    const root = await widgetRoot(canvasElement, 'm4a-coverage-faq');
    await step('search for "doctor"', async () => {
      await userEvent.type(await inside<HTMLInputElement>(root, 'input[type="search"]'), 'doctor');
      await waitFor(() => expect(root.querySelectorAll('mark').length).toBeGreaterThan(0), { timeout: 5000 });
    });
    await step('open the first matching question', async () => {
      const toggle = await inside<HTMLButtonElement>(root, '.item:not([hidden]) [part~="toggle"]');
      await userEvent.click(toggle);
      await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    });
  },
};
