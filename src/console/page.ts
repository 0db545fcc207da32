/**
 * What every console page shares: light DOM (one page-wide stylesheet, and uPlot's own CSS applies), the
 * translator, language and account from the app, a polite status region, and focus moved to the page heading when
 * the page opens, so screen reader and keyboard users land at its start.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiFailure, type User } from './api.js';
import { translator, type Key, type Lang, type T } from './i18n.js';
import en from './messages.en.js';

export abstract class ConsolePage extends LitElement {
  @property({ attribute: false }) language: Lang = 'en';
  @property({ attribute: false }) user!: User;
  @state() protected status = '';
  @state() protected error = '';

  protected get t(): T {
    return translator(this.language);
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('h1')?.focus());
  }

  /** Runs an action, showing its failure in the page's alert (the message the server gave, which says how to fix it). */
  protected async attempt<R>(action: () => Promise<R>): Promise<R | undefined> {
    this.error = '';
    try {
      return await action();
    } catch (err) {
      this.error = err instanceof ApiFailure ? failureText(this.t, err) : String(err);
      return undefined;
    }
  }

  protected heading(text: string): TemplateResult {
    return html`<h1 tabindex="-1">${text}</h1>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      ${this.error ? html`<p class="error" role="alert">${this.t('app.error', { message: this.error })}</p>` : nothing}`;
  }
}

/** What the server refused, in the page's language when the console knows the code (else the server's words). */
export function failureText(t: T, failure: ApiFailure): string {
  const key = `error.${failure.code}`;
  return key in en ? t(key as Key, { message: failure.message }) : failure.message;
}

/** A table that scrolls sideways on a narrow screen, focusable so a keyboard can scroll it. */
export function tableBox(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-box" role="region" aria-label=${label} tabindex="0">${table}</div>`;
}
