import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/event-list.js';
import type { Backend } from '../src/core/backend.js';
import { queryEvents } from '../src/shared/calendar/filter.js';
import { toZonedIso } from '../src/shared/calendar/time.js';
import type { EventQuery, M4aEvent } from '../src/shared/schemas/event.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inside, widgetRoot } from './support/play.js';
import { failWith, forever, useStoryBackend } from './support/story-backend.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MADISON = { lat: 43.0796, lng: -89.3784 };

/** An event `days` from now at `hour` o'clock Chicago time, so the stories never go stale. */
function at(days: number, hour: number, hours = 2, timezone = 'America/Chicago') {
  const day = new Date(Date.now() + days * DAY);
  const startUtc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour + 6);
  return { start: toZonedIso(startUtc, timezone), end: toZonedIso(startUtc + hours * HOUR, timezone), timezone };
}

const events: M4aEvent[] = [
  {
    id: 'story:canvass:1',
    source: 'mobilize',
    title: 'Door-to-door canvass for Medicare for All: East Side',
    type: 'canvass',
    ...at(3, 10, 3),
    online: false,
    location: {
      venue: 'Goodman Community Center',
      addressLines: ['149 Waubesa St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53704',
      lat: 43.0958,
      lng: -89.3495,
    },
    description:
      "Join Madison-area volunteers to knock doors on the East Side and talk with neighbors about the Medicare for All Act. We'll train you first, pair you with an experienced canvasser, and provide scripts and water.\n\nWe finish with snacks back at the center.",
    url: 'https://www.mobilize.us/m4amadison/event/601001/',
    rsvp: 'link',
    capacity: 30,
    full: false,
    accessibility: { status: 'accessible', notes: 'Step-free entrance on the north side; accessible restrooms.' },
  },
  {
    id: 'story:town-hall:1',
    source: 'reference',
    title: 'Town hall: what Medicare for All means for Wisconsin families',
    type: 'town-hall',
    ...at(5, 18, 1.5),
    online: false,
    location: {
      venue: 'Madison Public Library – Central',
      addressLines: ['201 W Mifflin St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
      lat: 43.0731,
      lng: -89.3887,
    },
    description:
      '<p>Hear from <strong>nurses</strong> &amp; doctors.</p><ul><li>Q&amp;A</li><li>Stories from patients</li></ul>',
    rsvp: 'inline',
    capacity: 120,
    full: false,
  },
  {
    id: 'story:phone-bank:1',
    source: 'mobilize',
    title: 'Phone bank: call Wisconsin supporters',
    type: 'phone-bank',
    ...at(6, 18),
    online: true,
    description: 'Call supporters from home. We provide the script and the dialer.',
    url: 'https://www.mobilize.us/m4amadison/event/601002/',
    rsvp: 'link',
    full: false,
  },
  {
    id: 'story:rally:1',
    source: 'action-network',
    title: 'Rally for guaranteed healthcare at the Capitol',
    type: 'rally',
    ...at(9, 12),
    online: false,
    location: {
      venue: 'Wisconsin State Capitol',
      addressLines: ['2 E Main St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
      lat: 43.0747,
      lng: -89.3841,
    },
    description: 'Bring signs and friends.',
    url: 'https://actionnetwork.org/events/rally-for-guaranteed-healthcare',
    rsvp: 'link',
    capacity: 500,
    full: true,
  },
  {
    id: 'story:meeting:1',
    source: 'mobilize',
    title: 'West Side organizing meeting',
    type: 'meeting',
    ...at(12, 19, 1.5),
    online: false,
    location: {
      addressLines: [],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53711',
      private: true,
      lat: 43.0113,
      lng: -89.4093,
    },
    description: "A volunteer's living room. Address sent after you RSVP.",
    url: 'https://www.mobilize.us/m4amadison/event/601004/',
    rsvp: 'link',
    full: false,
    accessibility: { status: 'unknown' },
  },
];

/** An in-memory backend with the reference server's filtering rules (ZIPs are all taken as Madison here). */
const memory = (list: M4aEvent[] = events): Backend => ({
  listEvents: async (query: EventQuery) => queryEvents(list, query, { now: Date.now(), origin: MADISON }),
  submitRsvp: async () => ({ id: `rsvp-${Date.now()}`, status: 'created' }),
});

interface Args {
  view: string;
  lang: string;
  timeZone: string;
  pageSize: string;
  hideFilters: boolean;
}

const list = (
  args: Partial<Args>,
  backend: string,
  extra: { theme?: string; types?: string; zip?: string } = {},
) => html`<m4a-event-list
  backend=${backend}
  url-sync="off"
  view=${args.view || nothing}
  lang=${args.lang || nothing}
  time-zone=${args.timeZone || nothing}
  page-size=${args.pageSize || nothing}
  ?hide-filters=${args.hideFilters}
  theme=${extra.theme ?? nothing}
  ?data-story-theme=${!!extra.theme}
  types=${extra.types ?? nothing}
  zip=${extra.zip ?? nothing}
></m4a-event-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/Event list',
  component: 'm4a-event-list',
  args: { view: 'list', lang: '', timeZone: '', pageSize: '', hideFilters: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'compact'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    timeZone: {
      control: 'select',
      options: ['', 'America/Chicago', 'America/Los_Angeles', 'America/New_York', 'Pacific/Honolulu'],
    },
    pageSize: { control: 'select', options: ['', '2', '5', '20'] },
  },
  render: (args) => list(args, useStoryBackend(memory())),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const VisitorInLosAngeles: Story = {
  name: 'Visitor in Los Angeles (two clocks)',
  args: { timeZone: 'America/Los_Angeles' },
};

export const Compact: Story = {
  args: { view: 'compact', hideFilters: true },
  render: (args) => html`<div style="max-width: 320px">${list(args, useStoryBackend(memory()))}</div>`,
};

export const PhoneWidth: Story = {
  render: (args) =>
    html`<div style="width: 320px; outline: 1px dashed #8c959f">${list(args, useStoryBackend(memory()))}</div>`,
};

export const LoadMore: Story = {
  name: 'Load more (2 per page)',
  args: { pageSize: '2' },
};

export const Loading: Story = {
  render: (args) => list(args, useStoryBackend({ listEvents: () => forever() })),
};

export const Error: Story = {
  render: (args) => list(args, useStoryBackend({ listEvents: () => failWith('offline') })),
};

export const Empty: Story = {
  render: (args) => list(args, useStoryBackend(memory([]))),
};

export const EmptySearch: Story = {
  name: 'Empty search (what was searched, wider radius, online)',
  render: (args) => list(args, useStoryBackend(memory()), { types: 'training', zip: '53703' }),
};

export const InvalidContent: Story = {
  render: (args) =>
    list(
      args,
      useStoryBackend({ listEvents: async () => ({ events: [{ id: 'x', title: 'No dates' }], next: null }) as never }),
    ),
};

export const Spanish: Story = {
  args: { lang: 'es', timeZone: 'America/Los_Angeles' },
};

export const Dark: Story = {
  render: (args) =>
    html`<div style="background:#0d1117; padding:1rem">${list(args, useStoryBackend(memory()), { theme: 'dark' })}</div>`,
};

export const BadAttribute: Story = {
  name: 'Configuration error (bad time-zone)',
  args: { timeZone: 'Mars/Olympus_Mons' },
};

/** A visitor narrows the list to town halls and the count says so. */
export const MainFlow: Story = {
  name: 'Main flow: filter by type',
  play: async ({ canvasElement, step }) => {
    const root = await widgetRoot(canvasElement, 'm4a-event-list');
    await step('all five events show', () =>
      waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBe(5)),
    );
    await step('choose "Town hall" and search', async () => {
      await userEvent.click(await inside(root, 'input[name="types"][value="town-hall"]'));
      await userEvent.click(await inside(root, 'button[type="submit"]'));
    });
    await step('only the town hall is left', async () => {
      await waitFor(() => expect(root.querySelectorAll('[part~="card"]').length).toBe(1));
      await expect(root.querySelector('[part~="title"]')?.textContent).toContain('Town hall');
    });
  },
};
