/**
 * Events: the organizer's own events (create, edit, withdraw) with a form in the event's own time zone, checked by
 * the API's own rules (its field errors are shown beside the fields); an event's RSVPs with export; import feeds.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  FeedList,
  ImportRun,
  OwnEvents,
  RsvpList,
  type FeedStatus,
  type OwnEvent,
  type RsvpRecord,
} from '../shared/schemas/console.js';
import { api, request } from './api.js';
import { EVENT_FORM, eventBody, eventFieldOf, eventForm } from './event-form.js';
import { FormErrors } from './field-errors.js';
import { formatDate, formatNumber } from './i18n.js';
import { ConsolePage, tableBox } from './page.js';

export class M4aConsoleEvents extends ConsolePage {
  @state() private events: OwnEvent[] = [];
  @state() private feeds: FeedStatus[] = [];
  @state() private editing: OwnEvent | 'new' | undefined;
  @state() private rsvpsOf: { event: OwnEvent; rsvps: RsvpRecord[] } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const [own, feeds] = (await this.attempt(() =>
      Promise.all([request(OwnEvents, 'GET', '/events'), request(FeedList, 'GET', '/events/imports')]),
    )) ?? [undefined, undefined];
    if (own) this.events = own.events;
    if (feeds) this.feeds = feeds.feeds;
  }

  protected override render() {
    const t = this.t;
    return html`${this.heading(t('events.title'))}
      <h2>${t('events.own')}</h2>
      <p><button type="button" @click=${() => this.edit('new')}>${t('events.new')}</button></p>
      ${
        this.editing
          ? eventForm(t, this.editing === 'new' ? undefined : this.editing, this.fieldErrors, {
              submit: (ev) => this.save(ev, this.editing === 'new' ? undefined : this.editing),
              cancel: () => this.edit(undefined),
            })
          : nothing
      }
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

  private rsvpList({ event, rsvps }: { event: OwnEvent; rsvps: RsvpRecord[] }) {
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
    this.fieldErrors = new FormErrors(EVENT_FORM.prefix);
    await this.updateComplete;
    this.querySelector<HTMLElement>(e ? '#ev-title' : 'h1')?.focus();
  }

  private async save(ev: SubmitEvent, existing: OwnEvent | undefined) {
    ev.preventDefault();
    const body = eventBody(ev.target as HTMLFormElement);
    const saved = await this.submitForm(
      EVENT_FORM,
      () => (existing ? api('PUT', `/events/${encodeURIComponent(existing.id)}`, body) : api('POST', '/events', body)),
      eventFieldOf,
    );
    if (saved) {
      this.editing = undefined;
      this.status = this.t('form.saved');
      await this.load();
    }
  }

  private async withdraw(e: OwnEvent) {
    if (await this.attempt(() => api('DELETE', `/events/${encodeURIComponent(e.id)}`))) await this.load();
  }

  private async showRsvps(event: OwnEvent) {
    const res = await this.attempt(() => request(RsvpList, 'GET', `/events/${encodeURIComponent(event.id)}/rsvps`));
    if (res) this.rsvpsOf = { event, rsvps: res.rsvps };
  }

  private async importNow() {
    const res = await this.attempt(() => request(ImportRun, 'POST', '/events/imports/run'));
    if (res) {
      this.status = this.t('events.imported', { ok: res.feeds.filter((f) => f.ok).length, count: res.feeds.length });
      await this.load();
    }
  }
}
customElements.define('m4a-console-events', M4aConsoleEvents);
