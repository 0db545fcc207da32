import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/signup-form.js';
import { WidgetError } from '../src/core/errors.js';
import { clearDeviceQueue } from '../src/core/device-queue.js';
import type { M4aSignupForm } from '../src/elements/signup-form/signup-form.js';
import type { Receipt } from '../src/shared/schemas/common.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inside, widgetRoot } from './support/play.js';
import { failWith, forever, useStoryBackend } from './support/story-backend.js';

interface Args {
  lang: string;
  organization: string;
  thankYou: string;
  source: string;
}

const accepted = async (): Promise<Receipt> => ({ id: 'story', status: 'created' });

const form = (
  args: Partial<Args>,
  backend: string,
  extra: { theme?: string; fields?: unknown } = {},
) => html`<m4a-signup-form
  backend=${backend}
  lang=${args.lang || nothing}
  organization=${args.organization || nothing}
  thank-you=${args.thankYou || nothing}
  source=${args.source || nothing}
  theme=${extra.theme ?? nothing}
  fields=${extra.fields === undefined ? nothing : JSON.stringify(extra.fields)}
>
  <p slot="next-steps"><a href="#events">See upcoming events near you</a></p>
</m4a-signup-form>`;

/** Fills the form like a visitor and presses "Sign up", so a story opens in its after-submit state. */
async function fillAndSubmit(canvas: HTMLElement, values: Record<string, string> = {}) {
  const el = canvas.querySelector('m4a-signup-form') as M4aSignupForm;
  await customElements.whenDefined('m4a-signup-form');
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const [id, value] of Object.entries({
    givenName: 'Ana',
    familyName: 'Pérez',
    email: 'ana@example.org',
    zip: '53703',
    ...values,
  })) {
    (root.getElementById(id) as HTMLInputElement).value = value;
  }
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Signup form',
  component: 'm4a-signup-form',
  args: { lang: '', organization: 'Wisconsin Health Action', thankYou: '', source: 'storybook' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  // Signups "saved" by one story must not be replayed into the next.
  loaders: [async () => clearDeviceQueue()],
  render: (args) => form(args, useStoryBackend({ submitSignup: accepted })),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const PhoneWidth: Story = {
  render: (args) =>
    html`<div style="width: 320px; outline: 1px dashed #8c959f">${form(args, useStoryBackend({ submitSignup: accepted }))}</div>`,
};

export const Spanish: Story = {
  args: { lang: 'es', organization: 'Acción por la Salud de Wisconsin' },
};

export const Dark: Story = {
  render: (args) =>
    html`<div style="background:#0d1117; padding:1rem">${form(args, useStoryBackend({ submitSignup: accepted }), { theme: 'dark' })}</div>`,
};

export const ValidationErrors: Story = {
  play: ({ canvasElement }) => fillAndSubmit(canvasElement, { givenName: '', email: 'ana@example', zip: '537' }),
};

export const ValidationErrorsSpanish: Story = {
  args: { lang: 'es' },
  play: ({ canvasElement }) => fillAndSubmit(canvasElement, { email: 'ana@', zip: '' }),
};

export const Submitting: Story = {
  render: (args) => form(args, useStoryBackend({ submitSignup: () => forever() })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

export const Success: Story = {
  args: { thankYou: 'Thank you! Your local organizer will call you this week.' },
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

export const SavedOffline: Story = {
  name: 'Saved offline (queued)',
  render: (args) => form(args, useStoryBackend({ submitSignup: () => failWith('offline') })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

export const ServerRefusedAField: Story = {
  render: (args) =>
    form(
      args,
      useStoryBackend({
        submitSignup: () =>
          Promise.reject(
            new WidgetError('validation', 'story: 400', {
              status: 400,
              fields: [{ path: 'zip', message: 'Unknown ZIP code' }],
            }),
          ),
      }),
    ),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement, { zip: '00000' }),
};

export const CustomFields: Story = {
  render: (args) =>
    form(args, useStoryBackend({ submitSignup: accepted }), {
      fields: {
        phone: { required: true, hint: { en: 'We’ll call you about shifts.', es: 'Le llamaremos sobre los turnos.' } },
        note: { hidden: true },
        interests: {
          required: true,
          choices: [
            'canvass',
            'phone-text-bank',
            {
              id: 'clinic-outreach',
              label: { en: 'Talk to patients at clinics', es: 'Hablar con pacientes en clínicas' },
            },
          ],
        },
        questions: [
          { id: 'employer', type: 'text', label: { en: 'Where do you work?', es: '¿Dónde trabaja?' } },
          {
            id: 'union',
            type: 'choice',
            required: true,
            label: { en: 'Are you in a union?', es: '¿Pertenece a un sindicato?' },
            options: [
              { id: 'yes', label: { en: 'Yes', es: 'Sí' } },
              { id: 'no', label: 'No' },
            ],
          },
        ],
      },
    }),
};

export const BadSetting: Story = {
  name: 'Bad setting (fields)',
  render: (args) => form(args, useStoryBackend({ submitSignup: accepted }), { fields: { phnoe: { hidden: true } } }),
};

/** A visitor types their details and signs up; the thank-you panel replaces the form. */
export const MainFlow: Story = {
  name: 'Main flow: sign up',
  play: async ({ canvasElement, step }) => {
    const root = await widgetRoot(canvasElement, 'm4a-signup-form');
    await step('fill in name, email and ZIP', async () => {
      await userEvent.type(await inside(root, '#givenName'), 'Ana');
      await userEvent.type(await inside(root, '#familyName'), 'Pérez');
      await userEvent.type(await inside(root, '#email'), 'ana@example.org');
      await userEvent.type(await inside(root, '#zip'), '53703');
    });
    await step('press "Sign up"', async () => userEvent.click(await inside(root, 'button[type="submit"]')));
    await step('the thank-you panel shows', () =>
      waitFor(() => expect(root.querySelector('[part~="panel"]')).toBeTruthy(), { timeout: 5000 }),
    );
  },
};
