/** Signing in, and creating an account from a setup or invite link (the token is read from the URL fragment). */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api, ApiFailure, type SessionInfo } from './api.js';
import { formatDate } from './i18n.js';
import { ConsolePage, failureText } from './page.js';

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
        <label>${t('signIn.email')} <input type="email" name="email" autocomplete="username" required /></label>
        <label>${t('signIn.password')} <input type="password" name="password" autocomplete="current-password" required /></label>
        ${
          this.needCode
            ? html`<label>${t('signIn.code')} <input name="code" inputmode="numeric" autocomplete="one-time-code"
          pattern="[0-9]{6}" maxlength="6" required /></label>`
            : nothing
        }
        <button type="submit">${t('signIn.submit')}</button>
      </form>`;
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const body = {
      email: String(data.get('email')),
      password: String(data.get('password')),
      ...(data.get('code') ? { code: String(data.get('code')) } : {}),
    };
    this.error = '';
    try {
      signedIn(this, await api<SessionInfo>('POST', '/sign-in', body));
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      if (err.code === 'second_factor') {
        this.needCode = true;
        this.status = this.t('signIn.needCode');
        await this.updateComplete;
        this.querySelector<HTMLInputElement>('input[name=code]')?.focus();
      } else if (err.code === 'throttled') {
        this.error = this.t('signIn.throttled', { minutes: Math.max(1, Math.ceil(err.retryAfter / 60)) });
      } else this.error = err.code === 'wrong_credentials' ? this.t('signIn.wrong') : failureText(this.t, err);
    }
  }
}
customElements.define('m4a-console-sign-in', M4aConsoleSignIn);

export class M4aConsoleLink extends ConsolePage {
  @property({ attribute: false }) token = '';
  @state() private link: { kind: 'setup' | 'invite'; role: string; expiresAt: string } | undefined;
  @state() private invalid = false;

  override connectedCallback(): void {
    super.connectedCallback();
    api<NonNullable<typeof this.link>>('POST', '/links/check', { token: this.token }).then(
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
    return html`${this.heading(title)}
      <p>${t('link.intro', { role, date: formatDate(this.language, this.link.expiresAt) })}</p>
      <form class="narrow" @submit=${this.submit}>
        <label>${t('link.name')} <input name="name" autocomplete="name" required maxlength="100" /></label>
        <label>${t('signIn.email')} <input type="email" name="email" autocomplete="username" required /></label>
        <label>${t('signIn.password')} <input type="password" name="password" autocomplete="new-password" minlength="12" required
          aria-describedby="pw-hint" /></label>
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
    const session = await this.attempt(() => api<SessionInfo>('POST', '/links/accept', body));
    if (session) {
      // The link is spent: it must not stay in the address bar or the history.
      history.replaceState(null, '', `${location.pathname}#/overview`);
      signedIn(this, session);
    }
  }
}
customElements.define('m4a-console-link', M4aConsoleLink);
