/**
 * What is wrong with the builder's choices, field by field. Config problems are worded by the schemas the widgets
 * themselves use (PageConfig and the built-in backend options), so the builder and a misconfigured widget say the
 * same thing; the rest (tokens, script address, which widget needs which backend) are the builder's own words.
 */
import type * as z from 'zod/mini';
import { PageConfig } from '../core/config-schema.js';
import { MobilizeOptions, RestOptions, StaticOptions } from '../backends/options.js';
import { HttpUrl } from '../shared/schemas/common.js';
import type { Params } from '../core/i18n.js';
import { isHexColor } from './contrast.js';
import type { BuiltInBackendType } from '../backends/index.js';
import { canDo, WIDGETS, type BuilderState, type Tag } from './model.js';
import { BACKEND_NAME, backendEntry, isRadius, isSafeFontFamily, RADIUS_MAX } from './snippet.js';

export interface Problem {
  /** Which control: `widgets`, `backend.type`, `backend.url`, `backend.organizationId`, `backend.baseUrl`, `lang`,
   * `<tag>.<attribute>`, `accent`, `font`, `radius`, `scriptUrl`. */
  field: string;
  message: string;
  /** The message comes from a schema the widgets share (always English). */
  fromSchema?: boolean;
}

type T = (key: string, params?: Params) => string;

/** The schemas the built-in types register with (src/backends/index.ts), loaded up front: checks are synchronous. */
const OPTIONS_SCHEMAS: Record<BuiltInBackendType, z.ZodMiniType> = {
  rest: RestOptions,
  static: StaticOptions,
  mobilize: MobilizeOptions,
};

const firstIssue = (schema: z.ZodMiniType, value: unknown): string | undefined => {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
};

/** Every problem, one per field (the first), in the order the fields appear. */
export function problemsOf(state: BuilderState, t: T): Problem[] {
  const out: Problem[] = [];
  const add = (field: string, message: string, fromSchema = false) => {
    if (!out.some((p) => p.field === field)) out.push({ field, message, ...(fromSchema ? { fromSchema } : {}) });
  };

  if (!state.widgets.length) add('widgets', t('problem.widgets'));

  for (const tag of state.widgets) {
    const missing = WIDGETS[tag].needs.some((m) => !canDo(state.backend.type, m));
    if (missing) {
      const widget = t(`widget.${tag}`);
      add(
        'backend.type',
        state.backend.type === 'none'
          ? t('problem.needs-backend', { widget })
          : t('problem.cannot', { widget, backend: t(`backend.${state.backend.type}`) }),
      );
    }
  }

  const entry = backendEntry(state);
  if (entry) {
    const schema = OPTIONS_SCHEMAS[state.backend.type as BuiltInBackendType];
    const options = schema.safeParse(entry);
    if (!options.success)
      for (const issue of options.error.issues) add(`backend.${String(issue.path[0] ?? 'type')}`, issue.message, true);
  }
  const config = PageConfig.safeParse({
    ...(state.lang !== 'auto' ? { lang: state.lang } : {}),
    ...(entry ? { backends: { [BACKEND_NAME]: entry } } : {}),
  });
  if (!config.success) {
    for (const issue of config.error.issues) {
      const [head, , key] = issue.path.map(String);
      add(head === 'backends' ? `backend.${key ?? 'type'}` : (head ?? 'lang'), issue.message, true);
    }
  }

  for (const tag of state.widgets) optionProblems(tag, state, t, add);

  if (state.accent && !isHexColor(state.accent)) add('accent', t('problem.accent'));
  if (state.font.trim() && !isSafeFontFamily(state.font.trim())) add('font', t('problem.font'));
  if (state.radius.trim() && !isRadius(state.radius.trim())) add('radius', t('problem.radius', { max: RADIUS_MAX }));
  const script = firstIssue(HttpUrl, state.scriptUrl.trim());
  if (script) add('scriptUrl', script, true);
  return out;
}

function optionProblems(
  tag: Tag,
  state: BuilderState,
  t: T,
  add: (field: string, message: string, fromSchema?: boolean) => void,
): void {
  const values = state.options[tag];
  for (const option of WIDGETS[tag].options) {
    if (option.kind !== 'text') continue;
    const value = String(values[option.attr] ?? '').trim();
    const field = `${tag}.${option.attr}`;
    if (value && option.check) {
      const message = firstIssue(option.check, value);
      if (message) add(field, message, true);
    }
    if (!value && option.pairedWith && String(values[option.pairedWith] ?? '').trim()) {
      add(field, t('problem.paired', { other: t(`option.${tag}.${option.pairedWith}`) }));
    }
  }
}
