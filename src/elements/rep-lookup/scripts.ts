/**
 * Call scripts: which one fits a legislator's stance, the partner's overrides (the `scripts` attribute or property,
 * validated here), and merge fields.
 *
 * Overrides are JSON keyed by language, then by script kind, e.g.
 * `{"en": {"thank": "…", "cosponsor": "…", "support": "…"}, "es": {…}}`. Any key may be left out: the widget's own
 * script in the visitor's language fills the gap, so a Spanish reader never gets an English script.
 */
import * as z from 'zod/mini';
import { LANGS, type Lang } from '../../shared/schemas/common.js';
import type { Legislator, Position } from '../../shared/schemas/representative.js';
import { jsonAttribute } from '../../core/attributes.js';
import type { T } from './format.js';

/**
 * `thank` a sponsor or supporter; ask a non-cosponsor to `cosponsor`; ask the others to `support`; while the current
 * Congress has no Medicare for All Act yet, ask to cosponsor it once it is `reintroduce`d.
 */
export const SCRIPT_KINDS = ['thank', 'cosponsor', 'support', 'reintroduce'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

export const MERGE_FIELDS = ['legislatorTitle', 'legislatorName', 'visitorName', 'place', 'bill'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

export const SCRIPT_MAX = 2000;

const KIND_BY_POSITION: Record<Position, ScriptKind> = {
  sponsor: 'thank',
  cosponsor: 'thank',
  supports: 'thank',
  'not-cosponsor': 'cosponsor',
  'not-introduced': 'reintroduce',
  opposes: 'support',
  unknown: 'support',
};

export const scriptKind = (position: Position): ScriptKind => KIND_BY_POSITION[position];

const PLACEHOLDER = /\{(\w+)\}/g;
const fieldList = MERGE_FIELDS.map((f) => `{${f}}`).join(' ');

const unknownKeys =
  (allowed: readonly string[]) =>
  (issue: { code?: string; keys?: string[] }): string | undefined =>
    issue.code === 'unrecognized_keys' ? `Unknown key ${issue.keys?.join(', ')}; use ${allowed.join(', ')}` : undefined;

const Template = z.string().check(
  z.trim(),
  z.minLength(1, 'A script cannot be empty'),
  z.maxLength(SCRIPT_MAX, `A script is at most ${SCRIPT_MAX} characters`),
  z.superRefine((text, ctx) => {
    const unknown = [...text.matchAll(PLACEHOLDER)]
      .map((m) => m[1]!)
      .filter((f) => !(MERGE_FIELDS as readonly string[]).includes(f));
    if (unknown.length) {
      ctx.issues.push({
        code: 'custom',
        input: text,
        message: `Unknown merge field {${unknown[0]}}; use ${fieldList}`,
      });
    }
  }),
);

export const ScriptOverrides = z.partialRecord(
  z.enum(LANGS),
  z.partialRecord(z.enum(SCRIPT_KINDS), Template, { error: unknownKeys(SCRIPT_KINDS) }),
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'must be an object keyed by language, e.g. {"en": {"thank": "…"}}'
        : unknownKeys(LANGS)(issue),
  },
);
export type ScriptOverrides = z.infer<typeof ScriptOverrides>;

/** Reads the `scripts` attribute (JSON text) or property (object). A bad value is a config error naming the setting. */
export function parseScripts(value: string | ScriptOverrides | undefined): ScriptOverrides {
  return jsonAttribute('scripts', value, ScriptOverrides) ?? {};
}

/** The partner's script for this language and kind, if any. */
export function overrideFor(scripts: ScriptOverrides, lang: Lang, kind: ScriptKind): string | undefined {
  return scripts[lang]?.[kind];
}

/** The script for calling `l`: the partner's for this language and stance, else ours, with the merge fields filled. */
export function callScript(
  l: Legislator,
  visitorName: string,
  c: { t: T; lang: Lang; overrides: ScriptOverrides; placeZip: string | undefined },
): string {
  const { t, placeZip } = c;
  const kind = scriptKind(l.stance.position);
  return fillScript(overrideFor(c.overrides, c.lang, kind) ?? t(`script.${kind}`), {
    legislatorTitle: t(`title.${l.title}`),
    legislatorName: l.name,
    visitorName: visitorName.trim() || t('script.name-placeholder'),
    place: placeZip ? t('script.place-zip', { zip: placeZip }) : t('script.place-unknown'),
    bill: l.stance.bill?.label ?? t('stance.bill-fallback'),
  });
}

/** Fills `{field}` placeholders; unknown ones are left as written (overrides are validated before they get here). */
export function fillScript(template: string, values: MergeValues): string {
  return template.replace(PLACEHOLDER, (match, name: string) =>
    (MERGE_FIELDS as readonly string[]).includes(name) ? values[name as MergeField] : match,
  );
}
