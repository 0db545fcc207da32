/**
 * What a partner can change about the signup form, through the `fields` attribute (JSON) or property (object):
 * hide, require, relabel or add a hint to a field, pick and add "how do you want to help" choices, word the SMS
 * consent, and add custom questions (text or choice). Everything is validated; a mistake is shown in the widget
 * naming the exact setting, e.g. `fields.questions.0.options`.
 *
 * ```json
 * { "phone": { "hidden": true },
 *   "interests": { "required": true, "choices": ["canvass", { "id": "nurses", "label": { "en": "Nurse outreach", "es": "Alcance a enfermeras" } }] },
 *   "questions": [{ "id": "employer", "type": "text", "label": "Where do you work?" }] }
 * ```
 */
import * as z from 'zod/mini';
import type { Lang } from '../../shared/schemas/common.js';
import { SIGNUP_INTERESTS, SIGNUP_LIMITS } from '../../shared/schemas/signup.js';
import { jsonAttribute, type AttributeValue } from '../../core/attributes.js';
import { toWidgetError, type WidgetError } from '../../core/errors.js';

/** The same text for every language, or one per language: `"Phone"` or `{ "en": "Phone", "es": "Teléfono" }`. */
const Text = (max: number) => {
  const one = z
    .string()
    .check(z.trim(), z.minLength(1, 'Give some text'), z.maxLength(max, `At most ${max} characters`));
  return z.union([one, z.strictObject({ en: z.optional(one), es: z.optional(one) })], {
    error: 'Give text, or an object with "en" and/or "es" text',
  });
};
export type Text = string | { en?: string | undefined; es?: string | undefined };

const slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/, 'Use lowercase letters, digits and hyphens, like "my-choice"'),
    z.maxLength(SIGNUP_LIMITS.interestId, `At most ${SIGNUP_LIMITS.interestId} characters`),
  );

const label = z.optional(Text(200));
const hint = z.optional(Text(500));
const flag = z.optional(z.boolean({ error: 'Use true or false' }));

/** Email and ZIP are always asked and always required: they are what a signup is. */
const Always = z.strictObject({ label, hint });
const Optional = z.strictObject({ label, hint, hidden: flag, required: flag });

const Choice = z.union([z.enum(SIGNUP_INTERESTS), z.strictObject({ id: slug, label: Text(200), hint })], {
  error: `Use a built-in choice (${SIGNUP_INTERESTS.join(', ')}) or an object with "id" and "label"`,
});

const uniqueIds = <T extends { id: string } | string>(what: string) =>
  z.refine<T[]>((list) => {
    const ids = list.map((c) => (typeof c === 'string' ? c : c.id));
    return new Set(ids).size === ids.length;
  }, `Each ${what} needs its own id`);

const Interests = z.strictObject({
  label,
  hint,
  hidden: flag,
  required: flag,
  choices: z.optional(
    z
      .array(Choice)
      .check(
        z.minLength(1, 'Give at least one choice, or hide the field'),
        z.maxLength(SIGNUP_LIMITS.interests, `At most ${SIGNUP_LIMITS.interests} choices`),
        uniqueIds('choice'),
      ),
  ),
});

const Consent = z.strictObject({ label, hint, hidden: flag });
const SmsConsent = z.strictObject({
  label,
  hidden: flag,
  /** The full consent wording shown next to the box (and stored with the signup). */
  consent: z.optional(Text(SIGNUP_LIMITS.consentText - 200)),
});

const Option = z.strictObject({ id: slug, label: Text(200) });

