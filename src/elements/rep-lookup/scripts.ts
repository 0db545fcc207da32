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
import {
  MERGE_FIELDS,
  MESSAGE_KINDS,
  PLACEHOLDER,
  templateText,
  unknownKeys,
  type MergeField,
  type MessageKind,
} from '../../shared/schemas/letters.js';
import { jsonAttribute } from '../../core/attributes.js';
import type { T } from './format.js';

/** The letters' kinds too (shared/schemas/letters.ts): one choice by stance for both. */
export const SCRIPT_KINDS = MESSAGE_KINDS;
export type ScriptKind = MessageKind;
export { MERGE_FIELDS, type MergeField };
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

const Template = templateText('script', SCRIPT_MAX);

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

/** Whom a script or letter speaks to: a legislator, or a partner's local target (its title given as text). */
export interface Addressee {
  /** The title in the widget's language, e.g. "Senator", "senador(a)", "Mayor". */
  title: string;
  name: string;
  position: Position;
  /** The bill's label, e.g. `S.1506`, when the stance names one. */
  bill?: string | undefined;
}

export const legislatorAddressee = (t: T, l: Legislator): Addressee => ({
  title: t(`title.${l.title}`),
  name: l.name,
  position: l.stance.position,
  bill: l.stance.bill?.label,
});

/** The merge fields' values for a script or a letter. */
export function mergeValues(a: Addressee, visitorName: string, c: { t: T; placeZip: string | undefined }): MergeValues {
  const { t, placeZip } = c;
  return {
    legislatorTitle: a.title,
    legislatorName: a.name,
    visitorName: visitorName.trim() || t('script.name-placeholder'),
    place: placeZip ? t('script.place-zip', { zip: placeZip }) : t('script.place-unknown'),
    bill: a.bill ?? t('stance.bill-fallback'),
  };
}

/** The script for calling `a`: the partner's for this language and stance, else ours, with the merge fields filled. */
export function callScript(
  a: Addressee,
  visitorName: string,
  c: {
    t: T;
    lang: Lang;
    overrides: ScriptOverrides;
    placeZip: string | undefined;
    /** Our own script of a kind, in the widget's language (the call panel's strings). */
    defaults: (kind: ScriptKind) => string;
  },
): string {
  const kind = scriptKind(a.position);
  return fillScript(overrideFor(c.overrides, c.lang, kind) ?? c.defaults(kind), mergeValues(a, visitorName, c));
}

/** Fills `{field}` placeholders; unknown ones are left as written (overrides are validated before they get here). */
export function fillScript(template: string, values: MergeValues): string {
  return template.replace(PLACEHOLDER, (match, name: string) =>
    (MERGE_FIELDS as readonly string[]).includes(name) ? values[name as MergeField] : match,
  );
}
