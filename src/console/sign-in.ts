/** Signing in, and creating an account from a setup or invite link (the token is read from the URL fragment). */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConsoleLink, ConsoleSession } from '../shared/schemas/console.js';
import { ApiFailure, request, type SessionInfo } from './api.js';
import { fieldsNamed } from './field-errors.js';
import { formatDate } from './i18n.js';
import { ConsolePage } from './page.js';

/** The forms' id prefixes; their field messages are the account ones (`field.account.*`). */
const SIGN_IN = { prefix: 'si', scope: 'account' } as const;
const NEW_ACCOUNT = { prefix: 'ln', scope: 'account' } as const;

const signedIn = (el: HTMLElement, session: SessionInfo) =>
  el.dispatchEvent(new CustomEvent<SessionInfo>('m4a-console-signed-in', { detail: session, bubbles: true }));

export class M4aConsoleSignIn extends ConsolePage {
  @property({ attribute: false }) notice = '';
  @state() private needCode = false;

  protected override render() {
    const t = this.t;
    return html`${this.heading(t('signIn.title'))}
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      <form class="narrow" @submit=${this.submit}>
        ${this.input(
          'email',
          t('signIn.email'),
          html`<input id="si-email" type="email" name="email" autocomplete="username"
          required aria-describedby=${this.fieldErrors.describedBy('email')}
          aria-invalid=${this.fieldErrors.invalid('email')} />`,
        )}
        ${this.input(
          'password',
          t('signIn.password'),
          html`<input id="si-password" type="password" name="password"
          autocomplete="current-password" required aria-describedby=${this.fieldErrors.describedBy('password')}
          aria-invalid=${this.fieldErrors.invalid('password')} />`,
        )}
        ${
          this.needCode
            ? this.input(
                'code',
                t('signIn.code'),
                html`<input id="si-code" name="code" inputmode="numeric"
                autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required
                aria-describedby=${this.fieldErrors.describedBy('code')}
          aria-invalid=${this.fieldErrors.invalid('code')} />`,
              )
            : nothing
        }
        <button type="submit">${t('signIn.submit')}</button>
      </form>`;
  }

  private input(name: string, label: string, input: TemplateResult) {
    return html`<label>${label} ${input}</label>${this.fieldErrors.beside(name)}`;
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const body = {
      email: String(data.get('email')),
      password: String(data.get('password')),
      ...(data.get('code') ? { code: String(data.get('code')) } : {}),
    };
    const session = await this.submitForm(SIGN_IN, () => this.signIn(body), fieldsNamed('email', 'password', 'code'));
    if (session) signedIn(this, session);
  }

  /** The session; or nothing when the answer asks for the code, or refuses without naming a field. */
  private async signIn(body: Record<string, string>): Promise<SessionInfo | undefined> {
    try {
      return await request(ConsoleSession, 'POST', '/sign-in', body);
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      if (err.code === 'second_factor') {
        this.needCode = true;
        this.status = this.t('signIn.needCode');
        await this.updateComplete;
        this.querySelector<HTMLInputElement>('input[name=code]')?.focus();
      } else if (err.code === 'throttled') {
        this.error = this.t('signIn.throttled', { minutes: Math.max(1, Math.ceil(err.retryAfter / 60)) });
      } else if (err.code === 'wrong_credentials') this.error = this.t('signIn.wrong');
      else throw err;
      return undefined;
    }
  }
}
customElements.define('m4a-console-sign-in', M4aConsoleSignIn);

export class M4aConsoleLink extends ConsolePage {
  @property({ attribute: false }) token = '';
  @state() private link: ConsoleLink | undefined;
  @state() private invalid = false;

  override connectedCallback(): void {
    super.connectedCallback();
    request(ConsoleLink, 'POST', '/links/check', { token: this.token }).then(
      (link) => (this.link = link),
      () => (this.invalid = true),
    );
  }

  protected override render() {
    const t = this.t;
    const title = t(this.link?.kind === 'setup' ? 'link.setupTitle' : 'link.inviteTitle');
    if (this.invalid) return html`${this.heading(title)}<p class="error" role="alert">${t('link.invalid')}</p>`;
    if (!this.link) return html`${this.heading(title)}<p>${t('app.loading')}</p>`;
    const role = t(`role.${this.link.role as 'owner' | 'organizer' | 'viewer'}`);
    const e = this.fieldErrors;
    return html`${this.heading(title)}
      <p>${t('link.intro', { role, date: formatDate(this.language, this.link.expiresAt) })}</p>
      <form class="narrow" @submit=${this.submit}>
        <label>${t('link.name')} <input id="ln-name" name="name" autocomplete="name" required maxlength="100"
          aria-describedby=${e.describedBy('name')}
          aria-invalid=${e.invalid('name')} /></label>${e.beside('name')}
        <label>${t('signIn.email')} <input id="ln-email" type="email" name="email" autocomplete="username" required
          aria-describedby=${e.describedBy('email')}
          aria-invalid=${e.invalid('email')} /></label>${e.beside('email')}
        <label>${t('signIn.password')} <input id="ln-password" type="password" name="password"
          autocomplete="new-password" minlength="12" required
          aria-describedby=${e.describedBy('password', 'pw-hint')}
          aria-invalid=${e.invalid('password')} />
        </label>${e.beside('password')}
        <p id="pw-hint" class="hint">${t('link.passwordHint')}</p>
        <button type="submit">${t('link.submit')}</button>
      </form>`;
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const body = {
      token: this.token,
      name: String(data.get('name')),
      email: String(data.get('email')),
      password: String(data.get('password')),
    };
    const session = await this.submitForm(
      NEW_ACCOUNT,
      () => request(ConsoleSession, 'POST', '/links/accept', body),
      fieldsNamed('name', 'email', 'password'),
    );
    if (session) {
      // The link is spent: it must not stay in the address bar or the history.
      history.replaceState(null, '', `${location.pathname}#/overview`);
      signedIn(this, session);
    }
  }
}
customElements.define('m4a-console-link', M4aConsoleLink);
