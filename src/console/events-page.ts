/**
 * Events: the organizer's own events (create, edit, withdraw) with a form in the event's own time zone, checked by
 * the API's own rules (its field errors are shown beside the fields); an event's RSVPs with export; import feeds.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { EVENT_TYPES } from '../shared/schemas/event.js';
import { localIsoToInstant, toZonedIso, wallTimeAt } from '../shared/calendar/time.js';
import { api, ApiFailure } from './api.js';
import { formatDate, formatNumber } from './i18n.js';
import { ConsolePage, failureText, tableBox } from './page.js';

interface OwnEvent {
  id: string;
  title: string;
  type: string;
  start: string;
  end?: string;
  timezone: string;
  online: boolean;
  description?: string;
  url?: string;
  capacity?: number;
  location?: { venue?: string; addressLines: string[]; locality?: string; region?: string; postalCode?: string };
  deleted: boolean;
  rsvps: number;
}

interface Rsvp {
  id: string;
  firstName: string;
  lastName: string | null;
  email: string;
  zip: string;
  createdAt: string;
}

interface Feed {
  feed: string;
  label: string;
  lastSuccessAt: string | null;
  lastError: string | null;
  eventCount: number;
}

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

/** `YYYY-MM-DDTHH:mm` as the event's zone shows the instant, for a datetime-local field. */
function wallInput(iso: string | undefined, zone: string): string {
  if (!iso) return '';
  const w = wallTimeAt(Date.parse(iso), zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}

export class M4aConsoleEvents extends ConsolePage {
  @state() private events: OwnEvent[] = [];
  @state() private feeds: Feed[] = [];
  @state() private editing: OwnEvent | 'new' | undefined;
  @state() private fieldErrors: { path: string; message: string }[] = [];
  @state() private rsvpsOf: { event: OwnEvent; rsvps: Rsvp[] } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const [own, feeds] = (await this.attempt(() =>
      Promise.all([api<{ events: OwnEvent[] }>('GET', '/events'), api<{ feeds: Feed[] }>('GET', '/events/imports')]),
    )) ?? [undefined, undefined];
    if (own) this.events = own.events;
    if (feeds) this.feeds = feeds.feeds;
  }

  protected override render() {
    const t = this.t;
    return html`${this.heading(t('events.title'))}
      <h2>${t('events.own')}</h2>
      <p><button type="button" @click=${() => this.edit('new')}>${t('events.new')}</button></p>
      ${this.editing ? this.form(this.editing === 'new' ? undefined : this.editing) : nothing}
      ${
        this.events.length
          ? tableBox(
              t('events.own'),
              html`<table>
          <thead><tr><th scope="col">${t('events.field.title')}</th><th scope="col">${t('overview.start')}</th>
            <th scope="col" class="num">${t('overview.rsvpCount')}</th><th scope="col">${t('forwarding.state')}</th></tr></thead>
          <tbody>${this.events.map(
            (e) => html`<tr><th scope="row">${e.title}</th>
            <td>${formatDate(this.language, e.start)} (${e.timezone})</td><td class="num">${formatNumber(this.language, e.rsvps)}</td>
            <td class="row-actions">${
              e.deleted
                ? t('events.withdrawn')
                : html`
              <button type="button" @click=${() => this.edit(e)}>${t('events.edit', { title: e.title })}</button>
              <button type="button" @click=${() => this.withdraw(e)}>${t('events.withdraw', { title: e.title })}</button>`
            }
              <button type="button" @click=${() => this.showRsvps(e)}>${t('events.rsvps', { title: e.title })}</button></td>
          </tr>`,
          )}</tbody></table>`,
            )
          : html`<p>${t('events.none')}</p>`
      }
      ${this.rsvpsOf ? this.rsvpList(this.rsvpsOf) : nothing}
      <h2>${t('events.feeds')}</h2>
      ${
        this.feeds.length
          ? tableBox(
              t('events.feeds'),
              html`<table>
          <thead><tr><th scope="col">${t('events.feed')}</th><th scope="col">${t('events.lastSuccess')}</th>
            <th scope="col">${t('events.lastError')}</th><th scope="col" class="num">${t('events.count')}</th></tr></thead>
          <tbody>${this.feeds.map(
            (f) => html`<tr><th scope="row">${f.label}</th>
            <td>${f.lastSuccessAt ? formatDate(this.language, f.lastSuccessAt) : t('events.never')}</td>
            <td>${f.lastError ?? ''}</td><td class="num">${formatNumber(this.language, f.eventCount)}</td></tr>`,
          )}</tbody>
        </table>`,
            )
          : html`<p>${t('events.noFeeds')}</p>`
      }
      <p><button type="button" @click=${this.importNow}>${t('events.importNow')}</button></p>`;
  }

  private form(e: OwnEvent | undefined) {
    const t = this.t;
    const zone = e?.timezone ?? 'America/Chicago';
    const problem = (path: string) => this.fieldErrors.find((f) => f.path === path || f.path.startsWith(`${path}.`));
    const field = (name: string, label: string, input: unknown) => {
      const p = problem(name);
      return html`<div class="field ${p ? 'invalid' : ''}"><label for="ev-${name}">${label}</label>
        ${p ? html`<p class="field-error" id="ev-${name}-error">${p.message}</p>` : nothing}${input}</div>`;
    };
    const described = (name: string) => (problem(name) ? `ev-${name}-error` : '');
    return html`<form class="event-form" @submit=${(ev: SubmitEvent) => this.save(ev, e)} novalidate>
      ${
        this.fieldErrors.length
          ? html`<div class="error-summary" role="alert" tabindex="-1">
          <h3>${t('form.problems')}</h3>
          <ul>${this.fieldErrors.map((f) => html`<li><a href="#ev-${f.path.split('.')[0]}">${f.path}: ${f.message}</a></li>`)}</ul>
        </div>`
          : nothing
      }
      ${field(
        'title',
        t('events.field.title'),
        html`<input id="ev-title" name="title" required maxlength="200"
        .value=${e?.title ?? ''} aria-describedby=${described('title')} />`,
      )}
      ${field(
        'type',
        t('events.field.type'),
        html`<select id="ev-type" name="type">
        ${EVENT_TYPES.map((v) => html`<option ?selected=${e?.type === v}>${v}</option>`)}</select>`,
      )}
      ${field(
        'timezone',
        t('events.field.timezone'),
        html`<select id="ev-timezone" name="timezone">
        ${[...new Set([zone, ...ZONES])].map((z) => html`<option ?selected=${z === zone}>${z}</option>`)}</select>`,
      )}
      ${field(
        'start',
        t('events.field.start'),
        html`<input id="ev-start" name="start" type="datetime-local" required
        .value=${wallInput(e?.start, zone)} aria-describedby=${described('start')} />`,
      )}
      ${field(
        'end',
        t('events.field.end'),
        html`<input id="ev-end" name="end" type="datetime-local"
        .value=${wallInput(e?.end, zone)} aria-describedby=${described('end')} />`,
      )}
      <div class="field"><label><input type="checkbox" name="online" ?checked=${e?.online ?? false} />
        ${t('events.field.online')}</label></div>
      ${field(
        'url',
        t('events.field.url'),
        html`<input id="ev-url" name="url" type="url" .value=${e?.url ?? ''}
        aria-describedby=${described('url')} />`,
      )}
      ${field('venue', t('events.field.venue'), html`<input id="ev-venue" name="venue" .value=${e?.location?.venue ?? ''} />`)}
      ${field(
        'address',
        t('events.field.address'),
        html`<input id="ev-address" name="address"
        .value=${e?.location?.addressLines[0] ?? ''} autocomplete="street-address" />`,
      )}
      ${field(
        'locality',
        t('events.field.locality'),
        html`<input id="ev-locality" name="locality"
        .value=${e?.location?.locality ?? ''} />`,
      )}
      ${field('region', t('events.field.region'), html`<input id="ev-region" name="region" .value=${e?.location?.region ?? ''} />`)}
      ${field(
        'postalCode',
        t('events.field.postalCode'),
        html`<input id="ev-postalCode" name="postalCode"
        .value=${e?.location?.postalCode ?? ''} inputmode="numeric" />`,
      )}
      ${field(
        'capacity',
        t('events.field.capacity'),
        html`<input id="ev-capacity" name="capacity" type="number" min="0"
        .value=${e?.capacity === undefined ? '' : String(e.capacity)} aria-describedby=${described('capacity')} />`,
      )}
      ${field(
        'description',
        t('events.field.description'),
        html`<textarea id="ev-description" name="description"
        rows="4">${e?.description ?? ''}</textarea>`,
      )}
      <p class="actions"><button type="submit">${t('events.save')}</button>
        <button type="button" @click=${() => this.edit(undefined)}>${t('events.cancel')}</button></p>
    </form>`;
  }

  private rsvpList({ event, rsvps }: { event: OwnEvent; rsvps: Rsvp[] }) {
    const t = this.t;
    return html`<section aria-labelledby="rsvps-h"><h2 id="rsvps-h">${t('events.rsvps', { title: event.title })}</h2>
      <p><a class="button" href="/api/console/events/${encodeURIComponent(event.id)}/rsvps.csv" download>
        ${t('events.exportRsvps')}</a></p>
      ${
        rsvps.length
          ? tableBox(
              t('events.rsvps', { title: event.title }),
              html`<table>
          <thead><tr><th scope="col">${t('events.rsvpName')}</th><th scope="col">${t('people.email')}</th>
            <th scope="col">${t('people.zip')}</th><th scope="col">${t('people.received')}</th></tr></thead>
          <tbody>${rsvps.map(
            (r) => html`<tr><th scope="row">${r.firstName} ${r.lastName ?? ''}</th><td>${r.email}</td>
            <td>${r.zip}</td><td>${formatDate(this.language, r.createdAt)}</td></tr>`,
          )}</tbody></table>`,
            )
          : html`<p>${t('events.noRsvps')}</p>`
      }</section>`;
  }

  private async edit(e: OwnEvent | 'new' | undefined) {
    this.editing = e;
    this.fieldErrors = [];
    await this.updateComplete;
    this.querySelector<HTMLElement>(e ? '#ev-title' : 'h1')?.focus();
  }

  private async save(ev: SubmitEvent, existing: OwnEvent | undefined) {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const zone = text('timezone');
    const instant = (k: string) => {
      const at = text(k) ? localIsoToInstant(text(k), zone) : undefined;
      return at === undefined ? (text(k) ? text(k) : undefined) : toZonedIso(at, zone);
    };
    const online = f.get('online') === 'on';
    const body = {
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
    this.fieldErrors = [];
    try {
      if (existing) await api('PUT', `/events/${encodeURIComponent(existing.id)}`, body);
      else await api('POST', '/events', body);
      this.editing = undefined;
      this.status = this.t('form.saved');
      await this.load();
    } catch (err) {
      if (err instanceof ApiFailure && err.fields.length) {
        this.fieldErrors = err.fields;
        await this.updateComplete;
        this.querySelector<HTMLElement>('.error-summary')?.focus();
      } else this.error = err instanceof ApiFailure ? failureText(this.t, err) : String(err);
    }
  }

  private async withdraw(e: OwnEvent) {
    if (await this.attempt(() => api('DELETE', `/events/${encodeURIComponent(e.id)}`))) await this.load();
  }

  private async showRsvps(event: OwnEvent) {
    const res = await this.attempt(() =>
      api<{ rsvps: Rsvp[] }>('GET', `/events/${encodeURIComponent(event.id)}/rsvps`),
    );
    if (res) this.rsvpsOf = { event, rsvps: res.rsvps };
  }

  private async importNow() {
    const res = await this.attempt(() => api<{ feeds: { ok: boolean }[] }>('POST', '/events/imports/run'));
    if (res) {
      this.status = this.t('events.imported', { ok: res.feeds.filter((f) => f.ok).length, count: res.feeds.length });
      await this.load();
    }
  }
}
customElements.define('m4a-console-events', M4aConsoleEvents);
