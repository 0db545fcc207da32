import { sanitizerPrerequisite } from '../../core/sanitize.js';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { M4aElement } from '../../core/base-element.js';
import { toWidgetError, type WidgetError } from '../../core/errors.js';
import { defineCatalog } from '../../core/i18n.js';
import { backendRefOf } from '../../core/device-queue-keys.js';
import { errorView } from '../../core/status.js';
import { visitorTimeZone } from '../../shared/calendar/time.js';
import { Receipt } from '../../shared/schemas/common.js';
import type { EventQuery, M4aEvent, RsvpRequest } from '../../shared/schemas/event.js';
import { calendarEntry, renderSkeleton, saveCalendarFile, type CardContext } from './card.js';
import { emptyViewLoaded, loadEmptyView, renderEmptyState, renderList } from './results.js';
import { M4aEventRsvpEvent, M4aEventsFilteredEvent } from './dom-events.js';
import { canonical, filtersFromUrl, filtersKey, readForm, renderFilters, writeFiltersToUrl } from './filters.js';
import { unknownZipProblem, type FilterProblem, type Filters } from './filters.js';
import en, { type EventListKey } from './messages.en.js';
import { countLine, PagingController, type FirstPage } from './paging.js';
import { RsvpSlot } from './rsvp.js';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.js';
import { UpcomingEvents } from './upcoming.js';
import { CheckedEventPage, checkedEventPage } from './validated.js';
import { styles } from './event-list.styles.js';

const SETTINGS_PROPS = [
  'view',
  'types',
  'zip',
  'radius',
  'online',
  'pageSize',
  'timeZone',
  'urlPrefix',
  'urlSync',
  'headingLevel',
];
const FILTER_PROPS = ['types', 'zip', 'radius', 'online'];

/**
 * @summary Upcoming canvasses, phone banks, town halls, panels and rallies near the visitor, from any event source,
 * with filters mirrored in the page URL, add-to-calendar, and RSVP.
 *
 * @csspart base - The widget's root.
 * @csspart filters - The filter form.
 * @csspart count - The line saying how many events are shown (a live region).
 * @csspart list - The list of events.
 * @csspart card - One event.
 * @csspart title - An event's title.
 * @csspart badge - The event type (and "Full") labels.
 * @csspart description - An event's description.
 * @csspart button - Buttons and button-styled links (RSVP, Search, Load more...).
 * @csspart rsvp - The RSVP button or link.
 * @csspart rsvp-form - The inline RSVP form.
 * @csspart rsvp-status - The message after an inline RSVP.
 * @csspart calendar - The "Add to calendar" actions.
 * @csspart more - The "Load more" button.
 * @csspart status - Empty, error and configuration messages.
 *
 * @cssprop --m4a-event-card-min-height - Height reserved per card while loading (default 14rem).
 *
 * @fires m4a-event-rsvp - `{eventId, status}`: `link` (left for the event's page), `sent` or `queued`. No personal data.
 * @fires m4a-events-filtered - `{count}`: the list was updated after the visitor changed a filter.
 * @fires m4a-error - `{tag, kind, field?}`: the widget is showing an error.
 */
