/**
 * The RSVP button of events with an inline RSVP. The form behind it, with the device queue it sends through, is a
 * chunk of its own (rsvp-form.ts), loaded when a visitor opens a form, or at once when this device may hold RSVPs
 * not sent yet (core/device-queue-hint.ts), so that they are sent: a visitor who only reads the list never
 * downloads it. The button stays the same element throughout, so focus stays on it while the form's code arrives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mayHoldWrites } from '../../core/device-queue-hint.js';
import type { Catalog } from '../../core/i18n.js';
import type { M4aEvent } from '../../shared/schemas/event.js';
import type { RsvpController, RsvpDeps, RsvpHost } from './rsvp-form.js';

export class RsvpSlot {
  private controller: RsvpController | undefined;
  private loading: Promise<RsvpController | undefined> | undefined;
  /** A form opening while its code loads: the element's `updateComplete` waits for it. */
  private opening: Promise<void> | undefined;

  constructor(
    private readonly host: RsvpHost,
    private readonly deps: RsvpDeps & {
      /** Adds the form's strings to the list's (`M4aElement.addCatalog`), before the form is drawn. */
      addCatalog: (catalog: Catalog) => void;
    },
  ) {}

  /** Settles once a form the visitor opened is drawn; undefined when none is on its way. */
  get pending(): Promise<void> | undefined {
    return this.opening;
  }

  /** Sends the RSVPs this device still holds for the current backend, when it may hold some. */
  ensureReplay(): void {
    if (this.controller) this.controller.ensureReplay();
    else if (mayHoldWrites()) void this.load().then((c) => c?.ensureReplay());
  }

  render(event: M4aEvent): TemplateResult {
    const c = this.controller;
    const done = c?.renderDone(event);
    if (done) return done;
    const open = c?.isOpen(event.id) ?? false;
    const t = this.host.t.bind(this.host);
    return html`<div class="rsvp">
      <button class="button" part="button rsvp" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`rsvp-${event.id}`}
        @click=${() => this.toggle(event.id)}>${t('rsvp.link')}<span class="visually-hidden">: ${event.title}</span></button>
      ${open ? c!.renderForm(event) : nothing}
    </div>`;
  }

  private toggle(eventId: string): void {
    if (this.controller) return this.controller.toggle(eventId);
    if (this.opening) return;
    this.opening = this.load().then((c) => {
      c?.toggle(eventId);
      this.opening = undefined;
    });
  }

  private load(): Promise<RsvpController | undefined> {
    this.loading ??= import('./rsvp-form.js').then(
      ({ RsvpController, catalog }) => {
        this.deps.addCatalog(catalog);
        return (this.controller = new RsvpController(this.host, this.deps));
      },
      (err: unknown) => {
        this.loading = undefined;
        console.warn('m4a-widgets <m4a-event-list>: could not load the RSVP form.', err);
        return undefined;
      },
    );
    return this.loading;
  }
}
