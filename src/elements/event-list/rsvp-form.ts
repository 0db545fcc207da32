/**
 * The inline RSVP of the reference server's own events: a short form (name, email, ZIP, optional phone) that goes
 * through the visitor's device queue (src/core/device-queue.ts), the same path as the signup form. An RSVP is stored
 * on the device before it is sent; offline, it is kept and sent later, and the visitor is told so.
 *
 * A chunk of its own, with the form helpers and their styles: rsvp.ts loads it when a visitor opens an RSVP, or
 * when this device may hold RSVPs not sent yet.
 */
import { html, supportsAdoptingStyleSheets, adoptStyles, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  errorSummary,
  focusControl,
  focusErrorSummary,
  problemMessage,
  textField,
  type FormProblem,
} from '../../core/form.js';
import { DeviceQueueController } from '../../core/device-queue-controller.js';
import { formStyles } from '../../core/form.styles.js';
import type { WidgetError } from '../../core/errors.js';
import type { Receipt } from '../../shared/schemas/common.js';
import { RsvpRequest, type M4aEvent } from '../../shared/schemas/event.js';
import type { EventListKey, T } from './messages.en.js';
import { defineCatalog } from '../../core/i18n.js';
import en from './rsvp-messages.en.js';

/** This chunk's strings: the list adds them to its own once it has loaded (event-list.ts). */
export const catalog = defineCatalog(en, { es: () => import('./rsvp-messages.es.js') });

export const RSVP_KIND = 'rsvp';
const FIELDS = ['firstName', 'lastName', 'email', 'zip', 'phone'] as const;
type Field = (typeof FIELDS)[number];

type Phase = 'open' | 'sending' | 'sent' | 'queued';

interface Entry {
  phase: Phase;
  errors: FormProblem<string, EventListKey>[];
  description?: string | undefined;
  persisted?: boolean;
}

export interface RsvpHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  t: T;
}

export interface RsvpDeps {
  /** Sends one RSVP with its idempotency key; throws a WidgetError on failure. */
  send: (payload: RsvpRequest, key: string) => Promise<Receipt>;
  /** Which backend RSVPs go to now (`backendRefOf`), or undefined when there is none. */
  backendRef: () => string | undefined;
  /** An RSVP was confirmed or stored to be sent later. */
  onStatus: (eventId: string, status: 'sent' | 'queued') => void;
}

const fieldId = (eventId: string, field: Field) => `rsvp-${eventId}-${field}`;

export class RsvpController {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: DeviceQueueController<RsvpRequest, Receipt>;

  constructor(
    private readonly host: RsvpHost,
    private readonly deps: RsvpDeps,
  ) {
    adoptFormStyles(host.renderRoot);
    this.queue = new DeviceQueueController<RsvpRequest, Receipt>(host, {
      kind: RSVP_KIND,
      // Only lists that show an inline RSVP replay stored ones: see ensureReplay.
      eager: false,
      send: deps.send,
      backendRef: deps.backendRef,
      onSent: ({ item, sentHere }) => {
        const entry = this.entries.get(item.payload.eventId);
        if (entry?.phase === 'queued') {
          entry.phase = 'sent';
          this.host.requestUpdate();
        }
        if (sentHere) this.deps.onStatus(item.payload.eventId, 'sent');
      },
      onRejected: ({ item, error }) => {
        console.warn(`m4a-widgets <m4a-event-list>: a stored RSVP was refused by the backend: ${error?.detail ?? ''}`);
        const entry = this.entries.get(item.payload.eventId);
        if (entry?.phase === 'queued') {
          Object.assign(entry, { phase: 'open', ...this.problems(error) });
          this.host.requestUpdate();
        }
      },
    });
  }

  /** Sends RSVPs this device still holds for the current backend (from a dropped connection or an earlier visit). */
  ensureReplay(): void {
    this.queue.connect();
  }

  /** Whether the visitor opened the form of this event. */
  isOpen(eventId: string): boolean {
    const phase = this.entries.get(eventId)?.phase;
    return phase === 'open' || phase === 'sending';
  }

  /** The message that replaces the button and form once an RSVP is sent or stored, if it is. */
  renderDone(event: M4aEvent): TemplateResult | undefined {
    const entry = this.entries.get(event.id);
    if (entry?.phase !== 'sent' && entry?.phase !== 'queued') return undefined;
    const t: T = (key, params) => this.host.t(key, params);
    const message = entry.phase === 'sent' ? t('rsvp.sent') : t(entry.persisted ? 'rsvp.queued' : 'rsvp.queued.memory');
    return html`<p class="rsvp-done ${entry.phase}" part="rsvp-status" id=${`rsvp-${event.id}`} role="status" tabindex="-1">${message}</p>`;
  }

