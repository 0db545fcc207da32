/**
 * The visitor's filters: their canonical form, their mirror in the page URL (namespaced parameters such as
 * `m4a-types=canvass,rally&m4a-zip=53703`, written with `history.replaceState`, read back on load), and the form
 * that edits them. The form's controls are bound to their initial values only: what the visitor types stays as
 * typed (even when it is not valid yet), and the widget renders a fresh form when it changes filters itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { eventQueryFromParams, eventQueryToParams } from '../../shared/calendar/query.js';
import {
  DEFAULT_RADIUS_MILES,
  EVENT_TYPES,
  EventQuery,
  type EventType,
  type OnlineFilter,
} from '../../shared/schemas/event.js';
import type { FormProblem } from '../../core/form.js';
import type { EventListKey, T } from './messages.en.js';

export type Filters = Omit<EventQuery, 'cursor' | 'limit'>;

export const FILTER_KEYS = ['types', 'zip', 'radiusMiles', 'from', 'to', 'online'] as const satisfies ReadonlyArray<
  keyof Filters
>;

/** Radius choices in the form; a shared URL's other value is added to them. */
export const RADIUS_OPTIONS = [5, 10, 25, 50, 100, 250] as const;

/** One shape per meaning: types in catalog order, radius only with a ZIP, empty values dropped. */
export function canonical(filters: Filters): Filters {
  const out: Filters = {};
  const types = EVENT_TYPES.filter((t) => filters.types?.includes(t));
  if (types.length) out.types = types;
  if (filters.zip) {
    out.zip = filters.zip;
    out.radiusMiles = filters.radiusMiles ?? DEFAULT_RADIUS_MILES;
  }
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  if (filters.online) out.online = filters.online;
  return out;
}

export const filtersKey = (filters: Filters): string => JSON.stringify(canonical(filters));

export function hasFilters(filters: Filters): boolean {
  return Object.keys(canonical(filters)).length > 0;
}

/**
 * The filters a page URL carries under `prefix`, or undefined when it carries none. Values that do not parse are
 * dropped one by one: a mangled shared link still shows events.
 */
export function filtersFromUrl(search: string, prefix: string): Filters | undefined {
  const params = new URLSearchParams(search);
  if (!FILTER_KEYS.some((key) => params.has(prefix + key))) return undefined;
  const raw = eventQueryFromParams(params, prefix);
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    if (raw[key] === undefined) continue;
    let value = raw[key];
    if (key === 'types' && Array.isArray(value))
      value = value.filter((v) => (EVENT_TYPES as readonly string[]).includes(v as string));
    if (EventQuery.safeParse({ [key]: value }).success) out[key] = value;
  }
  return canonical(out as Filters);
}

/** Replaces this list's parameters in the page URL, keeping every other parameter and the hash. */
export function writeFiltersToUrl(filters: Filters, prefix: string): void {
  const url = new URL(location.href);
  for (const key of FILTER_KEYS) url.searchParams.delete(prefix + key);
  for (const [key, value] of eventQueryToParams(canonical(filters), prefix)) url.searchParams.append(key, value);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

export interface FormRead {
  filters: Filters;
  problem?: 'zip' | 'dates';
}

/** What the filter form says now. */
export function readForm(form: HTMLFormElement): FormRead {
  const data = new FormData(form);
  const zip = String(data.get('zip') ?? '').trim();
  const from = String(data.get('from') ?? '');
  const to = String(data.get('to') ?? '');
  const online = String(data.get('online') ?? '');
  const filters: Filters = {
    types: data
      .getAll('types')
      .map(String)
      .filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t)),
    ...(zip ? { zip } : {}),
    radiusMiles: Number(data.get('radius')) || DEFAULT_RADIUS_MILES,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(online === 'only' || online === 'exclude' ? { online: online as OnlineFilter } : {}),
  };
  if (zip && !EventQuery.safeParse({ zip }).success) return { filters, problem: 'zip' };
  if (from && to && to < from) return { filters, problem: 'dates' };
  return { filters: canonical(filters) };
}

/** A filter the visitor must fix before the list can follow it. */
export type FilterProblem = FormProblem<'zip' | 'dates', EventListKey>;

