import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { M4aElement } from '../../core/base-element.js';
import { enumAttribute } from '../../core/attributes.js';
import { WidgetError, toWidgetError } from '../../core/errors.js';
import { errorSummary, focusControl, focusErrorSummary, problemMessage, type FormProblem } from '../../core/form.js';
import { formStyles } from '../../core/form.styles.js';
import { defineCatalog } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import type { Settled, SubmitOutcome } from '../../core/device-queue.js';
import { backendRefOf, newIdempotencyKey } from '../../core/device-queue-keys.js';
import { DeviceQueueController } from '../../core/device-queue-controller.js';
import { getBackend } from '../../core/registry.js';
import { NO_BACKEND, errorView } from '../../core/status.js';
import { Receipt } from '../../shared/schemas/common.js';
import { SignupRequest } from '../../shared/schemas/signup.js';
import {
  EVENT_DETAILS,
  M4aSignupReplayedEvent,
  M4aSignupSubmittedEvent,
  signupEventDetail,
  type EventDetailLevel,
} from './dom-events.js';
import {
  baseLabel,
  controlId,
  fieldOrder,
  fieldProblem,
  renderFields,
  smsConsent,
  type FieldContext,
} from './fields.js';
import { parseFieldsConfig, type FormSetup } from './form-config.js';
import en, { type SignupKey } from './messages.en.js';
import { renderPanel } from './panels.js';
import {
  buildRequest,
  emptyValues,
  pageAttribution,
  readValues,
  serverProblems,
  validate,
  type Problems,
} from './payload.js';
import { styles } from './signup-form.styles.js';

/** Device queue kind of signups. */
const KIND = 'signup';

/**
 * @summary A volunteer signup form that never loses a signup: accessible (GOV.UK style), bilingual, configurable,
 * saved on the device and sent later when the connection or the server fails.
 *
 * @slot next-steps - Shown after a successful signup, e.g. links to upcoming events.
 *
 * @csspart base - The widget's root.
 * @csspart form - The form.
 * @csspart input - Every text input and text area.
 * @csspart button - The submit and "try sending now" buttons (also `submit` / `retry`).
 * @csspart error-summary - The box listing what to fix, shown after a submit with problems.
 * @csspart panel - The "saved" and "thank you" panels.
 * @csspart notice - The message about a signup saved on an earlier visit.
 * @csspart status - Setup errors.
 *
 * @cssprop --m4a-color-accent - Buttons, focus of choices, and panel accents.
 * @cssprop --m4a-color-danger - Error messages and the error summary.
 * @cssprop --m4a-color-success - The "thank you" panel accent.
 * @cssprop --m4a-font-family - Defaults to `inherit`.
 * @cssprop --m4a-radius - Corner radius.
 *
 * @fires m4a-signup-submitted - A valid signup was sent (`status: 'sent'`) or saved to send later (`'queued'`).
 *   Detail: `{ status, interests, source }`, plus `person` only with `event-detail="full"`.
 * @fires m4a-signup-replayed - A saved signup was confirmed later (on this page or a later visit).
 * @fires m4a-error - The widget shows an error (bad setup, or the server refused the signup).
 */
export class M4aSignupForm extends M4aElement<SignupKey> {
  protected static override catalog = defineCatalog(en, { es: () => import('./messages.es.js') });
  static override styles = [...M4aElement.styles, formStyles, styles];

  private readonly queue = new DeviceQueueController<SignupRequest, Receipt>(this, {
    kind: KIND,
    eager: true,
    // One signup write; the device queue calls it for the first try and every retry.
    send: (payload, key) =>
      this.call(Receipt, 'submitSignup', (b, signal) => b.submitSignup?.(payload, { signal, idempotencyKey: key })),
    backendRef: () => {
      const r = this.resolution;
      return r.ok && r.name !== null ? backendRefOf(r.name, r.config) : undefined;
    },
    onConnect: () => this.queueConnected(),
    onSent: (s) => this.onReplayed(s),
    onRejected: (s) => this.onReplayRejected(s),
  });

  private readonly submission = new Task<readonly [SignupRequest, string], SubmitOutcome<Receipt>>(this, {
    autoRun: false,
    task: ([payload, key]) => this.queue.submit(payload, key),
    onComplete: (outcome) => this.settle(outcome),
    onError: (err) => this.settle({ status: 'rejected', error: toWidgetError(err) }),
  });