const Question = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      id: slug,
      type: z.literal('text'),
      label: Text(200),
      hint,
      required: flag,
      /** A multi-line box instead of a one-line input. */
      multiline: flag,
    }),
    z.strictObject({
      id: slug,
      type: z.literal('choice'),
      label: Text(200),
      hint,
      required: flag,
      /** Checkboxes (several answers) instead of radio buttons (one). */
      multiple: flag,
      options: z
        .array(Option)
        .check(
          z.minLength(2, 'Give at least two options'),
          z.maxLength(SIGNUP_LIMITS.answerChoices, `At most ${SIGNUP_LIMITS.answerChoices} options`),
          uniqueIds('option'),
        ),
    }),
  ],
  { error: 'Each question needs a "type": "text" or "choice"' },
);
export type Question = z.infer<typeof Question>;

export const FieldsConfig = z.strictObject({
  givenName: z.optional(Optional),
  familyName: z.optional(Optional),
  email: z.optional(Always),
  phone: z.optional(Optional),
  zip: z.optional(Always),
  interests: z.optional(Interests),
  note: z.optional(Optional),
  emailOptIn: z.optional(Consent),
  smsOptIn: z.optional(SmsConsent),
  questions: z.optional(
    z
      .array(Question)
      .check(z.maxLength(SIGNUP_LIMITS.answers, `At most ${SIGNUP_LIMITS.answers} questions`), uniqueIds('question')),
  ),
});
export type FieldsConfig = z.infer<typeof FieldsConfig>;

/** A built-in field as the form shows it. */
export interface FieldSetup {
  hidden: boolean;
  required: boolean;
  label?: Text | undefined;
  hint?: Text | undefined;
}

export interface ChoiceSetup {
  id: string;
  /** Partner wording; built-in choices without one use the widget's translation. */
  label?: Text | undefined;
  hint?: Text | undefined;
}

/** The form after defaults are applied: what to render and what to require. */
export interface FormSetup {
  givenName: FieldSetup;
  familyName: FieldSetup;
  email: FieldSetup;
  phone: FieldSetup;
  zip: FieldSetup;
  interests: FieldSetup & { choices: ChoiceSetup[] };
  note: FieldSetup;
  emailOptIn: FieldSetup;
  smsOptIn: FieldSetup & { consent?: Text | undefined };
  questions: Question[];
}

const field = (
  c:
    | {
        label?: Text | undefined;
        hint?: Text | undefined;
        hidden?: boolean | undefined;
        required?: boolean | undefined;
      }
    | undefined,
  required: boolean,
): FieldSetup => ({
  hidden: c?.hidden ?? false,
  required: !c?.hidden && (c?.required ?? required),
  label: c?.label,
  hint: c?.hint,
});

/**
 * Reads the `fields` setting: JSON text (the attribute) or an object (the property); nothing means the defaults.
 * Names are required by default (organizers phone volunteers by name); phone and the note are optional.
 */
export function parseFieldsConfig(raw: unknown): { ok: true; setup: FormSetup } | { ok: false; error: WidgetError } {
  let c: FieldsConfig;
  try {
    c = jsonAttribute('fields', raw as AttributeValue | object, FieldsConfig, { nameUnknownKey: true }) ?? {};
  } catch (err) {
    return { ok: false, error: toWidgetError(err) };
  }
  const phone = field(c.phone, false);
  return {
    ok: true,
    setup: {
      givenName: field(c.givenName, true),
      familyName: field(c.familyName, true),
      email: field(c.email, true),
      phone,
      zip: field(c.zip, true),
      interests: {
        ...field(c.interests, false),
        choices: (c.interests?.choices ?? SIGNUP_INTERESTS).map((ch) => (typeof ch === 'string' ? { id: ch } : ch)),
      },
      note: field(c.note, false),
      emailOptIn: field(c.emailOptIn, false),
      // Texts need a number to go to.
      smsOptIn: {
        ...field({ ...c.smsOptIn, hidden: c.smsOptIn?.hidden || phone.hidden }, false),
        consent: c.smsOptIn?.consent,
      },
      questions: c.questions ?? [],
    },
  };
}

/** Partner text in the widget's language: that language, else English, else whatever was given. */
export function localize(text: Text | undefined, lang: Lang): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text).find((v) => v !== undefined);
}
