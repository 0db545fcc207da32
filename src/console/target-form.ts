/**
 * The Local targets page's form: every field of one LocalTarget (src/shared/schemas/targets.ts), what it makes of
 * them, and which field an error's path belongs to, so the browser's check (the same schema) and the server's 422
 * (`targets.<i>.<field>`) are both said beside the right field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  TARGET_LEVELS,
  TARGET_LIMITS,
  TARGET_POSITIONS,
  type LocalTarget,
  type LocalizedText,
  type TargetProblem,
} from '../shared/schemas/targets.js';
import type { FieldProblem, FormErrors } from './field-errors.js';
import type { Key, T } from './i18n.js';

/** The prefix of the form's ids, and the scope of its messages (`field.target.*`). */
export const TARGET_FORM = { prefix: 'tg', scope: 'target' } as const;

const LABELS = {
  id: 'targets.field.id',
  name: 'targets.field.name',
  title: 'targets.field.title',
  titleEs: 'targets.field.titleEs',
  level: 'targets.field.level',
  phone: 'targets.field.phone',
  email: 'targets.field.email',
  contactUrl: 'targets.field.contactUrl',
  address: 'targets.field.address',
  photoUrl: 'targets.field.photoUrl',
  coverage: 'targets.field.coverage',
  zips: 'targets.field.zips',
  districts: 'targets.field.districts',
  zipToDistrict: 'targets.field.zipToDistrict',
  position: 'targets.field.position',
  stanceLabel: 'targets.field.stanceLabel',
  stanceLabelEs: 'targets.field.stanceLabelEs',
  sourceName: 'targets.field.sourceName',
  sourceUrl: 'targets.field.sourceUrl',
  asOf: 'targets.field.asOf',
} as const satisfies Record<string, Key>;
export type TargetField = keyof typeof LABELS;

export const targetFieldLabel = (t: T, field: string): string =>
  field in LABELS ? t(LABELS[field as TargetField]) : field;

/** The form's field for a path inside one entry (`stance.source.url`, `coverage.zipToDistrict.53703`). */
export function targetFieldOf(path: string): TargetField | undefined {
  const [head = '', sub, third] = path.split('.');
  if (head === 'title') return sub === 'es' ? 'titleEs' : 'title';
  if (head === 'coverage') return sub === 'zips' || sub === 'districts' || sub === 'zipToDistrict' ? sub : 'coverage';
  if (head === 'stance') {
    if (sub === 'label') return third === 'es' ? 'stanceLabelEs' : 'stanceLabel';
    if (sub === 'source') return third === 'url' ? 'sourceUrl' : 'sourceName';
    return sub === 'asOf' ? 'asOf' : 'position';
  }
  return head in LABELS ? (head as TargetField) : undefined;
}

/** `targets.2.phone` → entry 2, `phone`: the server's 422 fields and the browser's list check, grouped by entry. */
export function byEntry(fields: readonly FieldProblem[]): Map<number, FieldProblem[]> {
  const problems = new Map<number, FieldProblem[]>();
  for (const field of fields) {
    const [, index, ...rest] = field.path.split('.');
    if (index === undefined || !/^\d+$/.test(index)) continue;
    problems.set(Number(index), [...(problems.get(Number(index)) ?? []), { ...field, path: rest.join('.') }]);
  }
  return problems;
}

export const asFields = (problems: readonly TargetProblem[]): FieldProblem[] =>
  problems.map((p) => ({ path: `targets.${p.index}.${p.path}`, message: p.message }));

export type CoverageKind = 'everyone' | 'zips' | 'districts';
const coverageKind = (target: LocalTarget | undefined): CoverageKind =>
  target?.coverage?.zips ? 'zips' : target?.coverage ? 'districts' : 'everyone';

const en = (text: LocalizedText | undefined) => (typeof text === 'string' ? text : text?.en);
const es = (text: LocalizedText | undefined) => (typeof text === 'string' ? undefined : text?.es);