  /** Form setup as JSON (attribute) or an object (property): hide, require, relabel, choices, custom questions. */
  @property({ converter: { fromAttribute: (v: string | null) => v } }) fields?: unknown;

  /** Attribution source; when absent, the page URL's `source` parameter is used. */
  @property() source?: string;

  /** Who sends the text messages, named in the SMS consent wording. */
  @property() organization?: string;

  /** Text of the "thank you" panel, in place of the default. */
  @property({ attribute: 'thank-you' }) thankYou?: string;

  /** `full` adds the person's name, email, phone and ZIP to events; default `minimal` (no personal data). */
  @property({ attribute: 'event-detail' }) eventDetail?: string;

  @state() private phase: 'form' | 'queued' | 'sent' = 'form';
  @state() private problems: Problems = new Map();
  @state() private formError: WidgetError | undefined;
  @state() private persisted = true;
  @state() private notice: 'pending' | 'sent' | 'rejected' | undefined;
  @state() private announcement = '';

  private setup: { ok: true; setup: FormSetup } | { ok: false; error: WidgetError } = parseFieldsConfig(undefined);
  private detailLevel: EventDetailLevel | WidgetError = 'minimal';
  private values = emptyValues();
  /** One key per submission, kept across every retry until it is confirmed. */
  private key: string | undefined;
  private lastRequest: SignupRequest | undefined;
  private shownAt = 0;
  private focusNext: 'summary' | 'panel' | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fields')) {
      this.setup = parseFieldsConfig(this.fields);
      if (!this.setup.ok) this.reportError(this.setup.error);
    }
    if (changed.has('eventDetail')) {
      try {
        this.detailLevel = enumAttribute('event-detail', this.eventDetail, EVENT_DETAILS, 'minimal');
      } catch (err) {
        this.detailLevel = toWidgetError(err);
        this.reportError(this.detailLevel);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.shownAt && this.renderRoot.querySelector('form')) this.shownAt = performance.now();
    const focus = this.focusNext;
    this.focusNext = undefined;
    if (focus === 'summary') focusErrorSummary(this.renderRoot);
    if (focus === 'panel') this.renderRoot.querySelector<HTMLElement>('.panel-title')?.focus();
  }

  private get problemConfig(): WidgetError | undefined {
    if (!this.resolution.ok) return this.resolution.error;
    if (this.resolution.name === null) return new WidgetError('config', NO_BACKEND, { field: 'backend' });
    if (!this.setup.ok) return this.setup.error;
    return this.detailLevel instanceof WidgetError ? this.detailLevel : undefined;
  }

  override render() {
    const t = this.t.bind(this);
    const problem = this.problemConfig;
    return html`<div part="base" class="form-root surface" lang=${this.resolvedLang}>
      ${problem ? errorView(t, problem) : this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const notice = this.notice ? this.t(`earlier.${this.notice}`) : nothing;
    return html`<div class="notice" part="notice" role="status">${notice}</div>${this.phase === 'form' ? this.renderForm() : this.renderPanel(this.phase)}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderForm(): TemplateResult {
    const context = this.context;
    const pending = this.submission.status === TaskStatus.PENDING;
    const problems: FormProblem<string, SignupKey | CoreKey>[] = fieldOrder(context.setup)
      .filter((k) => this.problems.has(k))
      .map((k) => fieldProblem(context, k, this.problems.get(k)!));
    const formError = this.formError;
    const params = { status: formError?.extra.status ?? '', feature: 'submitSignup' };
    return html`<form
      part="form"
      novalidate
      aria-label=${this.t('form.label')}
      @focusin=${this.onFocusIn}
      @submit=${this.onSubmit}
    >
      ${errorSummary({
        title: this.t('summary.title'),
        problems,
        t: context.t,
        description: formError ? `${this.t('rejected')} ${this.t(`error.${formError.kind}`, params)}` : undefined,
        onSelect: (id) => focusControl(this.renderRoot as ShadowRoot, id),
      })}
      ${renderFields({
        ...context,
        values: this.values,
        error: (key) => problemMessage(problems, controlId(key), context.t),
      })}
      <div class="actions">
        <button class="button" part="button submit" type="submit" aria-disabled=${pending ? 'true' : nothing}>${this.t('submit')}</button>
        <p role="status">${pending ? this.t('submitting') : ''}</p>
      </div>
    </form>`;
  }

  /** What the field templates need; only called once the setup is known to be valid. */
  private get context(): Omit<FieldContext, 'values' | 'error'> {
    return {
      setup: (this.setup as { setup: FormSetup }).setup,
      lang: this.resolvedLang,
      t: this.t.bind(this),
      organization: this.organization?.trim() || this.t('organization.default'),
    };
  }

  private renderPanel(phase: 'queued' | 'sent'): TemplateResult {
    const { persisted, thankYou } = this;
    return renderPanel({ phase, t: this.t.bind(this), persisted, thankYou, onRetry: () => this.queue.retryNow() });
  }

  private queueConnected(): void {
    // Load the backend's code now, so a visitor who goes offline while typing can still have the signup saved.
    if (this.resolution.ok && this.resolution.name !== null)
      void getBackend(this.resolution.name, this.resolution.config).catch(() => {});
    void this.queue.queued().then((items) => {
      if (!this.notice && items.some((i) => i.key !== this.key && i.createdAt < performance.timeOrigin))
        this.notice = 'pending';
    });
  }

  private detail(payload: SignupRequest) {
    return signupEventDetail(payload, this.detailLevel instanceof WidgetError ? 'minimal' : this.detailLevel);
  }

  private settle(outcome: SubmitOutcome<Receipt>): void {
    const payload = this.lastRequest!;
    if (outcome.status === 'rejected') return this.showRejection(outcome.error);
    if (outcome.status === 'queued') {
      // Removed from the page mid-request: the device queue keeps it, the next visit sends it.
      if (outcome.error.kind === 'aborted' && !this.isConnected) return;
      console.warn(`m4a-widgets <${this.localName}>: signup saved to send later: ${outcome.error.detail}`);
      this.persisted = outcome.persisted;
    }
    this.phase = outcome.status;
    this.focusNext = 'panel';
    this.dispatchEvent(new M4aSignupSubmittedEvent({ status: outcome.status, ...this.detail(payload) }));
  }

  private showRejection(error: WidgetError): void {
    const setup = (this.setup as { setup: FormSetup }).setup;
    this.reportError(error);
    const placed =
      error.kind === 'validation' ? serverProblems(error.extra.fields ?? [], this.values, setup) : undefined;
    this.problems = placed?.problems ?? new Map();
    this.formError = !placed || placed.unplaced || placed.problems.size === 0 ? error : undefined;
    this.phase = 'form';
    this.focusNext = 'summary';
  }

  private onReplayed(s: Settled<SignupRequest, Receipt>): void {
    if (s.item.key === this.key) {
      this.phase = 'sent';
      this.announcement = this.t('sent.title');
      // Move focus only if the visitor is still here; never pull it from elsewhere on the page.
      if (this.matches(':focus-within')) this.focusNext = 'panel';
    } else if (!s.fromThisPage) {
      this.notice = 'sent';
    }
    if (s.item.key === this.key || (s.sentHere && !s.fromThisPage)) {
      this.dispatchEvent(new M4aSignupReplayedEvent({ earlierVisit: !s.fromThisPage, ...this.detail(s.item.payload) }));
    }
  }

  private onReplayRejected(s: Settled<SignupRequest, Receipt>): void {
    if (s.item.key === this.key) this.showRejection(s.error!);
    else if (!s.fromThisPage) {
      this.notice = 'rejected';
      if (s.sentHere) this.reportError(s.error!);
    }
  }

  /** The visitor started filling the form: the device queue's code loads now, so a submit made offline is kept. */
  private onFocusIn(): void {
    this.queue.prepare();
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    if (this.submission.status === TaskStatus.PENDING || !this.setup.ok || !this.queue.backendRef) return;
    const context = this.context;
    const { setup } = context;
    this.values = readValues(e.currentTarget as HTMLFormElement, setup);
    const input = buildRequest(this.values, setup, {
      lang: this.resolvedLang,
      attribution: pageAttribution(this.source),
      smsConsentText: setup.smsOptIn.hidden ? undefined : `${baseLabel(context, 'smsOptIn')}. ${smsConsent(context)}`,
      elapsedMs: performance.now() - this.shownAt,
      submittedAt: new Date().toISOString(),
    });
    this.problems = validate(this.values, setup, input);
    this.formError = undefined;
    if (this.problems.size > 0) {
      this.focusNext = 'summary';
      return;
    }
    this.lastRequest = SignupRequest.parse(input);
    this.key ??= newIdempotencyKey();
    void this.submission.run([this.lastRequest, this.key]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-signup-form': M4aSignupForm;
  }
}
