import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/program-explainer.js';
import type { ExplainerContent } from '../src/shared/schemas/content.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inside, widgetRoot } from './support/play.js';
import { failWith, forever, useStoryBackend } from './support/story-backend.js';

/** A chapter's own message, as a backend (or a `src` file) would send it. */
const chapter: ExplainerContent = {
  kind: 'explainer',
  lang: 'en',
  items: [
    {
      id: 'neighbors',
      icon: 'heart',
      title: 'Care for every neighbor',
      body: 'Our chapter fights for health care that covers everyone in Dane County, with no bills at the doctor’s office.',
    },
    {
      id: 'debt',
      icon: 'wallet',
      title: 'No more medical debt',
      body: 'Nobody should go broke because they got sick.',
      learnMoreUrl: 'https://example.org/debt',
      learnMoreLabel: 'Read our stories',
    },
    { id: 'join', icon: 'people', title: 'Meet us', body: 'We meet every second Tuesday at the public library.' },
  ],
  cta: { text: 'Join our chapter', url: '#join' },
};

/** The built-in content: a backend with no content of its own. */
const defaults = () => useStoryBackend({});

interface Args {
  layout: string;
  heading: string;
  headingLevel: string;
  ctaText: string;
  ctaHref: string;
  lang: string;
}

const explainer = (args: Partial<Args>, backend: string, extra: { theme?: string } = {}) => html`<m4a-program-explainer
  backend=${backend}
  layout=${args.layout ?? 'cards'}
  heading=${args.heading || nothing}
  heading-level=${args.headingLevel || nothing}
  cta-text=${args.ctaText || nothing}
  cta-href=${args.ctaHref || nothing}
  lang=${args.lang || nothing}
  theme=${extra.theme ?? nothing}
  ?data-story-theme=${!!extra.theme}
></m4a-program-explainer>`;

const meta: Meta<Args> = {
  title: 'Widgets/Program explainer',
  component: 'm4a-program-explainer',
  args: {
    layout: 'cards',
    heading: 'What Medicare for All means',
    headingLevel: '2',
    ctaText: 'Sign up to help',
    ctaHref: '#signup',
    lang: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'list', 'compact'] },
    headingLevel: { control: 'select', options: ['2', '3', '4', '5'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => explainer(args, defaults()),
};
export default meta;
type Story = StoryObj<Args>;

export const Cards: Story = {};

export const List: Story = { args: { layout: 'list' } };

export const Compact: Story = {
  args: { layout: 'compact', heading: 'Medicare for All' },
  render: (args) => html`<aside style="max-width: 320px">${explainer(args, defaults())}</aside>`,
};

export const PhoneWidth: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #8c959f">${explainer(args, defaults())}</div>`,
};

export const Spanish: Story = {
  args: { lang: 'es', heading: 'Qué significa Medicare para Todos', ctaText: 'Inscríbase para ayudar' },
};

export const Dark: Story = {
  render: (args) =>
    html`<div style="background:#0d1117; padding:1rem">${explainer(args, defaults(), { theme: 'dark' })}</div>`,
};

export const CustomContentFromBackend: Story = {
  args: { heading: 'Why our chapter is in this fight', ctaText: '', ctaHref: '' },
  render: (args) => explainer(args, useStoryBackend({ getContent: async () => chapter })),
};

export const PartnerHtml: Story = {
  name: 'Partner HTML (light DOM)',
  args: { heading: '', ctaText: '', ctaHref: '' },
  render: () => html`<m4a-program-explainer backend=${defaults()}>
    <article id="one-program" data-icon="shield">
      <h3>One program for everyone</h3>
      <p>Written by the partner in plain HTML inside the element; it shows even with JavaScript off.</p>
      <a href="https://www.congress.gov/bill/119th-congress/house-bill/3069">Read the bill</a>
    </article>
    <article id="no-bills" data-icon="wallet">
      <h3>No bills at the doctor</h3>
      <p>No premiums, copays or deductibles.</p>
    </article>
    <a data-cta href="#signup">Join the campaign</a>
  </m4a-program-explainer>`,
};

export const Loading: Story = {
  render: (args) => explainer(args, useStoryBackend({ getContent: () => forever() })),
};

export const BackendOfflineFallsBackToDefaults: Story = {
  render: (args) => explainer(args, useStoryBackend({ getContent: () => failWith('offline') })),
};

export const InvalidContent: Story = {
  render: (args) =>
    explainer(
      args,
      useStoryBackend({
        getContent: async () => ({ ...chapter, items: [{ ...chapter.items[0]!, title: '' }] }) as never,
      }),
    ),
};

export const Empty: Story = {
  render: (args) => explainer(args, useStoryBackend({ getContent: async () => ({ ...chapter, items: [] }) })),
};

export const BadSetting: Story = {
  args: { layout: 'grid' },
};

/** A visitor reads the points and follows the call to action, which reports `m4a-explainer-cta` to the page. */
export const MainFlow: Story = {
  name: 'Main flow: the call to action',
  play: async ({ canvasElement, step }) => {
    const root = await widgetRoot(canvasElement, 'm4a-program-explainer');
    const seen: string[] = [];
    canvasElement.addEventListener('m4a-explainer-cta', (e) =>
      seen.push((e as CustomEvent<{ href: string }>).detail.href),
    );
    // The story stays on its page: the link's navigation is cancelled, its event is not.
    canvasElement.addEventListener('click', (e) => e.preventDefault());
    await step('the points show', () =>
      waitFor(() => expect(root.querySelectorAll('[part~="item"]').length).toBeGreaterThan(2)),
    );
    await step('press the call to action', async () => {
      await userEvent.click(await inside(root, '[part~="cta"]'));
      await expect(seen).toEqual(['#signup']);
    });
  },
};
