import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { M4aElement } from '../../core/base-element.js';
import { parseHeadingLevel } from '../../core/headings.js';
import { WidgetError, toWidgetError } from '../../core/errors.js';
import { defineCatalog } from '../../core/i18n.js';
import { NO_BACKEND, errorView, loadingView } from '../../core/status.js';
import { IsoDate, Receipt, Zip, boundedText } from '../../shared/schemas/common.js';
import {
  CallStats,
  RepLookupResult,
  queryKind,
  type Legislator,
  type RepLookupQuery,
} from '../../shared/schemas/representative.js';
import { CallFlow } from './call-flow.js';
import { M4aLookupDoneEvent } from './dom-events.js';
import { localToday, telHref, type T } from './format.js';
import { legislatorCard } from './legislator-card.js';
import en from './messages.en.js';
import { formQuery, problemFromServer, type FormField, type FormProblem } from './query.js';
import { announcement, resultsView } from './results.js';
import { zipInAddress } from '../../shared/zip.js';
import { fillScript, overrideFor, parseScripts, scriptKind, type ScriptOverrides } from './scripts.js';
import styles from './rep-lookup.styles.js';

const SOURCE = boundedText(100);

/**
 * @summary Who represents me, where do they stand on Medicare for All, and call them now. A ZIP code or street
 * address (or the visitor's location, where the backend takes coordinates) gives the two senators, the House
 * member and, where the data covers the state, state legislators, each with a stance badge, its source and date,
 * contacts, and a call flow with a script and outcome buttons. A ZIP split between districts is never resolved
 * silently: every candidate is shown and the visitor is asked for their address.
 *
 * @csspart base - The widget's root.
 * @csspart form - The search form.
 * @csspart input - Text fields (ZIP, address, the caller's name).
 * @csspart button - Every button; with `submit`, `location`, `call`, `dial`, `outcome`, `next`, `close`, `add-address`, `retry`.
 * @csspart status - Status and error messages (also `split`, `stale`, `not-found`).
 * @csspart results - The answer.
 * @csspart group - One level of government (U.S. Congress, a state legislature).
 * @csspart card - One legislator.
 * @csspart photo - A legislator's photo, or the initials shown in its place.
 * @csspart stance - Stance badge and its source line; `stance-badge` is the badge alone.
 * @csspart contacts - Phone, contact form, website, email.
 * @csspart social - A legislator's social media links.
 * @csspart warning - A card's "term ended" warning.
 * @csspart notes - Explanations that come with an answer (at-large seat, D.C., vacant seat, …).
 * @csspart call-panel - The open call script with outcome buttons.
 * @csspart script - The call script text.
 * @csspart thanks - The thank-you after an outcome is reported.
 * @csspart done - The outcome mark on a card already called.
 * @csspart freshness - Data date, Congress and sources.
 * @csspart stats - The weekly call count.
 *
 * @cssprop [--m4a-rep-lookup-card-min=16rem] - Narrowest card before the grid drops a column.
 * @cssprop [--m4a-color-warning=#8a5a00] - Stale-data and term-ended warnings.
 *
 * @fires m4a-lookup-done - A lookup finished: `{ status: 'ok' | 'split' | 'not-found' | 'invalid' | 'error', count }`. Never the ZIP or address.
 * @fires m4a-call-outcome - The visitor reported a call: `{ legislatorId, outcome }`.
 * @fires m4a-error - The widget shows an error: `{ tag, kind, field? }`.
 */
