import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/rep-lookup.js';
import type { Backend } from '../src/core/backend.js';
import type { CallStats, RepLookupResult } from '../src/shared/schemas/representative.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inside, widgetRoot } from './support/play.js';
import { failWith, forever, useStoryBackend } from './support/story-backend.js';
// Answers in the real contract shape, shared with the browser tests (photos point nowhere: the initials show).
import addressJson from '../test/fixtures/rep-lookup/address/reps.json';
import atLargeJson from '../test/fixtures/rep-lookup/at-large/reps.json';
import crossStateJson from '../test/fixtures/rep-lookup/cross-state/reps.json';
import dcJson from '../test/fixtures/rep-lookup/dc/reps.json';
import notFoundJson from '../test/fixtures/rep-lookup/not-found/reps.json';
import prJson from '../test/fixtures/rep-lookup/pr/reps.json';
import singleJson from '../test/fixtures/rep-lookup/single/reps.json';
import splitJson from '../test/fixtures/rep-lookup/split/reps.json';
import vacantJson from '../test/fixtures/rep-lookup/vacant/reps.json';

const answers = {
  single: singleJson,
  address: addressJson,
  split: splitJson,
  crossState: crossStateJson,
  atLarge: atLargeJson,
  dc: dcJson,
  pr: prJson,
  vacant: vacantJson,
  notFound: notFoundJson,
} as unknown as Record<string, RepLookupResult>;

const stats: CallStats = {
  count: 128,
  since: '2026-09-14T00:00:00.000Z',
  byOutcome: { 'talked-to-staff': 61, 'left-voicemail': 40, 'busy-no-answer': 15, skipped: 12 },
};

/** A backend answering every lookup with `answer`, recording outcomes in memory. */
const backend = (answer: () => Promise<RepLookupResult>, extra: Backend = {}) =>
  useStoryBackend({
    lookupReps: answer,
    recordCallOutcome: async () => ({ id: `story-${Date.now()}`, status: 'created' }),
    recordWriteOutcome: async () => ({ id: `story-w-${Date.now()}`, status: 'created' }),
    getCallStats: async () => stats,
    ...extra,
  });
const answering = (name: keyof typeof answers) => backend(async () => answers[name]!);

interface Args {
  zip: string;
  lang: string;
  theme: string;
  showCallCount: boolean;
  noLocation: boolean;
  headingLevel: string;
  today: string;
  scripts: string;
  letters: string;
  handoff: string;
  requirePersonal: boolean;
  targets: string;
}

const widget = (args: Partial<Args>, backendName: string) => html`<m4a-rep-lookup
  backend=${backendName}
  zip=${args.zip || nothing}
  lang=${args.lang || nothing}
  theme=${args.theme || nothing}
  heading-level=${args.headingLevel || nothing}
  today=${args.today || nothing}
  scripts=${args.scripts || nothing}
  letters=${args.letters || nothing}
  handoff=${args.handoff || nothing}
  targets=${args.targets || nothing}
  ?require-personal=${args.requirePersonal}
  ?show-call-count=${args.showCallCount}
  ?no-location=${args.noLocation}
></m4a-rep-lookup>`;

const meta: Meta<Args> = {
  title: 'Widgets/Rep lookup',
  component: 'm4a-rep-lookup',
  args: {
    zip: '53703',
    lang: '',
    theme: '',
    showCallCount: false,
    noLocation: false,
    headingLevel: '',
    today: '',
    scripts: '',
    letters: '',
    handoff: '',
    requirePersonal: false,
    targets: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    headingLevel: { control: 'select', options: ['', '2', '3', '4', '5', '6'] },
    today: {
      control: 'text',
      description: 'YYYY-MM-DD; from 2027-01-03 the 119th Congress data is flagged as possibly stale',
    },
    scripts: {
      control: 'text',
      description: 'JSON: {"en": {"thank": "…", "cosponsor": "…", "support": "…"}, "es": {…}}',
    },
    letters: {
      control: 'text',
      description: 'JSON: {"en": {"thank": {"subject": "…", "body": "…"}, …}, "es": {…}}',
    },
    handoff: { control: 'text', description: 'JSON: {"federal": "https://actionnetwork.org/letters/…"}' },
    targets: { control: 'text', description: 'JSON: the partner’s local targets, e.g. [{"id": "mayor", …}]' },
  },
  render: (args) => widget(args, answering('single')),
};
export default meta;
type Story = StoryObj<Args>;

export const Idle: Story = { args: { zip: '' } };

export const Results: Story = {};

export const WithStateLegislators: Story = {
  name: 'Address: with state legislators',
  render: (args) => widget(args, answering('address')),
};

export const SplitZip: Story = {
  name: 'Split ZIP',
  args: { zip: '53511' },
  render: (args) => widget(args, answering('split')),
};

export const CrossStateZip: Story = {
  name: 'Split ZIP across a state line',
  args: { zip: '54540' },
  render: (args) => widget(args, answering('crossState')),
};

export const AtLarge: Story = {
  name: 'At-large state (Alaska)',
  args: { zip: '99501' },
  render: (args) => widget(args, answering('atLarge')),
};

export const DistrictOfColumbia: Story = {
  args: { zip: '20001' },
  render: (args) => widget(args, answering('dc')),
};

