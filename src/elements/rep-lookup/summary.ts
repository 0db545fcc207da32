/**
 * What the element says before and around an answer: the live region's sentence and the week's call count. Kept
 * out of results.ts, whose cards load with the first lookup (answer.ts), so the lookup page does not carry them.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../shared/schemas/common.js';
import { localeFor } from '../../shared/locale.js';
import type { CallStats, RepLookupResult } from '../../shared/schemas/representative.js';
import type { T } from './format.js';

/** What the live region says when an answer arrives. */
export function announcement(r: RepLookupResult, t: T): string {
  if (r.status === 'not-found' || !r.legislators.length) return t(`lookup.not-found.${r.query.kind}`);
  if (r.status === 'split') return `${t('split.title', { count: r.splitDistricts?.length ?? 2 })}. ${t('split.body')}`;
  return t('lookup.found', { count: r.legislators.length });
}

/** How many calls visitors made this week (skipped ones are not calls). */
export function statsView(t: T, lang: Lang, stats: CallStats): TemplateResult {
  const count = Math.max(0, stats.count - (stats.byOutcome.skipped ?? 0));
  const n = new Intl.NumberFormat(localeFor(lang)).format(count);
  return html`<p class="stats" part="stats">${t('stats.count', { count, n })}</p>`;
}
