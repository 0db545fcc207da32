/**
 * From the form on the page to a `SignupRequest`: reading the inputs, attribution from the page, and validation
 * with the shared schema plus the partner's "required" settings. Problems come back per field as codes the element
 * turns into translated messages.
 */
import type { Lang } from '../../shared/schemas/common.js';
import {
  SIGNUP_HONEYPOT_FIELD,
  SignupRequest,
  type SignupAttribution,
  type SignupInput,
} from '../../shared/schemas/signup.js';
import type { FieldError } from '../../core/errors.js';
import type { FormSetup } from './form-config.js';

/** What the visitor typed and picked, kept so answers survive every re-render. */
export interface FormValues {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  zip: string;
  interests: string[];
  note: string;
  emailOptIn: boolean;
  smsOptIn: boolean;
  answers: Record<string, string | string[]>;
  honeypot: string;
}

export const emptyValues = (): FormValues => ({
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  zip: '',
  interests: [],
  note: '',
  emailOptIn: false,
  smsOptIn: false,
  answers: {},
  honeypot: '',
});

/** Name of the input holding the answer to custom question `id`. */
export const answerName = (id: string) => `answer-${id}`;

export function readValues(form: HTMLFormElement, setup: FormSetup): FormValues {
  const data = new FormData(form);
  const text = (name: string) => {
    const v = data.get(name);
    return typeof v === 'string' ? v : '';
  };
  const answers: FormValues['answers'] = {};
  for (const q of setup.questions) {
    answers[q.id] = q.type === 'text' ? text(answerName(q.id)) : data.getAll(answerName(q.id)).map(String);
  }
  return {
    givenName: text('givenName'),
    familyName: text('familyName'),
    email: text('email'),
    phone: text('phone'),
    zip: text('zip'),
    interests: data.getAll('interests').map(String),
    note: text('note'),
    emailOptIn: data.has('emailOptIn'),
    smsOptIn: data.has('smsOptIn'),
    answers,
    honeypot: text(SIGNUP_HONEYPOT_FIELD),
  };
}

/** `source` attribute (else the page's `?source=`), the page's `utm_*` parameters, the page address and site. */
export function pageAttribution(sourceAttr: string | undefined, loc: Location = location): SignupAttribution {
  const params = new URLSearchParams(loc.search);
  const param = (k: string) => params.get(k) || undefined;
  return {
    source: sourceAttr?.trim() || param('source'),
    utm: {
      source: param('utm_source'),
      medium: param('utm_medium'),
      campaign: param('utm_campaign'),
      term: param('utm_term'),
      content: param('utm_content'),
    },
    // The fragment is the page's own business.
    pageUrl: `${loc.origin}${loc.pathname}${loc.search}`,
    site: loc.hostname || undefined,
  };
}

export interface RequestContext {
  lang: Lang;
  attribution: SignupAttribution;
  smsConsentText: string | undefined;
  elapsedMs: number;
  submittedAt: string;
}

/** A ZIP+4 typed on a numeric keypad (no hyphen there) is accepted as `537031234` and written `53703-1234`. */
const tidyZip = (zip: string) => {
  const digits = zip.replace(/\s+/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 5)}-${digits.slice(5)}` : digits;
};

export function buildRequest(v: FormValues, setup: FormSetup, ctx: RequestContext): SignupInput {
  const shown = (f: { hidden: boolean }) => !f.hidden;
  const answers: Record<string, string | string[]> = {};
  for (const q of setup.questions) {
    const a = v.answers[q.id];
    if (a !== undefined && a.length > 0) answers[q.id] = a;
  }
  const smsOptIn = shown(setup.smsOptIn) && v.smsOptIn;
  return {
    ...(shown(setup.givenName) ? { givenName: v.givenName } : {}),
    ...(shown(setup.familyName) ? { familyName: v.familyName } : {}),
    email: v.email,
    ...(shown(setup.phone) ? { phone: v.phone } : {}),
    zip: tidyZip(v.zip),
    interests: shown(setup.interests) ? v.interests : [],
    answers,
    ...(shown(setup.note) ? { note: v.note } : {}),
    emailOptIn: shown(setup.emailOptIn) && v.emailOptIn,
    smsOptIn,
    ...(smsOptIn && ctx.smsConsentText ? { smsConsentText: ctx.smsConsentText } : {}),
    lang: ctx.lang,
    attribution: ctx.attribution,
    [SIGNUP_HONEYPOT_FIELD]: v.honeypot,
    elapsedMs: Math.max(0, ctx.elapsedMs),
    submittedAt: ctx.submittedAt,
  };
}

export const PROBLEMS = ['required', 'invalid', 'too-long', 'sms-needs-phone'] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Problems by field key: a built-in field name, or `answers.<question id>`. */
export type Problems = Map<string, Problem>;

/** Where a problem reported at `path` (schema issue or server `fields[].path`) is shown, if it is a visible field. */
export function fieldKeyOf(path: readonly (string | number)[] | string, setup: FormSetup): string | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [head, second] = parts;
  if (head === 'answers')
    return second && setup.questions.some((q) => q.id === second) ? `answers.${second}` : undefined;
  if (head === 'smsConsentText') return setup.smsOptIn.hidden ? undefined : 'smsOptIn';
  const builtIn = head as keyof Omit<FormSetup, 'questions'>;
  return head && head in setup && head !== 'questions' && !setup[builtIn].hidden ? head : undefined;
}

const isEmpty = (v: string | string[] | undefined) => (Array.isArray(v) ? v.length === 0 : !v?.trim());

/** Checks what the partner made required, then the shared schema. First problem per field wins. */
export function validate(v: FormValues, setup: FormSetup, input: SignupInput): Problems {
  const problems: Problems = new Map();
  const add = (key: string, p: Problem) => {
    if (!problems.has(key)) problems.set(key, p);
  };
  for (const name of ['givenName', 'familyName', 'email', 'phone', 'zip', 'note'] as const) {
    if (setup[name].required && isEmpty(v[name])) add(name, 'required');
  }
  if (setup.interests.required && v.interests.length === 0) add('interests', 'required');
  for (const q of setup.questions) {
    if (q.required && isEmpty(v.answers[q.id])) add(`answers.${q.id}`, 'required');
  }
  const result = SignupRequest.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = fieldKeyOf(issue.path as (string | number)[], setup);
      if (!key) continue;
      if (key === 'phone' && input.smsOptIn && isEmpty(v.phone)) add(key, 'sms-needs-phone');
      else add(key, issue.code === 'too_big' ? 'too-long' : 'invalid');
    }
  }
  return problems;
}

/** The server's field errors on the visible fields; `unplaced` is true when some could not be shown on a field. */
export function serverProblems(
  fields: readonly FieldError[],
  v: FormValues,
  setup: FormSetup,
): { problems: Problems; unplaced: boolean } {
  const problems: Problems = new Map();
  let unplaced = false;
  for (const f of fields) {
    const key = fieldKeyOf(f.path, setup);
    if (!key) {
      unplaced = true;
      continue;
    }
    if (problems.has(key)) continue;
    const value = key.startsWith('answers.')
      ? v.answers[key.slice(8)]
      : (v as unknown as Record<string, string | string[]>)[key];
    if (key === 'phone' && v.smsOptIn && isEmpty(value)) problems.set(key, 'sms-needs-phone');
    else problems.set(key, typeof value === 'string' && isEmpty(value) ? 'required' : 'invalid');
  }
  return { problems, unplaced };
}
