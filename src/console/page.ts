/**
 * What every console page shares: light DOM (one page-wide stylesheet, and uPlot's own CSS applies), the
 * translator, language and account from the app, a polite status region, and focus moved to the page heading when
 * the page opens, so screen reader and keyboard users land at its start.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiFailure, type User } from './api.js';
import { fieldErrors, FormErrors } from './field-errors.js';
import { translator, type Key, type Lang, type T } from './i18n.js';
import en from './messages.en.js';

export abstract class ConsolePage extends LitElement {
  @property({ attribute: false }) language: Lang = 'en';
  @property({ attribute: false }) user!: User;
  @state() protected status = '';
  @state() protected error = '';
  @state() protected fieldErrors = new FormErrors('');

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

  /** Runs an action, showing its failure in the page's alert, in the page's language. */
  protected async attempt<R>(action: () => Promise<R>): Promise<R | undefined> {
    this.error = '';
    try {
      return await action();
    } catch (err) {
      this.error = errorText(this.t, err);
      return undefined;
    }
  }

  /**
   * Submits one of the page's forms: the API's field errors go beside the fields they name (`this.fieldErrors`),
   * focus to the first of them; any other failure to the page's alert.
   */
  protected async submitForm<R>(
    form: { prefix: string; scope: string },
    action: () => Promise<R>,
    fieldOf: (path: string) => string | undefined,
  ): Promise<R | undefined> {
    this.fieldErrors = new FormErrors(form.prefix);
    this.error = '';
    try {
      return await action();
    } catch (err) {
      const errors = err instanceof ApiFailure ? fieldErrors(this.t, form.scope, err.fields, fieldOf) : [];
      if (!errors.length) this.error = errorText(this.t, err);
      else {
        this.fieldErrors = new FormErrors(form.prefix, errors);
        await this.updateComplete;
        this.fieldErrors.focusFirst(this);
      }
      return undefined;
    }
  }

  protected heading(text: string): TemplateResult {
    return html`<h1 tabindex="-1">${text}</h1>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      ${this.error ? html`<p class="error" role="alert">${this.t('app.error', { message: this.error })}</p>` : nothing}`;
  }
}

/**
 * What the server refused, in the page's language: by its code, never in the server's (English) words; a code the
 * console does not know yet is named in a translated sentence, and its English message logged for whoever debugs.
 */
export function failureText(t: T, failure: ApiFailure): string {
  const key = `error.${failure.code}`;
  if (key in en) return t(key as Key);
  console.warn(`m4a console: no translation for the error code ${failure.code}: ${failure.message}`);
  return t('error.other', { code: failure.code });
}

/** Any failure of a call, in the page's language (a network error too). */
export function errorText(t: T, err: unknown): string {
  if (err instanceof ApiFailure) return failureText(t, err);
  console.warn('m4a console: the call failed', err);
  return t('error.http');
}

/** A table that scrolls sideways on a narrow screen, focusable so a keyboard can scroll it. */
export function tableBox(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-box" role="region" aria-label=${label} tabindex="0">${table}</div>`;
}
