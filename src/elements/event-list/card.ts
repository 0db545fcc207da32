/**
 * One event, as a card (`list` view) or a line (`compact` view): title, type, time in the event's zone and the
 * visitor's when it differs, place, a short plain-text description, access and capacity, RSVP and calendar actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localeFor } from '../../shared/locale.js';
import { formatEventTime, type EventTimeLabels, type TimeLabel } from '../../shared/calendar/time.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { M4aEvent } from '../../shared/schemas/event.js';
import { googleCalendarUrl, type CalendarEntry } from './calendar.js';
import { descriptionText, shortDescription } from './description.js';
import type { T } from './messages.en.js';

export interface CardContext {
  t: T;
  lang: Lang;
  visitorTimeZone: string;
  compact: boolean;
  headingLevel: number;
  expanded: ReadonlySet<string>;
  onToggleDescription: (id: string) => void;
  onCalendar: (event: M4aEvent) => void;
  onRsvpLink: (event: M4aEvent) => void;
  /** The inline RSVP control and form of an event with `rsvp: 'inline'`. */
  renderInlineRsvp: (event: M4aEvent, titleId: string) => TemplateResult | typeof nothing;
}

const labelCache = new Map<string, EventTimeLabels>();

function timeLabels(event: M4aEvent, lang: Lang, visitorTimeZone: string): EventTimeLabels {
  const key = `${lang}|${visitorTimeZone}|${event.start}|${event.end ?? ''}|${event.timezone}|${event.allDay ? 1 : 0}`;
  let labels = labelCache.get(key);
  if (!labels) {
    if (labelCache.size > 5000) labelCache.clear();
    labels = formatEventTime(event, { lang, visitorTimeZone });
    labelCache.set(key, labels);
  }
  return labels;
}

/** "Chicago" from "America/Chicago", "Buenos Aires" from "America/Argentina/Buenos_Aires". */
export const zoneCity = (timeZone: string) => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/** Id of an event's title, for `aria-labelledby`; event ids are already id-safe. */
export const titleId = (event: M4aEvent) => `title-${event.id}`;

/** Address lines of an in-person event, for the card and the calendar entry. */
export function placeLines(event: M4aEvent): string[] {
  const l = event.location;
  if (event.online || !l) return [];
  const cityLine = [[l.locality, l.region].filter(Boolean).join(', '), l.postalCode].filter(Boolean).join(' ');
  return [l.venue, ...l.addressLines, cityLine].filter((s): s is string => !!s);
}

export function calendarEntry(event: M4aEvent, t: T): CalendarEntry {
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    timezone: event.timezone,
    allDay: event.allDay,
    description: descriptionText(event.description),
    location: event.online ? t('place.online') : placeLines(event).join(', '),
    url: event.url,
  };
}

/** Hands the visitor the event's .ics file (ics.ts), its code loaded the first time one is asked for. */
export function saveCalendarFile(entry: CalendarEntry, container: Node): void {
  import('./ics.js').then(
    ({ saveIcs }) => saveIcs(entry, container),
    (err: unknown) => console.warn('m4a-widgets <m4a-event-list>: could not make the calendar file.', err),
  );
}

function timeLine(label: TimeLabel): string {
  return [label.time, label.zone].filter(Boolean).join(' ');
}

function when(event: M4aEvent, ctx: CardContext): TemplateResult {
  const { t } = ctx;
  const labels = timeLabels(event, ctx.lang, ctx.visitorTimeZone);
  const visitor = labels.visitor;
  return html`<time datetime=${event.start}>${labels.event.date}</time>${
    labels.event.time ? html`<br /><span class="time">${timeLine(labels.event)}</span>` : nothing
  }${
    visitor
      ? html` <span class="zone-note">(${t('time.local', { place: zoneCity(event.timezone) })})</span>
          <span class="visitor-time"
            ><strong>${t('time.yours')}</strong> ${visitor.date !== labels.event.date ? `${visitor.date}, ` : ''}${timeLine(visitor)}</span
          >`
      : nothing
  }`;
}

function where(event: M4aEvent, ctx: CardContext): TemplateResult | typeof nothing {
  const { t } = ctx;
  if (event.online) return html`${t('place.online')}`;
  const lines = placeLines(event);
  const distance = event.distanceMiles;
  if (!lines.length && !event.location?.private && distance === undefined) return nothing;
  return html`${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}${
    event.location?.private ? html`<span class="note">${t('place.private')}</span>` : nothing
  }${
    distance !== undefined
      ? html`<span class="note">${t('place.distance', {
          count: distance,
          miles: new Intl.NumberFormat(localeFor(ctx.lang), { maximumFractionDigits: 1 }).format(distance),
        })}</span>`
      : nothing
  }`;
}

function access(event: M4aEvent, t: T): TemplateResult | typeof nothing {
  const a = event.accessibility;
  if (!a?.status && !a?.notes) return nothing;
  return html`<div class="fact">
    <dt>${t('card.access')}</dt>
    <dd>${a.status ? html`<span>${t(`access.${a.status}`)}</span>` : nothing}${a.notes ? html`<span class="note">${a.notes}</span>` : nothing}</dd>
  </div>`;
}

