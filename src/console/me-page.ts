/** My account (every role): change password; set up or remove the authenticator app (TOTP). */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api } from './api.js';
import { ConsolePage } from './page.js';

export class M4aConsoleMe extends ConsolePage {
  @property({ attribute: false }) secondFactorRequired = false;
  @state() private enrolling: { secret: string; uri: string } | undefined;

  protected override render() {
    const t = this.t;
    const u = this.user;
    return html`${this.heading(t('me.title'))}
      <section aria-labelledby="totp-h"><h2 id="totp-h">${t('me.totp')}</h2>
        ${this.secondFactorRequired && !u.totp ? html`<p class="notice">${t('me.totpRequired')}</p>` : nothing}
        <p>${t(u.totp ? 'me.totpOn' : 'me.totpOff')}</p>
        ${
          u.totp
            ? this.secondFactorRequired
              ? nothing
              : html`<button type="button" @click=${this.removeTotp}>${t('me.totpRemove')}</button>`
            : this.enrolling
              ? html`<form @submit=${this.confirmTotp}>
                <p>${t('me.totpSecret')}</p>
                <p><code class="secret" data-secret>${this.enrolling.secret}</code></p>
                <p><a href=${this.enrolling.uri}>${t('me.totpLink')}</a></p>
                <label>${t('me.totpCode')} <input name="code" inputmode="numeric" autocomplete="one-time-code"
                  pattern="[0-9]{6}" maxlength="6" required /></label>
                <button type="submit">${t('me.totpConfirm')}</button>
              </form>`
              : html`<button type="button" @click=${this.startTotp}>${t('me.totpStart')}</button>`
        }
      </section>
      <section aria-labelledby="pw-h"><h2 id="pw-h">${t('me.password')}</h2>
        <form @submit=${this.changePassword}>
          <label>${t('me.current')} <input type="password" name="current" autocomplete="current-password" required /></label>
          <label>${t('me.new')} <input type="password" name="password" autocomplete="new-password" minlength="12" required
            aria-describedby="pw-hint" /></label>
          <p id="pw-hint" class="hint">${t('link.passwordHint')}</p>
          <button type="submit">${t('me.changePassword')}</button>
        </form>
      </section>`;
  }

  private async startTotp() {
    const res = await this.attempt(() => api<{ secret: string; uri: string }>('POST', '/totp/start'));
    if (res) {
      this.enrolling = res;
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('input[name=code]')?.focus();
    }
  }

  private async confirmTotp(e: SubmitEvent) {
    e.preventDefault();
    const code = String(new FormData(e.target as HTMLFormElement).get('code')).trim();
    if (await this.attempt(() => api('POST', '/totp/confirm', { code }))) {
      this.enrolling = undefined;
      this.status = this.t('me.totpDone');
      this.dispatchEvent(new Event('m4a-console-account-changed', { bubbles: true }));
    }
  }

  private async removeTotp() {
    if (await this.attempt(() => api('DELETE', '/totp'))) {
      this.status = this.t('form.saved');
      this.dispatchEvent(new Event('m4a-console-account-changed', { bubbles: true }));
    }
  }

  private async changePassword(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const body = { current: String(data.get('current')), password: String(data.get('password')) };
    if (await this.attempt(() => api('POST', '/password', body))) {
      form.reset();
      this.status = this.t('form.saved');
    }
  }
}
customElements.define('m4a-console-me', M4aConsoleMe);
