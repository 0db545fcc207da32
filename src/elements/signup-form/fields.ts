/** The inputs of <m4a-signup-form>, in display order, as the partner's setup says. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../shared/schemas/common.js';
import { SIGNUP_HONEYPOT_FIELD, SIGNUP_LIMITS } from '../../shared/schemas/signup.js';
import { checkboxField, choiceGroup, textField, type FormProblem } from '../../core/form.js';
import type { Params, Translator } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import { localize, type FieldSetup, type FormSetup, type Question } from './form-config.js';
import en, { type SignupKey } from './messages.en.js';
import { answerName, type FormValues, type Problem } from './payload.js';

export interface FieldContext {
  setup: FormSetup;
  values: FormValues;
  lang: Lang;
  t: Translator<SignupKey | CoreKey>;
  /** The message for a field key (`email`, `answers.<id>`), when it has a problem. */
  error: (key: string) => string | undefined;
  organization: string;
}

type Builtin = Exclude<keyof FormSetup, 'questions'>;

const isKey = (key: string): key is SignupKey => Object.hasOwn(en, key);

/** A built-in interest's translated name; partner choices always bring their own label. */
const builtinChoice = (t: FieldContext['t'], id: string) => {
  const key = `interest.${id}`;
  return isKey(key) ? t(key) : id;
};

/** Field keys in display order: where the error summary lists problems. */
export function fieldOrder(setup: FormSetup): string[] {
  const builtins: Builtin[] = ['givenName', 'familyName', 'email', 'phone', 'zip', 'interests'];
  return [
    ...builtins.filter((k) => !setup[k].hidden),
    ...setup.questions.map((q) => `answers.${q.id}`),
    ...(['note', 'emailOptIn', 'smsOptIn'] as const).filter((k) => !setup[k].hidden),
  ];
}

/** The id of the control a field key's error links to. */
export const controlId = (key: string) => (key.startsWith('answers.') ? `q-${key.slice(8)}` : key);

/** A built-in field's label as shown (partner wording or ours), without the "(optional)" marker. */
export function baseLabel(c: Pick<FieldContext, 'setup' | 'lang' | 't'>, name: Builtin): string {
  return localize(c.setup[name].label, c.lang) ?? c.t(`field.${name}.label`);
}

export function questionLabel(q: Question, lang: Lang): string {
  return localize(q.label, lang) ?? q.id;
}

/** The SMS consent wording as shown next to the box. */
export function smsConsent(c: Pick<FieldContext, 'setup' | 'lang' | 't' | 'organization'>): string {
  return localize(c.setup.smsOptIn.consent, c.lang) ?? c.t('field.smsOptIn.consent', { organization: c.organization });
}

export function renderFields(c: FieldContext): TemplateResult {
  const { setup: s, values: v, t } = c;
  const marked = (text: string, f: FieldSetup) => (f.required ? text : t('field.optional', { label: text }));
  const label = (name: Builtin) => marked(baseLabel(c, name), s[name]);
  const hint = (name: Builtin, fallback = true, params?: Params) => {
    const key = `field.${name}.hint`;
    return localize(s[name].hint, c.lang) ?? (fallback && isKey(key) ? t(key, params) : undefined);
  };
  const common = (name: Builtin) => ({
    id: name,
    name,
    label: label(name),
    error: c.error(name),
    errorPrefix: t('error.prefix'),
    required: s[name].required,
  });

  const names = [
    s.givenName.hidden
      ? nothing
      : textField({
          ...common('givenName'),
          hint: hint('givenName', false),
          value: v.givenName,
          autocomplete: 'given-name',
          maxlength: SIGNUP_LIMITS.name,
        }),
    s.familyName.hidden
      ? nothing
      : textField({
          ...common('familyName'),
          hint: hint('familyName', false),
          value: v.familyName,
          autocomplete: 'family-name',
          maxlength: SIGNUP_LIMITS.name,
        }),
  ];

  return html`
    <div class="row">${names}</div>
    ${textField({
      ...common('email'),
      hint: hint('email'),
      value: v.email,
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      maxlength: SIGNUP_LIMITS.email,
    })}
    ${
      s.phone.hidden
        ? nothing
        : textField({
            ...common('phone'),
            hint: hint('phone'),
            value: v.phone,
            type: 'tel',
            autocomplete: 'tel-national',
            inputmode: 'tel',
            maxlength: SIGNUP_LIMITS.phoneInput,
            width: 'w-phone',
          })
    }
    ${textField({
      ...common('zip'),
      hint: hint('zip'),
      value: v.zip,
      autocomplete: 'postal-code',
      inputmode: 'numeric',
      maxlength: 10,
      width: 'w-zip',
    })}
    ${
      s.interests.hidden
        ? nothing
        : choiceGroup({
            id: 'interests',
            name: 'interests',
            legend: label('interests'),
            hint: hint('interests'),
            error: c.error('interests'),
            errorPrefix: t('error.prefix'),
            multiple: true,
            options: s.interests.choices.map((ch) => ({
              value: ch.id,
              label: localize(ch.label, c.lang) ?? builtinChoice(t, ch.id),
              hint: localize(ch.hint, c.lang),
            })),
            selected: v.interests,
          })
    }
    ${s.questions.map((q) => question(c, q))}
    ${
      s.note.hidden
        ? nothing
        : textField({
            ...common('note'),
            hint: hint('note', true, { max: SIGNUP_LIMITS.note }),
            value: v.note,
            multiline: true,
            maxlength: SIGNUP_LIMITS.note,
          })
    }
    ${
      s.emailOptIn.hidden
        ? nothing
        : checkboxField({
            id: 'emailOptIn',
            name: 'emailOptIn',
            label: baseLabel(c, 'emailOptIn'),
            description: localize(s.emailOptIn.hint, c.lang),
            checked: v.emailOptIn,
          })
    }
    ${
      s.smsOptIn.hidden
        ? nothing
        : checkboxField({
            id: 'smsOptIn',
            name: 'smsOptIn',
            label: baseLabel(c, 'smsOptIn'),
            description: smsConsent(c),
            checked: v.smsOptIn,
          })
    }
    <div class="honeypot" aria-hidden="true">
      <label for="m4a-hp">${t('honeypot.label')}</label>
      <input id="m4a-hp" name=${SIGNUP_HONEYPOT_FIELD} type="text" tabindex="-1" autocomplete="off" value="" />
    </div>
  `;
}

