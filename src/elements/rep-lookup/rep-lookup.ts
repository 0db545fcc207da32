import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { M4aElement } from '../../core/base-element.js';
import { WidgetError, toWidgetError } from '../../core/errors.js';
import { defineCatalog } from '../../core/i18n.js';
import { NO_BACKEND, errorView, loadingView } from '../../core/status.js';
import { Receipt } from '../../shared/schemas/common.js';
import type { Handoff, LetterOverrides } from '../../shared/schemas/letters.js';
import type { LocalTarget } from '../../shared/schemas/targets.js';
import { CallStats, RepLookupResult, queryKind, type RepLookupQuery } from '../../shared/schemas/representative.js';
import { M4aLookupDoneEvent } from './dom-events.js';
import { localToday, type T } from './format.js';
import { AnswerLoader } from './answer-loader.js';
import en, { type RepLookupKey } from './messages.en.js';
import { problemFromServer } from './query.js';
import { announcement, statsView } from './summary.js';
import { callScript, type ScriptKind, type ScriptOverrides } from './scripts.js';
import type { Target } from './target.js';
import { LetterConfig } from './letter-config.js';
import type { WriteSettings } from './write-flow.js';
import { SearchController } from './search-form.js';
import { readSettings, validSource, validToday } from './settings.js';
import styles from './rep-lookup.styles.js';

/**
 * @summary Who represents me, where do they stand on Medicare for All, and call them now. A ZIP code or street
 * address (or the visitor's location, where the backend takes coordinates) gives the two senators, the House
 * member and, where the data covers the state, state legislators, each with a stance badge, its source and date,
 * contacts, a call flow with a script and outcome buttons, and a write flow: a letter chosen by stance with the
 * visitor's own sentence, sent by email, the office's form, on paper (print or PDF) or a partner's campaign page. A ZIP split between districts is never resolved
 * silently: every candidate is shown and the visitor is asked for their address.
 *
 * @csspart base - The widget's root.
 * @csspart form - The search form.
 * @csspart input - Text fields (ZIP, address, the caller's name).
 * @csspart button - Every button; with `submit`, `location`, `call`, `write`, `dial`, `channel`, `outcome`, `next`, `close`,
 *   `add-address`, `retry`.
 * @csspart status - Status and error messages (also `split`, `stale`, `not-found`).
 * @csspart results - The answer.
 * @csspart group - One level of government (U.S. Congress, a state legislature).
 * @csspart card - One legislator.
 * @csspart photo - A legislator's photo, or the initials shown in its place.
 * @csspart stance - Stance badge and its source line; `stance-badge` is the badge alone, `stance-history` the member's
 *   record in earlier Congresses.
 * @csspart contacts - Phone, contact form, website, email.
 * @csspart social - A legislator's social media links.
 * @csspart warning - A card's "term ended" warning.
 * @csspart notes - Explanations that come with an answer (at-large seat, D.C., vacant seat, …).
 * @csspart call-panel - The open call script with outcome buttons.
 * @csspart script - The call script text.
 * @csspart write-panel - The open letter: the visitor's details, the preview, the channels and outcome buttons.
 * @csspart letter - The letter's preview.
 * @csspart print-letter - The letter as it prints (shown under print media only).
 * @csspart thanks - The thank-you after an outcome is reported.
 * @csspart done - The outcome mark on a card already called or written to.
 * @csspart freshness - Data date, Congress and sources.
 * @csspart stats - The weekly call count.
 *
 * @cssprop [--m4a-rep-lookup-card-min=16rem] - Narrowest card before the grid drops a column.
 * @cssprop [--m4a-color-warning=#8a5a00] - Stale-data and term-ended warnings.
 *
 * @fires m4a-lookup-done - A lookup finished: `{ status: 'ok' | 'split' | 'not-found' | 'invalid' | 'error', count }`. Never the ZIP or address.
 * @fires m4a-call-outcome - The visitor reported a call: `{ legislatorId, outcome }`.
 * @fires m4a-write-outcome - The visitor reported a letter: `{ targetId, outcome, channel }`. Never the letter.
 * @fires m4a-error - The widget shows an error: `{ tag, kind, field? }`.
 */