export class M4aEventList extends M4aElement<EventListKey> {
  static override styles = [...M4aElement.styles, styles];
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });

  private readonly eventsTask = new Task(this, {
    args: () => [this.resolution, this.settingsError, this.queryKey] as const,
    task: async ([, settingsError, key], { signal }): Promise<FirstPage> => {
      if (settingsError) throw settingsError;
      const query = JSON.parse(key) as EventQuery;
      // The events drawn first are checked before anything is drawn; the rest after they paint (validated.ts).
      const page = await this.call(
        checkedEventPage(this.paging.drawnCount({ key }, this.settings.limit)),
        'listEvents',
        (b, s) => b.listEvents?.(query, { signal: s }),
        signal,
      );
      // A list that finds nothing shows so together with the code that says it (empty.ts), never blank first.
      if (!emptyViewLoaded() && !page.rest && !page.events.length)
        await loadEmptyView().then(
          (m) => this.addCatalog(m.catalog),
          () => undefined,
        );
      return { ...page, key };
    },
    onComplete: (page) => this.loaded(page),
    onError: (err) => this.reportError(toWidgetError(err)),
  });

  protected override prerequisite(): Promise<void> | undefined {
    return sanitizerPrerequisite();
  }

  protected override get awaitingFirstContent(): boolean {
    return (
      this.eventsTask.value === undefined &&
      (this.eventsTask.status === TaskStatus.INITIAL || this.eventsTask.status === TaskStatus.PENDING)
    );
  }

  private readonly paging: PagingController = new PagingController(this, {
    fetchPage: (first, cursor, signal) => {
      const query = { ...(JSON.parse(first.key) as EventQuery), cursor };
      return this.call(CheckedEventPage, 'listEvents', (b, s) => b.listEvents?.(query, { signal: s }), signal);
    },
    onError: (error) => this.reportError(error),
    onPage: (page) => {
      if (page.events.some((e) => e.rsvp === 'inline')) this.rsvp.ensureReplay();
    },
    checkAll: (first) => this.upcoming.checkAll(first),
  });

  private readonly upcoming: UpcomingEvents = new UpcomingEvents({
    connected: () => this.isConnected,
    requestUpdate: () => this.requestUpdate(),
    reportError: (error) => this.reportError(error),
    shows: (page) => this.eventsTask.value === page,
    later: (first) => this.paging.later(first),
  });

  private readonly rsvp = new RsvpSlot(this, {
    addCatalog: (catalog) => this.addCatalog(catalog),
    send: (payload: RsvpRequest, key: string) =>
      this.call(Receipt, 'submitRsvp', (b, signal) => b.submitRsvp?.(payload, { signal, idempotencyKey: key })),
    backendRef: () =>
      this.resolution.ok && this.resolution.name !== null
        ? backendRefOf(this.resolution.name, this.resolution.config)
        : undefined,
    onStatus: (eventId, status) => this.dispatchEvent(new M4aEventRsvpEvent({ eventId, status })),
  });

  /** `list` (default) or `compact` (title, time, place and RSVP only: for sidebars). */
  @property() view?: string;
  /** Event types shown at first, comma-separated: canvass, phone-bank, town-hall, panel, rally, meeting, training, other. */
  @property() types?: string;
  /** Start with events near this ZIP code. */
  @property() zip?: string;
  /** Miles around `zip` (default 25). */
  @property() radius?: string | number;
  /** `only` (online events) or `exclude` (in person only). */
  @property() online?: string;
  /** Events per page, 1-100 (default 20). */
  @property({ attribute: 'page-size' }) pageSize?: string | number;
  /** The visitor's IANA time zone; by default the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Prefix of this list's URL parameters (default `m4a-`); give each list on a page its own. */
  @property({ attribute: 'url-prefix' }) urlPrefix?: string;
  /** `on` (default): filters are mirrored in the page URL; `off`: the URL is left alone. */
  @property({ attribute: 'url-sync' }) urlSync?: string;
  /** Hides the filter form (the list still honours the filter attributes and the URL). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  /** Heading level of event titles, 2-6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  @state() private filters: Filters = {};
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private formProblem: FilterProblem | undefined;
  /** Bumped when filters change other than through the form, so the form is drawn afresh from them. */
  @state() private formGeneration = 0;

  private settings: Settings = DEFAULT_SETTINGS;
  private settingsError: WidgetError | undefined;
  private queryKey = '';
  private initialized = false;
  /** The next completed load follows a visitor's filter change (for `m4a-events-filtered`). */
  private visitorChanged = false;
  private focusCountAfterLoad = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.initialized || SETTINGS_PROPS.some((p) => changed.has(p))) {
      try {
        this.settings = parseSettings(this);
        this.settingsError = undefined;
      } catch (err) {
        this.settingsError = toWidgetError(err);
        this.reportError(this.settingsError);
      }
      if (!this.initialized) {
        this.filters =
          (this.settings.sync && filtersFromUrl(location.search, this.settings.prefix)) || this.settings.initial;
        this.initialized = true;
      } else if (FILTER_PROPS.some((p) => changed.has(p))) {
        this.filters = this.settings.initial;
      }
    }
    this.queryKey = JSON.stringify({ ...canonical(this.filters), limit: this.settings.limit });
  }

  override render() {
    const t = this.t.bind(this);
    const problem = !this.resolution.ok ? this.resolution.error : this.settingsError;
    const taskError =
      this.eventsTask.status === TaskStatus.ERROR
        ? toWidgetError(this.eventsTask.error)
        : this.upcoming.error(this.eventsTask.value);
    if (problem || taskError?.kind === 'config') {
      return html`<div part="base" class="base" lang=${this.resolvedLang}>${errorView(t, problem ?? taskError!)}</div>`;
    }
    const unknownZip = taskError?.kind === 'validation' && taskError.extra.fields?.some((f) => f.path === 'zip');
    const formProblem = this.formProblem ?? (unknownZip ? unknownZipProblem(this.filters.zip) : undefined);
    const page = this.eventsTask.value;
    const visible = page ? this.visibleEvents(page) : [];
    return html`<div part="base" class="base" lang=${this.resolvedLang}>
      ${
        this.hideFilters
          ? nothing
          : keyed(
              this.formGeneration,
              renderFilters({
                t,
                filters: this.filters,
                problem: formProblem,
                onChange: (e) => this.applyForm(e.currentTarget as HTMLFormElement),
                onSubmit: (e) => {
                  e.preventDefault();
                  this.applyForm(e.currentTarget as HTMLFormElement, true);
                },
                onClear: () => this.setFilters({}, 'action'),
              }),
            )
      }
      <p class="count" part="count" role="status" tabindex="-1">${this.countText(unknownZip, visible)}</p>
      ${unknownZip ? nothing : this.renderResults(taskError, visible)}
    </div>`;
  }

  private renderResults(error: WidgetError | undefined, visible: M4aEvent[]): TemplateResult | typeof nothing {
    const t = this.t.bind(this);
    const compact = this.settings.view === 'compact';
    if (error) return errorView(t, error, () => void this.eventsTask.run(), t('feature.events'));
    const page = this.eventsTask.value;
    if (!page) return renderSkeleton(compact, Math.min(3, this.settings.limit));
    if (!visible.length && !page.rest && this.eventsTask.status !== TaskStatus.PENDING) {
      const empty = {
        t,
        lang: this.resolvedLang,
        filters: this.filters,
        onWider: (radiusMiles: number) => this.setFilters({ ...this.filters, radiusMiles }, 'action'),
        onOnline: () => this.setFilters({ ...this.filters, online: 'only' }, 'action'),
        onClear: () => this.setFilters({}, 'action'),
      };
      return renderEmptyState(empty, (m) => this.addCatalog(m.catalog));
    }
    const ctx: CardContext = {
      t,
      lang: this.resolvedLang,
      visitorTimeZone: this.settings.timeZone ?? visitorTimeZone(),
      compact,
      headingLevel: this.settings.headingLevel,
      expanded: this.expanded,
      onToggleDescription: (id) => this.toggleDescription(id),
      onCalendar: (event) => saveCalendarFile(calendarEntry(event, t), this.renderRoot),
      onRsvpLink: (event) => this.dispatchEvent(new M4aEventRsvpEvent({ eventId: event.id, status: 'link' })),
      renderInlineRsvp: (event) => this.rsvp.render(event),
    };
    const busy = this.eventsTask.status === TaskStatus.PENDING;
    const list = { key: page.key, events: this.drawnEvents(page, visible), label: t('list.label'), busy };
    return html`${renderList(list, ctx)}
      ${busy ? nothing : this.paging.render(page, t, this.upcoming.count(page, visible), this.settings.limit)}`;
  }

  private countText(unknownZip: boolean | undefined, visible: M4aEvent[]): string {
    const status = this.eventsTask.status;
    const page = this.eventsTask.value;
    if (unknownZip) return this.t('count.none');
    if (status === TaskStatus.ERROR) return '';
    if (!page) return this.t('count.loading');
    if (status === TaskStatus.PENDING) return this.t('count.updating');
    const shown = this.drawnEvents(page, visible).length;
    const total = Math.max(this.paging.total(page) ?? 0, this.upcoming.count(page, visible));
    return countLine(this.t.bind(this), shown, total);
  }

  /** The events drawn: a page of them at a time, however many the backend sent (see paging.ts). */
  private drawnEvents(page: FirstPage, visible: M4aEvent[]): M4aEvent[] {
    return visible.slice(0, this.paging.drawnCount(page, this.settings.limit));
  }

  /** The first page's checked events and the pages loaded after it, without events over or repeated. */
  private visibleEvents(page: FirstPage): M4aEvent[] {
    return this.upcoming.visible(page, this.paging.drawnCount(page, this.settings.limit));
  }

  private loaded(page: FirstPage): void {
    if (this.visitorChanged) {
      this.visitorChanged = false;
      const count = page.total ?? this.upcoming.count(page, this.visibleEvents(page));
      this.dispatchEvent(new M4aEventsFilteredEvent({ count }));
    }
    this.upcoming.checkLater(page);
    if (page.events.some((e) => e.rsvp === 'inline')) this.rsvp.ensureReplay();
    if (this.focusCountAfterLoad) {
      this.focusCountAfterLoad = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.count')?.focus());
    }
  }

  private applyForm(form: HTMLFormElement, submitted = false): void {
    const read = readForm(form);
    if (read.problem) {
      const key = read.problem === 'zip' ? 'filters.zip.invalid' : 'filters.dates.invalid';
      this.formProblem = { field: read.problem, key };
      if (submitted)
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>(read.problem === 'zip' ? '#zip' : '#from')?.focus(),
        );
      return;
    }
    this.setFilters(read.filters, 'form');
  }

  /**
   * Applies new filters. From the form, the form already shows them; from a button elsewhere (or "Clear"), the
   * form is drawn afresh and focus moves to the result count, since the button pressed may be gone.
   */
  private setFilters(filters: Filters, origin: 'form' | 'action'): void {
    this.formProblem = undefined;
    if (origin === 'action') this.formGeneration++;
    const next = canonical(filters);
    if (filtersKey(next) === filtersKey(this.filters)) return;
    this.filters = next;
    this.visitorChanged = true;
    this.focusCountAfterLoad = origin === 'action';
    this.paging.cancel();
    if (this.settings.sync) writeFiltersToUrl(next, this.settings.prefix);
  }

  /** Also waits for an RSVP form the visitor opened while its code was loading (rsvp.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = this.rsvp.pending; pending; pending = this.rsvp.pending) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private toggleDescription(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-event-list': M4aEventList;
  }
}