  /** The open form of an event (see {@link isOpen}). */
  renderForm(event: M4aEvent): TemplateResult {
    const t: T = (key, params) => this.host.t(key, params);
    const entry = this.entries.get(event.id)!;
    const sending = entry.phase === 'sending';
    const field = (name: Field, extra: Partial<Parameters<typeof textField>[0]>) =>
      textField({
        id: fieldId(event.id, name),
        name,
        label: t(`rsvp.${name}`),
        errorPrefix: t('rsvp.error.prefix'),
        error: problemMessage(entry.errors, fieldId(event.id, name), t),
        value: '',
        ...extra,
      });
    return html`<form id=${`rsvp-${event.id}`} class="rsvp-form" part="rsvp-form" novalidate aria-label=${t('rsvp.form.label', { title: event.title })}
      @submit=${(e: SubmitEvent) => this.submit(e, event)}>
      ${errorSummary({
        title: t('rsvp.errors.title'),
        problems: entry.errors,
        t,
        description: entry.description,
        onSelect: (id) => focusControl(this.host.renderRoot as ShadowRoot, id),
      })}
      ${field('firstName', { required: true, autocomplete: 'given-name', maxlength: 100 })}
      ${field('lastName', { autocomplete: 'family-name', maxlength: 100 })}
      ${field('email', { required: true, type: 'email', autocomplete: 'email', inputmode: 'email' })}
      ${field('zip', { required: true, autocomplete: 'postal-code', inputmode: 'numeric', maxlength: 10, width: 'w-short' })}
      ${field('phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 20 })}
      <button class="button" part="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? t('rsvp.sending') : t('rsvp.submit')}
      </button>
    </form>`;
  }

  /** Opens or closes the form of an event. */
  toggle(eventId: string): void {
    if (this.entries.has(eventId)) this.entries.delete(eventId);
    else {
      this.entries.set(eventId, { phase: 'open', errors: [] });
      // The visitor is about to fill the form: an RSVP sent after the connection drops is still kept.
      this.queue.prepare();
    }
    this.host.requestUpdate();
  }

  private async submit(e: SubmitEvent, event: M4aEvent): Promise<void> {
    e.preventDefault();
    const entry = this.entries.get(event.id);
    if (!entry || entry.phase === 'sending') return;
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: Field) => String(data.get(name) ?? '').trim();
    const payload = {
      eventId: event.id,
      firstName: value('firstName'),
      ...(value('lastName') ? { lastName: value('lastName') } : {}),
      email: value('email'),
      zip: value('zip'),
      ...(value('phone') ? { phone: value('phone') } : {}),
    };
    const parsed = RsvpRequest.safeParse(payload);
    if (!parsed.success) {
      const paths = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      this.show(form, entry, { errors: this.fieldErrors(event.id, [...paths]), description: undefined, phase: 'open' });
      return;
    }
    if (!this.deps.backendRef()) return;
    entry.phase = 'sending';
    entry.errors = [];
    entry.description = undefined;
    this.host.requestUpdate();
    const outcome = await this.queue.submit(parsed.data);
    if (outcome.status === 'rejected') {
      this.show(form, entry, { phase: 'open', ...this.problems(outcome.error, event.id) });
      return;
    }
    entry.phase = outcome.status;
    if (outcome.status === 'queued') entry.persisted = outcome.persisted;
    this.deps.onStatus(event.id, outcome.status);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[id="rsvp-${event.id}"]`)?.focus();
  }

  private async show(form: HTMLFormElement, entry: Entry, patch: Partial<Entry>): Promise<void> {
    Object.assign(entry, patch);
    this.host.requestUpdate();
    await this.host.updateComplete;
    focusErrorSummary(form);
  }

  private fieldErrors(eventId: string, paths: readonly string[]): FormProblem<string, EventListKey>[] {
    return FIELDS.filter((f) => paths.includes(f)).map((f) => ({ field: fieldId(eventId, f), key: `rsvp.error.${f}` }));
  }

  /** What to tell the visitor about a refusal: the fields the backend named, or the kind of failure. */
  private problems(error: WidgetError | undefined, eventId?: string): Pick<Entry, 'errors' | 'description'> {
    const fields = error?.extra.fields?.map((f) => f.path.split('.').pop() ?? f.path) ?? [];
    const errors = eventId ? this.fieldErrors(eventId, fields) : [];
    if (errors.length) return { errors, description: undefined };
    const kind = error?.kind ?? 'http';
    return {
      errors: [],
      description: this.host.t(`error.${kind}`, {
        status: error?.extra.status ?? '',
        feature: this.host.t('feature.rsvp'),
      }),
    };
  }
}

/** The form's styles, added to the list's own when this chunk arrives (a list without inline RSVPs never needs them). */
function adoptFormStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = formStyles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    adoptStyles(root, [formStyles]);
  }
}
