/** The empty state: what was searched, in words, and the searches most likely to find something. */
import { html, nothing, type TemplateResult } from 'lit';
import { localeFor } from '../../shared/locale.js';
import { DEFAULT_RADIUS_MILES } from '../../shared/schemas/event.js';
import type { Lang } from '../../shared/schemas/common.js';
import { RADIUS_OPTIONS, hasFilters, type Filters } from './filters.js';
import type { T } from './messages.en.js';
import { defineCatalog } from '../../core/i18n.js';
import en from './empty-messages.en.js';

/** This chunk's strings: the list adds them to its own once it has loaded (event-list.ts). */
export const catalog = defineCatalog(en, { es: () => import('./empty-messages.es.js') });

export interface EmptyContext {
  t: T;
  lang: Lang;
  filters: Filters;
  onWider: (radiusMiles: number) => void;
  onOnline: () => void;
  onClear: () => void;
}

function formatDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    return new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse(day),
    );
  return new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}

/** "Canvass or Town hall, within 25 miles of 53703, from Dec 1, 2030". */
export function describeSearch(filters: Filters, t: T, lang: Lang): string {
  const parts: string[] = [];
  if (filters.types?.length) {
    parts.push(
      new Intl.ListFormat(localeFor(lang), { type: 'disjunction' }).format(
        filters.types.map((type) => t(`type.${type}`)),
      ),
    );
  }
  if (filters.zip && filters.online !== 'only') {
    parts.push(t('criteria.near', { radius: filters.radiusMiles ?? DEFAULT_RADIUS_MILES, zip: filters.zip }));
  }
  if (filters.online === 'only') parts.push(t('criteria.online'));
  if (filters.online === 'exclude') parts.push(t('criteria.in-person'));
  if (filters.from) parts.push(t('criteria.from', { date: formatDay(filters.from, lang) }));
  if (filters.to) parts.push(t('criteria.to', { date: formatDay(filters.to, lang) }));
  return parts.join(', ');
}

export function renderEmpty(ctx: EmptyContext): TemplateResult {
  const { t, filters } = ctx;
  if (!hasFilters(filters)) {
    return html`<div class="status empty" part="status empty"><p>${t('empty.none')}</p></div>`;
  }
  const radius = filters.radiusMiles ?? DEFAULT_RADIUS_MILES;
  const wider = filters.zip && filters.online !== 'only' ? RADIUS_OPTIONS.find((r) => r > radius) : undefined;
  return html`<div class="status empty" part="status empty">
    <p><strong>${t('empty.title')}</strong></p>
    <p>${t('empty.searched', { criteria: describeSearch(filters, t, ctx.lang) })}</p>
    <div class="suggestions">
      ${
        wider
          ? html`<button class="button secondary" part="button" type="button" @click=${() => ctx.onWider(wider)}>
            ${t('empty.wider', { count: wider })}
          </button>`
          : nothing
      }
      ${
        filters.online !== 'only'
          ? html`<button class="button secondary" part="button" type="button" @click=${ctx.onOnline}>${t('empty.online')}</button>`
          : nothing
      }
      <button class="button secondary" part="button" type="button" @click=${ctx.onClear}>${t('filters.clear')}</button>
    </div>
  </div>`;
}