export class M4aRepLookup extends M4aElement {
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });
  static override styles = [...M4aElement.styles, styles];

  private readonly lookup = new Task(this, {
    args: () => [this.query, this.resolution, this.resolvedLang] as const,
    task: async ([q, resolution], { signal }) => {
      // With no backend the widget shows what to configure; there is nothing to ask.
      if (!q || (resolution.ok && resolution.name === null)) return initialState;
      return this.call(RepLookupResult, 'lookupReps', (b, s) => b.lookupReps?.(q, { signal: s }), signal);
    },
    onComplete: (r) => this.lookupDone(r),
    onError: (e) => this.lookupFailed(toWidgetError(e)),
  });

  private readonly calls = new CallFlow(this, {
    record: async (legislatorId, outcome, key, signal) => {
      const source = this.validSource;
      try {
        await this.call(
          Receipt,
          'recordCallOutcome',
          (b, s) => b.recordCallOutcome?.({ legislatorId, outcome, ...(source ? { source } : {}) }, { signal: s, idempotencyKey: key }),
          signal,
        );
        return true;
      } catch (err) {
        const e = toWidgetError(err);
        if (e.kind === 'unsupported') return false;
        throw e;
      }
    },
    onRecorded: (r) => {
      if (r.counted && this.showCallCount) this.statsVersion++;
    },
    onFailed: (e) => this.reportError(e),
  });

  private readonly stats = new Task(this, {
    args: () => [this.showCallCount && this.hasBackend, this.resolution, this.statsVersion] as const,
    task: async ([show], { signal }) =>
      show ? this.call(CallStats, 'getCallStats', (b, s) => b.getCallStats?.({ signal: s }), signal) : initialState,
    onError: (e) => this.reportError(toWidgetError(e)),
  });

  /** A ZIP code to look up as soon as the widget shows (e.g. one the partner's page already knows). */
  @property() zip?: string;

  /**
   * Call scripts replacing the built-in ones: JSON (attribute) or an object (property) keyed by language, then
   * `thank` (sponsors, cosponsors, supporters), `cosponsor` (ask a non-cosponsor), `support` (everyone else).
   * Merge fields: {legislatorTitle} {legislatorName} {visitorName} {place} {bill}.
   */
  @property() scripts?: string | ScriptOverrides;

  /** Show how many calls visitors made this week (needs a backend with call statistics). */
  @property({ type: Boolean, attribute: 'show-call-count' }) showCallCount = false;

  /** Hide "Use my location" even where the backend could use it. */
  @property({ type: Boolean, attribute: 'no-location' }) noLocation = false;

  /** Campaign or partner slug stored with each call outcome, e.g. `pnhp-wi`. */
  @property() source?: string;

  /** Level of the widget's top headings (2–6; legislators' names are one below), to fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** The date to treat as today (YYYY-MM-DD), for previews and tests; defaults to the visitor's date. */
  @property() today?: string;

  @state() private query: RepLookupQuery | undefined;
  @state() private zipText = '';
  @state() private addressText = '';
  @state() private problem: FormProblem | undefined;
  @state() private locating = false;
  @state() private locationProblem: string | undefined;
  @state() private liveText = '';
  @state() private failedPhotos: ReadonlySet<string> = new Set();
  @state() private statsVersion = 0;

  @query('#zip') private zipInput?: HTMLInputElement;
  @query('#address') private addressInput?: HTMLInputElement;

  /** ZIP for the scripts' {place}; never sent anywhere but the lookup itself. */
  private placeZip: string | undefined;
  private parsedScripts: ScriptOverrides = {};
  private level = 2;
  private settingProblems: WidgetError[] = [];
  private reportedQuery: RepLookupQuery | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (['scripts', 'today', 'zip', 'source', 'headingLevel'].some((k) => changed.has(k as keyof M4aRepLookup))) this.readSettings(changed);
  }

  /** Partner settings: each bad one is shown (naming the attribute) and ignored, so the widget keeps working. */
  private readSettings(changed: PropertyValues<this>): void {
    const problems: WidgetError[] = [];
    try {
      this.parsedScripts = parseScripts(this.scripts);
    } catch (err) {
      this.parsedScripts = {};
      problems.push(toWidgetError(err));
    }
    const level = parseHeadingLevel(this.headingLevel, 2);
    if (level instanceof WidgetError) problems.push(level);
    this.level = level instanceof WidgetError ? 2 : level;
    if (this.today !== undefined && !IsoDate.safeParse(this.today).success) {
      problems.push(new WidgetError('config', `today "${this.today}" is not a date like 2027-01-04`, { field: 'today' }));
    }
    if (this.source !== undefined && !SOURCE.safeParse(this.source).success) {
      problems.push(new WidgetError('config', 'source is at most 100 characters', { field: 'source' }));
    }
    if (this.zip) {
      if (!Zip.safeParse(this.zip.trim()).success) {
        problems.push(new WidgetError('config', `zip "${this.zip}" is not a 5-digit ZIP code`, { field: 'zip' }));
      } else if (changed.has('zip')) {
        this.zipText = this.zip.trim();
        this.placeZip = this.zipText.slice(0, 5);
        this.query = { zip: this.zipText };
      }
    }
    this.settingProblems = problems;
    for (const p of problems) this.reportError(p);
  }

  private get todayIso(): string {
    return this.today && IsoDate.safeParse(this.today).success ? this.today : localToday();
  }

  private get validSource(): string | undefined {
    const parsed = this.source ? SOURCE.safeParse(this.source) : undefined;
    return parsed?.success && parsed.data ? parsed.data : undefined;
  }

  /** A backend that answers ZIP codes only: no address field, no location, and the split notice says where to look. */
  private get zipOnly(): boolean {
    const r = this.resolution;
    return r.ok && r.name !== null && r.capabilities.repLookup === 'zip-only';
  }

  /** "Use my location" shows when the browser has geolocation and the backend takes coordinates. */
  private get canLocate(): boolean {
    return !this.noLocation && !this.zipOnly && 'geolocation' in navigator && this.hasBackend;
  }

  override render() {
    const t: T = this.t.bind(this);
    const r = this.resolution;
    let body: TemplateResult;
    if (!r.ok) body = errorView(t, r.error);
    else if (r.name === null) body = errorView(t, new WidgetError('config', NO_BACKEND, { field: 'backend' }));
    else body = this.renderWidget(t);
    return html`<div part="base" class="base surface" lang=${this.resolvedLang}>${body}</div>`;
  }

  private renderWidget(t: T): TemplateResult {
    return html`${this.settingProblems.map((p) => errorView(t, p))}
      <p class="intro">${t('intro')}</p>
      ${this.renderForm(t)} ${this.renderStats(t)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>
      ${this.lookup.render({
        pending: () => loadingView(t, t('lookup.loading')),
        complete: (r) => this.renderResults(t, r),
        error: (e) => {
          const err = toWidgetError(e);
          return err.kind === 'validation' || err.kind === 'aborted' ? nothing : errorView(t, err, () => void this.lookup.run(), t('lookup.feature'));
        },
      })}`;
  }

  private renderField(t: T, field: FormField, input: TemplateResult): TemplateResult {
    const problem = this.problem?.field === field ? this.problem : undefined;
    return html`<div class="field ${field}">
      <label for=${field}>${t(`form.${field}.label`)}</label>
      <p class="hint" id=${`${field}-hint`}>${t(`form.${field}.hint`)}</p>
      ${problem ? html`<p class="field-error" id=${`${field}-error`}>${t(problem.key, problem.params)}</p>` : nothing} ${input}
    </div>`;
  }

  private describedBy(field: FormField): string {
    return this.problem?.field === field ? `${field}-hint ${field}-error` : `${field}-hint`;
  }

  private renderForm(t: T): TemplateResult {
    const busy = this.lookup.status === TaskStatus.PENDING || this.locating;
    return html`<form class="form" part="form" role="search" aria-label=${t('form.label')} novalidate @submit=${this.onSubmit}>
      <div class="fields">
        ${this.renderField(
          t,
          'zip',
          html`<input
            id="zip"
            class="input"
            part="input"
            name="postal-code"
            type="text"
            inputmode="numeric"
            autocomplete="postal-code"
            maxlength="10"
            aria-describedby=${this.describedBy('zip')}
            aria-invalid=${this.problem?.field === 'zip' ? 'true' : 'false'}
            .value=${live(this.zipText)}
            @input=${(e: InputEvent) => (this.zipText = (e.target as HTMLInputElement).value)}
          />`,
        )}
        ${this.zipOnly
          ? nothing
          : this.renderField(
          t,
          'address',
          html`<input
            id="address"
            class="input"
            part="input"
            name="street-address"
            type="text"
            autocomplete="street-address"
            maxlength="200"
            aria-describedby=${this.describedBy('address')}
            aria-invalid=${this.problem?.field === 'address' ? 'true' : 'false'}
            .value=${live(this.addressText)}
            @input=${(e: InputEvent) => (this.addressText = (e.target as HTMLInputElement).value)}
          />`,
            )}
      </div>
      <div class="actions">
        <button class="button" part="button submit" type="submit" ?disabled=${busy}>${t('form.submit')}</button>
        ${this.canLocate
          ? html`<button class="button secondary" part="button location" type="button" ?disabled=${busy} @click=${this.locate}>
              <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="3" fill="currentColor" />
                <path d="M8 1v3M8 12v3M1 8h3M12 8h3" stroke="currentColor" stroke-width="1.6" />
              </svg>
              ${this.locating ? t('form.location.busy') : t('form.location')}
            </button>`
          : nothing}
      </div>
      ${this.locationProblem ? html`<p class="field-error" role="alert">${t(this.locationProblem)}</p>` : nothing}
    </form>`;
  }

  private renderStats(t: T): TemplateResult | typeof nothing {
    const s = this.showCallCount ? this.stats.value : undefined;
    if (!s) return nothing;
    const count = Math.max(0, s.count - (s.byOutcome.skipped ?? 0));
    return html`<p class="stats" part="stats">${t('stats.count', { count, n: new Intl.NumberFormat(this.resolvedLang).format(count) })}</p>`;
  }

  private renderResults(t: T, r: RepLookupResult): TemplateResult {
    const lang = this.resolvedLang;
    const today = this.todayIso;
    const queue = this.callQueue(r);
    return resultsView(r, {
      t,
      lang,
      today,
      zipOnly: this.zipOnly,
      level: this.level,
      onAddAddress: () => this.focusField('address'),
      card: (l, level) =>
        legislatorCard(l, {
          t,
          lang,
          today,
          level,
          photoFailed: this.failedPhotos.has(l.id),
          onPhotoError: () => (this.failedPhotos = new Set(this.failedPhotos).add(l.id)),
          call: queue.includes(l) ? this.calls.render(t, l, level + 1, queue, (x, name) => this.script(x, name)) : nothing,
        }),
    });
  }

  /** Who can be called, in order. Not a House candidate of a split ZIP: the visitor might reach someone else's member. */
  private callQueue(r: RepLookupResult): Legislator[] {
    return r.legislators.filter((l) => {
      if (l.vacant || !telHref(l.phone)) return false;
      if (r.status !== 'split') return true;
      return l.chamber === 'senate' && !r.notes.includes('cross-state');
    });
  }

  private script(l: Legislator, visitorName: string): string {
    const kind = scriptKind(l.stance.position);
    const template = overrideFor(this.parsedScripts, this.resolvedLang, kind) ?? this.t(`script.${kind}`);
    return fillScript(template, {
      legislatorTitle: this.t(`title.${l.title}`),
      legislatorName: l.name,
      visitorName: visitorName.trim() || this.t('script.name-placeholder'),
      place: this.placeZip ? this.t('script.place-zip', { zip: this.placeZip }) : this.t('script.place-unknown'),
      bill: l.stance.bill?.label ?? this.t('stance.bill-fallback'),
    });
  }

  /* ------------------------------------------------------------ handlers */

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const result = formQuery(this.zipText, this.zipOnly ? '' : this.addressText);
    if (!result.ok) {
      // With no address field, "or a street address" would send the visitor looking for one.
      this.problem = this.zipOnly ? { field: 'zip', key: 'form.error.zip' } : result.problem;
      this.focusField(result.problem.field);
      return;
    }
    this.problem = undefined;
    this.locationProblem = undefined;
    this.calls.reset();
    this.placeZip = result.zip ?? zipInAddress(this.addressText);
    this.liveText = '';
    this.query = result.query;
  }

  private locate(): void {
    this.locating = true;
    this.locationProblem = undefined;
    this.problem = undefined;
    // ~10 m: enough to place a street in its district, no more.
    const round = (n: number) => Math.round(n * 1e4) / 1e4;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.locating = false;
        this.calls.reset();
        this.placeZip = undefined;
        this.liveText = '';
        this.query = { lat: round(pos.coords.latitude), lng: round(pos.coords.longitude) };
      },
      (err) => {
        this.locating = false;
        this.locationProblem = err.code === err.PERMISSION_DENIED ? 'form.location.denied' : 'form.location.failed';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  private lookupDone(r: RepLookupResult): void {
    const t: T = this.t.bind(this);
    this.liveText = announcement(r, t);
    if (this.reportedQuery === this.query) return;
    this.reportedQuery = this.query;
    const status = r.status === 'ok' && !r.legislators.length ? 'not-found' : r.status;
    this.dispatchEvent(new M4aLookupDoneEvent({ status, count: status === 'not-found' ? 0 : r.legislators.length }));
    if (r.status === 'split' && !this.zipOnly) this.focusField('address');
  }

  private lookupFailed(err: WidgetError): void {
    if (err.kind === 'aborted') return;
    const q = this.query;
    if (err.kind === 'validation' && q) {
      this.problem = problemFromServer(err.extra.fields, queryKind(q));
      this.focusField(this.problem.field);
    } else {
      this.reportError(err);
    }
    if (this.reportedQuery === q) return;
    this.reportedQuery = q;
    this.dispatchEvent(new M4aLookupDoneEvent({ status: err.kind === 'validation' ? 'invalid' : 'error', count: 0 }));
  }

  private async focusField(field: FormField): Promise<void> {
    await this.updateComplete;
    (field === 'zip' ? this.zipInput : this.addressInput)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-rep-lookup': M4aRepLookup;
  }
}