export const PuertoRico: Story = {
  args: { zip: '00901', lang: 'es' },
  render: (args) => widget(args, answering('pr')),
};

export const VacantSeat: Story = {
  render: (args) => widget(args, answering('vacant')),
};

export const NotFound: Story = {
  args: { zip: '00000' },
  render: (args) => widget(args, answering('notFound')),
};

export const Loading: Story = {
  render: (args) =>
    widget(
      args,
      backend(() => forever()),
    ),
};

export const Offline: Story = {
  render: (args) =>
    widget(
      args,
      backend(() => failWith('offline')),
    ),
};

export const InvalidResponse: Story = {
  render: (args) =>
    widget(
      args,
      backend(async () => ({ ...answers['single']!, legislators: [{ name: 'No id' }] }) as never),
    ),
};

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background:#0d1117; padding:1rem">${widget(args, answering('single'))}</div>`,
};

export const StaleData: Story = {
  name: 'Stale data (after 2027-01-03)',
  args: { today: '2027-01-05' },
};

export const CallCount: Story = { args: { showCallCount: true } };

export const PartnerScripts: Story = {
  args: {
    scripts: JSON.stringify({
      en: {
        thank: 'Hi, I’m {visitorName} from {place}. Thank you, {legislatorTitle} {legislatorName}, for backing {bill}!',
      },
      es: { thank: 'Hola, soy {visitorName}, de {place}. ¡Gracias, {legislatorName}, por apoyar {bill}!' },
    }),
  },
};

export const BadSetting: Story = {
  args: { scripts: '{"en": {"thank": "Hi {nmae}"}}', headingLevel: '9' },
};

export const PhoneWidth: Story = {
  render: (args) =>
    html`<div style="width: 320px; outline: 1px dashed #8c959f">${widget(args, answering('single'))}</div>`,
};

/** A visitor types a ZIP, finds their three members of Congress, and opens the call panel for the first. */
export const MainFlow: Story = {
  name: 'Main flow: look up and call',
  args: { zip: '' },
  play: async ({ canvasElement, step }) => {
    const root = await widgetRoot(canvasElement, 'm4a-rep-lookup');
    await step('type a ZIP and look up', async () => {
      await userEvent.type(await inside(root, 'input#zip'), '53703');
      await userEvent.click(await inside(root, 'button[type="submit"]'));
    });
    await step('the senators and the House member show', () =>
      waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBeGreaterThanOrEqual(3), {
        timeout: 5000,
      }),
    );
    await step('open the call panel', async () => {
      await userEvent.click(await inside(root, '[part~="call"]'));
      await waitFor(() => expect(root.querySelector('[part~="call-panel"]')).toBeTruthy());
    });
  },
};

/** Opens the Write panel of the first card. */
async function openWrite(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const root = await widgetRoot(canvasElement, 'm4a-rep-lookup');
  await userEvent.click(await inside(root, '[part~="write"]'));
  await inside(root, '[part~="write-panel"]');
  return root;
}

export const WriteCompose: Story = {
  name: 'Write: compose a letter',
  play: async ({ canvasElement }) => {
    await openWrite(canvasElement);
  },
};

export const WriteRequiredSentence: Story = {
  name: 'Write: own sentence required, errors named',
  args: { requirePersonal: true },
  play: async ({ canvasElement }) => {
    const root = await openWrite(canvasElement);
    await userEvent.click(await inside(root, '[part~="channel"]'));
    await inside(root, '.error-summary');
  },
};

export const WriteHandoff: Story = {
  name: 'Write: a partner’s hand-off',
  args: { handoff: JSON.stringify({ federal: 'https://actionnetwork.org/letters/example' }) },
  play: async ({ canvasElement }) => {
    await openWrite(canvasElement);
  },
};

export const WriteSpanish: Story = {
  name: 'Write: Spanish',
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    await openWrite(canvasElement);
  },
};

export const WriteSent: Story = {
  name: 'Write: downloaded and sent',
  play: async ({ canvasElement, step }) => {
    const root = await openWrite(canvasElement);
    await step('sign and download the PDF', async () => {
      await userEvent.type(await inside(root, '[part~="write-panel"] input'), 'Rosa Park');
      await userEvent.click(await inside(root, '[data-channel="pdf"]'));
    });
    await step('I sent it', async () => {
      await userEvent.click(await inside(root, '[data-outcome="sent"]'));
      await inside(root, '.thanks');
    });
  },
};

export const LocalTargets: Story = {
  name: 'Local targets after the legislators',
  args: {
    targets: JSON.stringify([
      {
        id: 'mayor',
        name: 'Example Mayor',
        title: { en: 'Mayor', es: 'Alcaldesa' },
        level: 'city',
        phone: '608-555-0100',
        email: 'mayor@example.org',
        address: ['210 Martin Luther King Jr Blvd, Room 403', 'Madison, WI 53703'],
        stance: {
          position: 'supports',
          label: { en: 'Signed our pledge' },
          source: { name: 'Example pledge list', url: 'https://example.org/pledge' },
          asOf: '2026-11-02',
        },
      },
      { id: 'county-executive', name: 'Example Executive', title: 'County Executive', level: 'county' },
    ]),
  },
};