/** The backend answered that it does not know the ZIP the list was filtered by. */
export const unknownZipProblem = (zip = ''): FilterProblem => ({
  field: 'zip',
  key: 'filters.zip.unknown',
  params: { zip },
});

export interface FilterFormContext {
  t: T;
  filters: Filters;
  /** Problem to show on a field: a malformed ZIP, one the backend does not know, or dates out of order. */
  problem?: FilterProblem | undefined;
  onChange: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onClear: () => void;
}

export function renderFilters(ctx: FilterFormContext): TemplateResult {
  const { t, filters, problem } = ctx;
  const radius = filters.radiusMiles ?? DEFAULT_RADIUS_MILES;
  const radii = [...new Set<number>([...RADIUS_OPTIONS, radius])].sort((a, b) => a - b);
  // One problem at a time; the form helpers (core/form.ts) load with the RSVP form only.
  const message = (field: FilterProblem['field']) =>
    problem?.field === field ? t(problem.key, problem.params) : undefined;
  const zipProblem = message('zip');
  const dateProblem = message('dates');
  const more = !!(filters.online || filters.from || filters.to || dateProblem);
  return html`<form class="filters" part="filters" aria-label=${t('filters.label')} novalidate @change=${ctx.onChange} @submit=${ctx.onSubmit}>
    <div class="fields">
      <div class="field">
        <label for="zip">${t('filters.zip')}</label>
        <input id="zip" name="zip" class="input" inputmode="numeric" autocomplete="postal-code" maxlength="10"
          value=${filters.zip ?? ''} aria-invalid=${zipProblem ? 'true' : 'false'}
          aria-describedby=${zipProblem ? 'zip-problem' : nothing} />
        ${zipProblem ? html`<p id="zip-problem" class="problem">${zipProblem}</p>` : nothing}
      </div>
      <div class="field">
        <label for="radius">${t('filters.radius')}</label>
        <select id="radius" name="radius" class="input">
          ${radii.map((r) => html`<option value=${r} ?selected=${r === radius}>${t('filters.radius.option', { count: r })}</option>`)}
        </select>
      </div>
    </div>
    <fieldset class="types">
      <legend>${t('filters.type')}</legend>
      ${EVENT_TYPES.map(
        (type) => html`<label class="chip">
          <input type="checkbox" name="types" value=${type} ?checked=${filters.types?.includes(type) ?? false} />
          <span>${t(`type.${type}`)}</span>
        </label>`,
      )}
    </fieldset>
    <details class="more-filters" ?open=${more}>
      <summary>${t('filters.more')}</summary>
      <div class="fields">
        <div class="field">
          <label for="online">${t('filters.format')}</label>
          <select id="online" name="online" class="input">
            <option value="" ?selected=${!filters.online}>${t('filters.format.any')}</option>
            <option value="exclude" ?selected=${filters.online === 'exclude'}>${t('filters.format.in-person')}</option>
            <option value="only" ?selected=${filters.online === 'only'}>${t('filters.format.online')}</option>
          </select>
        </div>
        <div class="field">
          <label for="from">${t('filters.from')}</label>
          <input id="from" name="from" type="date" class="input" value=${dateOnly(filters.from)}
            aria-invalid=${dateProblem ? 'true' : 'false'} aria-describedby=${dateProblem ? 'dates-problem' : nothing} />
        </div>
        <div class="field">
          <label for="to">${t('filters.to')}</label>
          <input id="to" name="to" type="date" class="input" value=${dateOnly(filters.to)}
            aria-invalid=${dateProblem ? 'true' : 'false'} aria-describedby=${dateProblem ? 'dates-problem' : nothing} />
        </div>
      </div>
      ${dateProblem ? html`<p id="dates-problem" class="problem">${dateProblem}</p>` : nothing}
    </details>
    <div class="filter-actions">
      <button class="button" part="button" type="submit">${t('filters.apply')}</button>
      <button class="button secondary" part="button" type="button" @click=${ctx.onClear}>${t('filters.clear')}</button>
    </div>
  </form>`;
}

/** Date inputs show calendar days; a shared URL may carry an instant instead. */
const dateOnly = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');
