/**
 * The Events page's form: one of the organizer's events in its own time zone (a datetime-local field shows the
 * event's wall time), what it sends to the API, and the API's field errors beside the fields they name, with an
 * error summary linking to each.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EVENT_LIMITS, EVENT_TYPES } from '../shared/schemas/event.js';
import { localIsoToInstant, toZonedIso, wallTimeAt } from '../shared/calendar/time.js';
import type { OwnEvent } from '../shared/schemas/console.js';
import type { FormErrors } from './field-errors.js';
import type { Key, T } from './i18n.js';

/** The prefix of the form's ids, and the scope of its messages (`field.event.*`). */
export const EVENT_FORM = { prefix: 'ev', scope: 'event' } as const;

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
];

const LABELS = {
  title: 'events.field.title',
  type: 'events.field.type',
  timezone: 'events.field.timezone',
  start: 'events.field.start',
  end: 'events.field.end',
  url: 'events.field.url',
  venue: 'events.field.venue',
  address: 'events.field.address',
  locality: 'events.field.locality',
  region: 'events.field.region',
  postalCode: 'events.field.postalCode',
  capacity: 'events.field.capacity',
  description: 'events.field.description',
} as const satisfies Record<string, Key>;
type Field = keyof typeof LABELS;

/** The form's field for an API path (`location.addressLines.0` is the street address); none for the rest. */
export function eventFieldOf(path: string): Field | undefined {
  const [head, sub] = path.split('.');
  const name = head === 'location' ? (sub === 'addressLines' ? 'address' : sub) : head;
  return name && name in LABELS ? (name as Field) : undefined;
}

/** `YYYY-MM-DDTHH:mm` as the event's zone shows the instant, for a datetime-local field. */
function wallInput(iso: string | undefined, zone: string): string {
  if (!iso) return '';
  const w = wallTimeAt(Date.parse(iso), zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}

interface InputExtras {
  type?: string;
  required?: boolean;
  maxlength?: number;
  min?: number;
  inputmode?: string;
  autocomplete?: string;
}

export interface EventFormHandlers {
  submit: (e: SubmitEvent) => void;
  cancel: () => void;
}

export function eventForm(t: T, e: OwnEvent | undefined, errors: FormErrors, on: EventFormHandlers): TemplateResult {
  const zone = e?.timezone ?? 'America/Chicago';
  const { prefix } = errors;
  const field = (name: Field, input: TemplateResult) =>
    html`<div class="field ${errors.of(name) ? 'invalid' : ''}">
        <label for="${prefix}-${name}">${t(LABELS[name])}</label>
        ${errors.beside(name)}${input}</div>`;
  const text = (name: Field, value: string | undefined, extra: InputExtras = {}) =>
    html`<input id="${prefix}-${name}" name=${name} type=${extra.type ?? 'text'} .value=${value ?? ''}
      ?required=${extra.required ?? false} maxlength=${ifDefined(extra.maxlength)} min=${ifDefined(extra.min)}
      inputmode=${ifDefined(extra.inputmode)} autocomplete=${ifDefined(extra.autocomplete)}
      aria-describedby=${errors.describedBy(name)} aria-invalid=${errors.invalid(name)} />`;
  const select = (name: Field, options: readonly string[], selected: string) =>
    html`<select id="${prefix}-${name}" name=${name} aria-describedby=${errors.describedBy(name)}
      aria-invalid=${errors.invalid(name)}>
      ${options.map((v) => html`<option ?selected=${v === selected}>${v}</option>`)}</select>`;
  return html`<form class="event-form" @submit=${on.submit} novalidate>
      ${
        errors.errors.length
          ? html`<div class="error-summary" role="alert">
          <h3>${t('form.problems')}</h3>
          <ul>${errors.errors.map(
            (f) => html`<li><a href="#${prefix}-${f.field}">${t(LABELS[f.field as Field])}: ${f.message}</a></li>`,
          )}</ul>
        </div>`
          : nothing
      }
      ${field('title', text('title', e?.title, { required: true, maxlength: EVENT_LIMITS.title }))}
      ${field('type', select('type', EVENT_TYPES, e?.type ?? EVENT_TYPES[0]))}
      ${field('timezone', select('timezone', [...new Set([zone, ...ZONES])], zone))}
      ${field('start', text('start', wallInput(e?.start, zone), { type: 'datetime-local', required: true }))}
      ${field('end', text('end', wallInput(e?.end, zone), { type: 'datetime-local' }))}
      <div class="field"><label><input type="checkbox" name="online" ?checked=${e?.online ?? false} />
        ${t('events.field.online')}</label></div>
      ${field('url', text('url', e?.url, { type: 'url' }))}
      ${field('venue', text('venue', e?.location?.venue))}
      ${field('address', text('address', e?.location?.addressLines[0], { autocomplete: 'street-address' }))}
      ${field('locality', text('locality', e?.location?.locality))}
      ${field('region', text('region', e?.location?.region))}
      ${field('postalCode', text('postalCode', e?.location?.postalCode, { inputmode: 'numeric' }))}
      ${field('capacity', text('capacity', e?.capacity?.toString(), { type: 'number', min: 0 }))}
      ${field(
        'description',
        html`<textarea id="${prefix}-description" name="description" rows="4"
          aria-describedby=${errors.describedBy('description')}
          aria-invalid=${errors.invalid('description')}>${e?.description ?? ''}</textarea>`,
      )}
      <p class="actions"><button type="submit">${t('events.save')}</button>
        <button type="button" @click=${on.cancel}>${t('events.cancel')}</button></p>
    </form>`;
}

/** What the form sends: times as the event's zone reads them, an address only for an event in person. */
export function eventBody(form: HTMLFormElement): Record<string, unknown> {
  const f = new FormData(form);
  const text = (k: string) => String(f.get(k) ?? '').trim();
  const zone = text('timezone');
  const instant = (k: string) => {
    const at = text(k) ? localIsoToInstant(text(k), zone) : undefined;
    return at === undefined ? (text(k) ? text(k) : undefined) : toZonedIso(at, zone);
  };
  const online = f.get('online') === 'on';
  return {
    title: text('title'),
    type: text('type'),
    timezone: zone,
    start: instant('start') ?? '',
    online,
    description: text('description'),
    ...(instant('end') ? { end: instant('end') } : {}),
    ...(text('url') ? { url: text('url') } : {}),
    ...(text('capacity') ? { capacity: Number(text('capacity')) } : {}),
    ...(!online
      ? {
          location: {
            venue: text('venue') || undefined,
            addressLines: text('address') ? [text('address')] : [],
            locality: text('locality') || undefined,
            region: text('region') || undefined,
            postalCode: text('postalCode') || undefined,
          },
        }
      : {}),
  };
}