export interface TargetFormHandlers {
  submit: (e: SubmitEvent) => void;
  cancel: () => void;
  coverage: (kind: CoverageKind) => void;
}

/**
 * `kind` is the coverage chosen in the form (which fields show); `undefined` takes the target's own. Values are set
 * from the target only when it changes, so what the organizer typed stays through re-renders and error messages.
 */
export function targetForm(
  t: T,
  target: LocalTarget | undefined,
  errors: FormErrors,
  kind: CoverageKind | undefined,
  on: TargetFormHandlers,
): TemplateResult {
  const { prefix } = errors;
  const shown = kind ?? coverageKind(target);
  const hint = (name: TargetField, key: Key) => html`<p class="hint" id="${prefix}-${name}-hint">${t(key)}</p>`;
  const described = (name: TargetField, hinted: boolean) =>
    errors.describedBy(name, ...(hinted ? [`${prefix}-${name}-hint`] : []));
  const field = (name: TargetField, input: TemplateResult, hintKey?: Key) =>
    html`<div class="field ${errors.of(name) ? 'invalid' : ''}">
      <label for="${prefix}-${name}">${t(LABELS[name])}</label>
      ${hintKey ? hint(name, hintKey) : nothing}${errors.beside(name)}${input}</div>`;
  const text = (
    name: TargetField,
    value: string | undefined,
    extra: { type?: string; max?: number; hint?: Key } = {},
  ) =>
    field(
      name,
      html`<input id="${prefix}-${name}" name=${name} type=${extra.type ?? 'text'} .value=${value ?? ''}
        maxlength=${ifDefined(extra.max)} aria-describedby=${described(name, Boolean(extra.hint))}
        aria-invalid=${errors.invalid(name)} />`,
      extra.hint,
    );
  const area = (name: TargetField, value: string, hintKey: Key) =>
    field(
      name,
      html`<textarea id="${prefix}-${name}" name=${name} rows="4" .value=${value}
        aria-describedby=${described(name, true)} aria-invalid=${errors.invalid(name)}></textarea>`,
      hintKey,
    );
  const select = (name: TargetField, options: readonly string[], selected: string, label: (v: string) => string) =>
    field(
      name,
      html`<select id="${prefix}-${name}" name=${name} aria-describedby=${described(name, false)}
        aria-invalid=${errors.invalid(name)}>
        ${options.map((v) => html`<option value=${v} ?selected=${v === selected}>${label(v)}</option>`)}</select>`,
    );
  const cov = target?.coverage;
  const stance = target?.stance;
  return html`<form class="target-form" @submit=${on.submit} novalidate aria-labelledby="${prefix}-heading">
    <h2 id="${prefix}-heading">${target ? t('targets.editing', { name: target.name }) : t('targets.adding')}</h2>
    ${
      errors.errors.length
        ? html`<div class="error-summary" role="alert"><h3>${t('form.problems')}</h3>
        <ul>${errors.errors.map((f) => html`<li><a href="#${prefix}-${f.field}">${targetFieldLabel(t, f.field)}: ${f.message}</a></li>`)}</ul></div>`
        : nothing
    }
    ${text('id', target?.id, { max: TARGET_LIMITS.id, hint: 'targets.hint.id' })}
    ${text('name', target?.name, { max: TARGET_LIMITS.name })}
    ${text('title', en(target?.title), { max: TARGET_LIMITS.title })}
    ${text('titleEs', es(target?.title), { max: TARGET_LIMITS.title })}
    ${select('level', TARGET_LEVELS, target?.level ?? 'city', (v) => t(`targets.level.${v}` as Key))}
    ${text('phone', target?.phone, { type: 'tel', max: TARGET_LIMITS.phone })}
    ${text('email', target?.email, { type: 'email' })}
    ${text('contactUrl', target?.contactUrl, { type: 'url' })}
    ${area('address', target?.address?.join('\n') ?? '', 'targets.hint.address')}
    ${text('photoUrl', target?.photoUrl, { type: 'url' })}
    <fieldset id="${prefix}-coverage" tabindex="-1" class=${errors.of('coverage') ? 'invalid' : ''}
      aria-describedby=${described('coverage', false)}>
      <legend>${t('targets.field.coverage')}</legend>${errors.beside('coverage')}
      ${(['everyone', 'zips', 'districts'] as const).map(
        (k) => html`<label><input type="radio" name="coverage" value=${k} .checked=${shown === k}
          @change=${() => on.coverage(k)} /> ${t(`targets.coverage.${k}`)}</label>`,
      )}
    </fieldset>
    ${shown === 'zips' ? area('zips', cov?.zips?.join(', ') ?? '', 'targets.hint.zips') : nothing}
    ${shown === 'districts' ? text('districts', cov?.districts?.join(', '), { hint: 'targets.hint.districts' }) : nothing}
    ${
      shown === 'districts'
        ? area(
            'zipToDistrict',
            Object.entries(cov?.zipToDistrict ?? {})
              .map(([zip, ds]) => `${zip}: ${ds.join(', ')}`)
              .join('\n'),
            'targets.hint.zipToDistrict',
          )
        : nothing
    }
    ${select('position', ['', ...TARGET_POSITIONS], stance?.position ?? '', (v) => t(`targets.position.${v || 'none'}` as Key))}
    ${text('stanceLabel', en(stance?.label), { max: TARGET_LIMITS.stanceLabel, hint: 'targets.hint.stanceLabel' })}
    ${text('stanceLabelEs', es(stance?.label), { max: TARGET_LIMITS.stanceLabel })}
    ${text('sourceName', stance?.source?.name)}
    ${text('sourceUrl', stance?.source?.url, { type: 'url' })}
    ${text('asOf', stance?.asOf, { type: 'date' })}
    <p class="actions"><button type="submit">${t('targets.keep')}</button>
      <button type="button" @click=${on.cancel}>${t('targets.cancel')}</button></p>
  </form>`;
}