function description(event: M4aEvent, ctx: CardContext): TemplateResult | typeof nothing {
  const text = descriptionText(event.description);
  if (!text) return nothing;
  const short = shortDescription(text);
  const long = short !== text;
  const open = long && ctx.expanded.has(event.id);
  const id = `desc-${event.id}`;
  return html`<div class="description" part="description">
    <p id=${id} class=${open ? 'full' : ''}>${open ? text : short}</p>
    ${
      long
        ? html`<button class="link-button" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
          @click=${() => ctx.onToggleDescription(event.id)}>${ctx.t(open ? 'description.less' : 'description.more')}</button>`
        : nothing
    }
  </div>`;
}

function rsvp(event: M4aEvent, ctx: CardContext): TemplateResult | typeof nothing {
  const { t } = ctx;
  if (event.full) return html`<p class="full-note">${t('full.detail')}</p>`;
  const newTab = html`<span class="visually-hidden">: ${event.title} ${t('new-tab')}</span>`;
  if (event.rsvp === 'link' && event.url) {
    return html`<a class="button" part="button rsvp" href=${event.url} target="_blank" rel="noopener noreferrer"
      @click=${() => ctx.onRsvpLink(event)}>${t('rsvp.link')}${newTab}</a>`;
  }
  if (event.rsvp === 'inline') return ctx.renderInlineRsvp(event, titleId(event));
  if (event.url) {
    return html`<a class="button secondary" part="button" href=${event.url} target="_blank" rel="noopener noreferrer"
      >${t('details.link')}${newTab}</a>`;
  }
  return nothing;
}

/**
 * Google Calendar links by event and language: events checked once are the same objects on every render
 * (validated.ts), so a filter change or a toggle elsewhere does not rebuild twenty URLs.
 */
const googleLinks = new WeakMap<M4aEvent, { lang: Lang; url: string }>();

function googleLink(event: M4aEvent, ctx: CardContext): string {
  const known = googleLinks.get(event);
  if (known?.lang === ctx.lang) return known.url;
  const url = googleCalendarUrl(calendarEntry(event, ctx.t));
  googleLinks.set(event, { lang: ctx.lang, url });
  return url;
}

function calendar(event: M4aEvent, ctx: CardContext): TemplateResult {
  const { t } = ctx;
  return html`<div class="calendar">
    <button class="link-button" part="calendar" type="button" @click=${() => ctx.onCalendar(event)}>
      ${t('calendar.ics')}<span class="visually-hidden">: ${event.title}</span>
    </button>
    <a class="link" part="calendar" href=${googleLink(event, ctx)} target="_blank" rel="noopener noreferrer"
      >${t('calendar.google')}<span class="visually-hidden">: ${event.title} ${t('new-tab')}</span></a
    >
  </div>`;
}

/** One line: "Online", or the venue and town. */
function compactPlace(event: M4aEvent, t: T): TemplateResult | typeof nothing {
  if (event.online) return html`<p class="where">${t('place.online')}</p>`;
  const l = event.location;
  const line = [l?.venue, l?.locality].filter(Boolean).join(', ');
  return line ? html`<p class="where">${line}</p>` : nothing;
}

export function renderCard(event: M4aEvent, ctx: CardContext): TemplateResult {
  const { t } = ctx;
  const id = titleId(event);
  const badges = html`<p class="badges">
    <span class="badge" part="badge">${t(`type.${event.type}`)}</span>${
      event.full ? html` <span class="badge full" part="badge full">${t('full.badge')}</span>` : nothing
    }
  </p>`;
  if (ctx.compact) {
    return html`<article class="item" part="card" aria-labelledby=${id} tabindex="-1" data-id=${event.id}>
      <div class="title" role="heading" aria-level=${ctx.headingLevel} id=${id}>${event.title}</div>
      <p class="when">${when(event, ctx)}</p>
      ${compactPlace(event, t)}
      <div class="actions">${event.full ? html`<span class="badge full">${t('full.badge')}</span>` : rsvp(event, ctx)}</div>
    </article>`;
  }
  const place = where(event, ctx);
  return html`<article class="card" part="card" aria-labelledby=${id} tabindex="-1" data-id=${event.id}>
    ${badges}
    <div class="title" part="title" role="heading" aria-level=${ctx.headingLevel} id=${id}>${event.title}</div>
    <dl class="facts">
      <div class="fact"><dt>${t('card.when')}</dt><dd>${when(event, ctx)}</dd></div>
      ${place === nothing ? nothing : html`<div class="fact"><dt>${t('card.where')}</dt><dd>${place}</dd></div>`}
      ${access(event, t)}
      ${
        event.capacity !== undefined
          ? html`<div class="fact"><dt>${t('card.places')}</dt><dd>${t('capacity', { count: event.capacity })}</dd></div>`
          : nothing
      }
    </dl>
    ${description(event, ctx)}
    <div class="actions">${rsvp(event, ctx)}${calendar(event, ctx)}</div>
  </article>`;
}

/** Placeholder cards while the first page loads; the same size as real cards, so nothing jumps. */
export function renderSkeleton(compact: boolean, count = 3): TemplateResult {
  return html`<ul class="events skeleton" aria-hidden="true">
    ${Array.from(
      { length: count },
      () => html`<li><div class=${compact ? 'item placeholder' : 'card placeholder'}>
      <span class="bar short"></span><span class="bar"></span><span class="bar"></span>${compact ? nothing : html`<span class="bar long"></span>`}
    </div></li>`,
    )}
  </ul>`;
}
