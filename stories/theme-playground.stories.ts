/**
 * Every widget together under the tokens chosen in Controls (and the page font and background chosen in the
 * toolbar), so a designer can try a partner's brand on all of them at once. Each widget is drawn by its own stories'
 * default render, with the same in-memory backend and content as there.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { globalTokenArgTypes, type Manifest } from '../.storybook/manifest-argtypes.js';
import costCalculator from './cost-calculator.stories.js';
import coverageFaq from './coverage-faq.stories.js';
import eventList from './event-list.stories.js';
import programExplainer from './program-explainer.stories.js';
import repLookup from './rep-lookup.stories.js';
import signupForm from './signup-form.stories.js';

type Args = Record<string, string>;

// Each stories file types its own args; here each is drawn with its defaults only.
interface WidgetMeta {
  title?: string;
  args?: unknown;
  render?: unknown;
}
const widgets = [programExplainer, coverageFaq, signupForm, eventList, repLookup, costCalculator] as WidgetMeta[];

const everyWidget = (context: StoryContext) => html`<div style="display:grid;gap:2rem">
  ${widgets.map((w) => {
    const render = w.render as (args: unknown, context: StoryContext) => unknown;
    return html`<section aria-label=${w.title?.replace(/^Widgets\//, '') ?? ''}>${render({ ...(w.args as object) }, context)}</section>`;
  })}
</div>`;

const meta: Meta<Args> = {
  title: 'Theme playground',
  tags: ['!autodocs'],
  argTypes: globalTokenArgTypes(manifest as unknown as Manifest),
  render: (_args, context) => everyWidget(context),
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in look: no token set (each widget's own stories already have it in the visual suite). */
export const Defaults: Story = { tags: ['no-visual'] };

/** A partner's brand: their colours, square corners, a tighter rhythm and their own font. */
export const PartnerBrand: Story = {
  args: {
    '--m4a-color-accent': '#7a1f3d',
    '--m4a-color-focus': '#b3541e',
    '--m4a-color-surface-raised': '#fbf3ee',
    '--m4a-color-border': '#7d6b62',
    '--m4a-radius': '0',
    '--m4a-space-3': '0.75rem',
    '--m4a-font-family': 'Georgia, "Liberation Serif", serif',
  },
};