const words = (s: string) => s.split(/[\s,;]+/).filter(Boolean);

/** `53703: 2, 4` lines, or CSV rows pasted from a spreadsheet (the ZIP first, then its districts). */
export function parseZipTable(text: string): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const [zip = '', ...rest] = line.split(/[:,;\t]/).map((s) => s.trim().replace(/^"|"$/g, ''));
    if (zip) table[zip] = [...(table[zip] ?? []), ...rest.filter(Boolean)];
  }
  return table;
}

/** What the form makes of its fields: a candidate entry for the schema to check, empty optional fields left out. */
export function targetFromForm(form: HTMLFormElement): Record<string, unknown> {
  const f = new FormData(form);
  const text = (k: string) => String(f.get(k) ?? '').trim();
  const optional = (key: string, value: unknown) => (value ? { [key]: value } : {});
  const localized = (a: string, b: string) => (text(b) ? { en: text(a), es: text(b) } : text(a));
  const kind = text('coverage');
  const coverage =
    kind === 'zips'
      ? { zips: words(text('zips')) }
      : kind === 'districts'
        ? { districts: words(text('districts')), zipToDistrict: parseZipTable(text('zipToDistrict')) }
        : undefined;
  const position = text('position');
  const source =
    text('sourceName') || text('sourceUrl')
      ? { name: text('sourceName'), ...optional('url', text('sourceUrl')) }
      : undefined;
  const address = text('address')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    id: text('id'),
    name: text('name'),
    title: localized('title', 'titleEs'),
    level: text('level'),
    ...optional('phone', text('phone')),
    ...optional('email', text('email')),
    ...optional('contactUrl', text('contactUrl')),
    ...optional('address', address.length ? address : undefined),
    ...optional('photoUrl', text('photoUrl')),
    ...optional('coverage', coverage),
    ...optional(
      'stance',
      position
        ? {
            position,
            ...optional('label', text('stanceLabel') && localized('stanceLabel', 'stanceLabelEs')),
            ...optional('source', source),
            asOf: text('asOf'),
          }
        : undefined,
    ),
  };
}