export class M4aRepLookup extends M4aElement<RepLookupKey> {
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });
  static override styles = [...M4aElement.styles, styles];

  private readonly lookup = new Task(this, {
    args: () => [this.query, this.resolution, this.resolvedLang] as const,
    task: async ([q, resolution], { signal }) => {
      // With no backend the widget shows what to configure; there is nothing to ask.
      if (!q || (resolution.ok && resolution.name === null)) return initialState;
      const lookup = this.call(RepLookupResult, 'lookupReps', (b, s) => b.lookupReps?.(q, { signal: s }), signal);
      const [result] = await Promise.all([lookup, this.answer.load()]);
      return result;
    },
    onComplete: (r) => this.lookupDone(r),
    onError: (e) => this.lookupFailed(toWidgetError(e)),
  });

  private readonly local = new Task(this, {
    args: () => [this.query, this.resolution, this.resolvedLang, this.targets] as const,
    task: async ([q, resolution, lang, targets], { signal }) => {
      if (!q || !resolution.ok || resolution.name === null) return initialState;
      const { findLocalTargets } = await import('./local-targets.js');
      return findLocalTargets({ attribute: targets, resolution, signal }, q, lang);
    },
    onComplete: (r) => r.problems.forEach((p) => this.reportError(p)),
  });

  private readonly search = new SearchController(this, {
    onSearch: (query, placeZip) => {
      this.answer.actions?.reset();
      this.placeZip = placeZip;
      this.liveText = '';
      this.query = query;
    },
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

  /**
   * Letters replacing the built-in ones: JSON (attribute) or an object (property) keyed by language, then by the
   * scripts' kinds, each `{"subject": "…", "body": "…"}`, with the scripts' merge fields. The visitor's own sentence
   * and signature follow the body.
   */
  @property() letters?: string | LetterOverrides;

  /**
   * A partner's letter campaign per level, used instead of the built-in channels for that level: JSON or an object,
   * e.g. `{"federal": "https://actionnetwork.org/letters/…"}` (levels `federal`, `state`, `city`, `county`, `other`).
   */
  @property() handoff?: string | Handoff;

  /** Require the visitor's own sentence ("why this matters to you") before a letter can be sent. */
  @property({ type: Boolean, attribute: 'require-personal' }) requirePersonal = false;

  /**
   * The partner's local targets (mayor, council, county board), shown after state legislators: JSON (attribute) or
   * a list (property) of entries like `{"id": "mayor", "name": "…", "title": "Mayor", "level": "city", …}`; else
   * `targets` in the page config, else the backend's. Each bad entry is named and left out; the others show.
   */
  @property() targets?: string | LocalTarget[];

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
  @state() private liveText = '';
  @state() private failedPhotos: ReadonlySet<string> = new Set();
  @state() private statsVersion = 0;

  /** ZIP for the scripts' {place}; never sent anywhere but the lookup itself. */
  private placeZip: string | undefined;
  private parsedScripts: ScriptOverrides = {};
  private level = 2;
  private settingProblems: WidgetError[] = [];
  private reportedQuery: RepLookupQuery | undefined;
  private readonly letterConfig = new LetterConfig(this);
  private readonly answer = new AnswerLoader(this, {
    hasBackend: () => this.hasBackend,
    addCatalog: (catalog) => this.addCatalog(catalog),
    backend: () => (this.resolution.ok && this.resolution.name !== null ? this.resolution : undefined),
    post: (method, invoke) => this.call(Receipt, method, invoke),
    source: () => validSource(this.source),
    script: (t, l, name, defaults) => this.script(t, l, name, defaults),
    settled: () => this.letterConfig.read,
    onCallRecorded: (r) => {
      if (r.delivery === 'counted' && this.showCallCount) this.statsVersion++;
    },
    onFailed: (e) => this.reportError(e),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const settings = ['scripts', 'today', 'zip', 'source', 'headingLevel'];
    if (settings.some((k) => changed.has(k as keyof M4aRepLookup))) this.readSettings(changed);
    if (changed.has('letters') || changed.has('handoff')) {
      void this.letterConfig.update(this.letters, this.handoff).then((ps) => ps.forEach((p) => this.reportError(p)));
    }
  }

  /** Partner settings: each bad one is shown (naming the attribute) and ignored, so the widget keeps working. */
  private readSettings(changed: PropertyValues<this>): void {
    const settings = readSettings(this);
    this.parsedScripts = settings.scripts;
    this.level = settings.level;
    if (settings.zip && changed.has('zip')) {
      this.search.setZip(settings.zip);
      this.placeZip = settings.zip.slice(0, 5);
      this.query = { zip: settings.zip };
    }
    this.settingProblems = settings.problems;
    for (const p of settings.problems) this.reportError(p);
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
    return html`<div part="base" class="base surface" lang=${this.resolvedLang}>${body}${this.answer.print(t, this.lookup.value, { local: this.local.value, settings: this.writeSettings })}</div>`;
  }

  private renderWidget(t: T): TemplateResult {
    return html`${[...this.settingProblems, ...this.letterConfig.problems].map((p) => errorView(t, p))}
      <p class="intro">${t('intro')}</p>
      ${this.renderForm(t)} ${this.renderStats(t)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>
      ${this.lookup.render({
        pending: () => loadingView(t, t('lookup.loading')),
        complete: (r) => this.renderResults(t, r),
        error: (e) => {
          const err = toWidgetError(e);
          return err.kind === 'validation' || err.kind === 'aborted'
            ? nothing
            : errorView(t, err, () => void this.lookup.run(), t('lookup.feature'));
        },
      })}`;
  }

  private renderForm(t: T): TemplateResult {
    const { zipOnly, canLocate } = this;
    return this.search.render(t, { lookupPending: this.lookup.status === TaskStatus.PENDING, zipOnly, canLocate });
  }

  private renderStats(t: T): TemplateResult | typeof nothing {
    const s = this.showCallCount ? this.stats.value : undefined;
    return s ? statsView(t, this.resolvedLang, s) : nothing;
  }

  private renderResults(t: T, r: RepLookupResult): TemplateResult {
    return this.answer.render(r, {
      t,
      lang: this.resolvedLang,
      today: this.todayDate,
      level: this.level,
      zipOnly: this.zipOnly,
      settings: this.writeSettings,
      local: this.local.value,
      failedPhotos: this.failedPhotos,
      onPhotoError: (id) => (this.failedPhotos = new Set(this.failedPhotos).add(id)),
      onAddAddress: () => void this.search.focus('address'),
    });
  }

  private get todayDate(): string {
    return validToday(this.today) ?? localToday();
  }

  private get writeSettings(): WriteSettings {
    const { resolvedLang: lang, todayDate: today, requirePersonal, placeZip } = this;
    const { letters, handoff } = this.letterConfig;
    return { lang, today, requirePersonal, placeZip, letters, handoff };
  }

  private script(t: T, target: Target, visitorName: string, defaults: (kind: ScriptKind) => string): string {
    const { resolvedLang: lang, parsedScripts: overrides, placeZip } = this;
    return callScript(target, visitorName, { t, lang, overrides, placeZip, defaults });
  }

  /* ------------------------------------------------------------ handlers */

  private lookupDone(r: RepLookupResult): void {
    const t: T = this.t.bind(this);
    this.liveText = announcement(r, t);
    if (r.legislators.length) this.answer.actions?.answered(this.resolvedLang);
    if (this.reportedQuery === this.query) return;
    this.reportedQuery = this.query;
    const status = r.status === 'ok' && !r.legislators.length ? 'not-found' : r.status;
    this.dispatchEvent(new M4aLookupDoneEvent({ status, count: status === 'not-found' ? 0 : r.legislators.length }));
    if (r.status === 'split' && !this.zipOnly) void this.search.focus('address');
  }

  private lookupFailed(err: WidgetError): void {
    if (err.kind === 'aborted') return;
    const q = this.query;
    if (err.kind === 'validation' && q) {
      this.search.showProblem(problemFromServer(err.extra.fields, queryKind(q)));
    } else {
      this.reportError(err);
    }
    if (this.reportedQuery === q) return;
    this.reportedQuery = q;
    this.dispatchEvent(new M4aLookupDoneEvent({ status: err.kind === 'validation' ? 'invalid' : 'error', count: 0 }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-rep-lookup': M4aRepLookup;
  }
}