function question(c: FieldContext, q: Question): TemplateResult {
  const key = `answers.${q.id}`;
  const text = questionLabel(q, c.lang);
  const shown = q.required ? text : c.t('field.optional', { label: text });
  const hint = localize(q.hint, c.lang);
  const answer = c.values.answers[q.id];
  if (q.type === 'text') {
    return textField({
      id: controlId(key),
      name: answerName(q.id),
      label: shown,
      hint,
      error: c.error(key),
      errorPrefix: c.t('error.prefix'),
      value: typeof answer === 'string' ? answer : '',
      required: q.required ?? false,
      multiline: q.multiline ?? false,
      maxlength: SIGNUP_LIMITS.answerText,
    });
  }
  return choiceGroup({
    id: controlId(key),
    name: answerName(q.id),
    legend: shown,
    hint: hint ?? (q.multiple ? c.t('field.question.multiple.hint') : undefined),
    error: c.error(key),
    errorPrefix: c.t('error.prefix'),
    multiple: q.multiple ?? false,
    required: q.required ?? false,
    options: q.options.map((o) => ({ value: o.id, label: localize(o.label, c.lang) ?? o.id })),
    selected: Array.isArray(answer) ? answer : [],
  });
}

const MAX_LENGTH: Record<string, number> = {
  givenName: SIGNUP_LIMITS.name,
  familyName: SIGNUP_LIMITS.name,
  email: SIGNUP_LIMITS.email,
  phone: SIGNUP_LIMITS.phoneInput,
  note: SIGNUP_LIMITS.note,
};

/** How to fix a problem, in words that name the field as the visitor sees it (translated when shown). */
export function fieldProblem(
  c: Pick<FieldContext, 'setup' | 'lang' | 't'>,
  key: string,
  problem: Problem,
): FormProblem<string, SignupKey> {
  const { setup } = c;
  const field = controlId(key);
  if (key.startsWith('answers.')) {
    const q = setup.questions.find((x) => `answers.${x.id}` === key)!;
    const label = questionLabel(q, c.lang);
    if (problem === 'required') {
      return { field, key: q.type === 'choice' ? 'problem.choice-required' : 'problem.required', params: { label } };
    }
    if (problem === 'too-long') {
      return { field, key: 'problem.too-long', params: { label, max: SIGNUP_LIMITS.answerText } };
    }
    return { field, key: 'problem.invalid', params: { label } };
  }
  const name = key as Builtin;
  const label = baseLabel(c, name);
  if (problem === 'too-long') {
    return { field, key: 'problem.too-long', params: { label, max: MAX_LENGTH[key] ?? SIGNUP_LIMITS.attribution } };
  }
  const specific = `problem.${key}.${problem}`;
  // Our wording names our label; once a partner relabels a field, only format advice still fits.
  if (isKey(specific) && (setup[name].label === undefined || problem !== 'required')) return { field, key: specific };
  return { field, key: problem === 'required' ? 'problem.required' : 'problem.invalid', params: { label } };
}
