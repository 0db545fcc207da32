/**
 * An answer as the element shows it: the legislators' and local targets' cards, each with its Call and Write
 * actions, in the results layout (results.ts); and every target of the answer, for the print view. Its own chunk
 * with all it imports, loaded with the first lookup (alongside the request), so the lookup page carries only the
 * search form at start.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetError } from '../../core/errors.js';
import { errorView } from '../../core/status.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { RepLookupResult } from '../../shared/schemas/representative.js';
import { LookupActions, type ActionsDeps } from './actions.js';
import type { ReactiveElement } from 'lit';
import type { T } from './format.js';
import { legislatorCard } from './legislator-card.js';
import type { localCard } from './local-card.js';
import { callQueue, resultsView, writeQueue } from './results.js';
import { legislatorTarget, type LocalEntry, type Target } from './target.js';
import type { WriteSettings } from './write-types.js';
import { defineCatalog } from '../../core/i18n.js';
import en from './answer-messages.en.js';

/** The answer's strings: answer-loader.ts adds them to the element's when this chunk arrives. */
export const catalog = defineCatalog(en, { es: () => import('./answer-messages.es.js') });

type LocalCard = typeof localCard;

export interface AnswerContext {
  t: T;
  lang: Lang;
  today: string;
  level: number;
  zipOnly: boolean;
  settings: WriteSettings;
  actions: LookupActions;
  /** The partner's local targets covering this visitor, and the problems of its list. */
  local: { entries: LocalEntry[]; problems: WidgetError[]; card: LocalCard } | undefined;
  failedPhotos: ReadonlySet<string>;
  onPhotoError: (id: string) => void;
  onAddAddress: () => void;
}

const callable = (e: LocalEntry) => !!e.target.phone && /\d{10}/.test(e.target.phone.replace(/\D/g, ''));

/** Everyone the answer shows who can be written to or called: legislators first, then local targets. */
export function answerTargets(t: T, r: RepLookupResult | undefined, local: AnswerContext['local']): Target[] {
  return [
    ...(r ? writeQueue(r).map((l) => legislatorTarget(t, l)) : []),
    ...(local?.entries ?? []).map((e) => e.target),
  ];
}

export function answerView(r: RepLookupResult, c: AnswerContext): TemplateResult {
  const { t, lang, today, settings } = c;
  const entries = c.local?.entries ?? [];
  const writable = new Set(writeQueue(r).map((l) => l.id));
  const calls = [...callQueue(r).map((l) => legislatorTarget(t, l)), ...entries.filter(callable).map((e) => e.target)];
  const photo = (id: string) => ({ photoFailed: c.failedPhotos.has(id), onPhotoError: () => c.onPhotoError(id) });
  return html`${(c.local?.problems ?? []).map((p) => errorView(t, p))}
    ${resultsView(r, {
      t,
      lang,
      today,
      zipOnly: c.zipOnly,
      level: c.level,
      onAddAddress: c.onAddAddress,
      card: (l, level) =>
        legislatorCard(l, {
          t,
          lang,
          today,
          level,
          ...photo(l.id),
          actions: writable.has(l.id)
            ? c.actions.card(t, legislatorTarget(t, l), level + 1, { calls, write: true, settings })
            : nothing,
        }),
      local: {
        count: entries.length,
        cards: (level) =>
          entries.map((e) =>
            c.local!.card(e, {
              t,
              lang,
              level,
              ...photo(e.target.id),
              actions: c.actions.card(t, e.target, level + 1, { calls, write: true, settings }),
            }),
          ),
      },
    })}`;
}

/** The call and write flows, made when this chunk arrives. */
export const createActions = (host: ReactiveElement, deps: ActionsDeps) => new LookupActions(host, deps);
