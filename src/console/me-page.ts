/**
 * My account (every role): change password; set up or remove the authenticator app (TOTP). Enrolment shows the
 * otpauth URI as a QR code, with the secret as text beside it for whoever cannot scan.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import QRCode from 'qrcode';
import { ConsoleOk, TotpEnrolment } from '../shared/schemas/console.js';
import { request } from './api.js';
import { fieldsNamed } from './field-errors.js';
import { ConsolePage } from './page.js';

/** The page's forms (authenticator code, password) share one id prefix; their fields have distinct names. */
const ME_FORMS = { prefix: 'me', scope: 'account' } as const;
const fieldOf = fieldsNamed('code', 'current', 'password');

/**
 * The QR code as an image of our own SVG: a data: URL that the page's CSP allows for images (img-src data:). As an
 * image the markup never becomes DOM and cannot run anything, and forced-colors modes leave it black on white, which
 * is what a camera needs.
 */
async function qrImage(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export class M4aConsoleMe extends ConsolePage {
  @property({ attribute: false }) secondFactorRequired = false;
  @state() private enrolling: (TotpEnrolment & { qr: string }) | undefined;

  protected override render() {
    const t = this.t;
    const u = this.user;
    const e = this.fieldErrors;
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
              ? html`<form class="totp" @submit=${this.confirmTotp}>
                <p>${t('me.totpSecret')}</p>
                <div class="totp-keys">
                  <img class="qr" src=${this.enrolling.qr} alt=${t('me.totpQr')} width="192" height="192" />
                  <p><code class="secret" data-secret>${this.enrolling.secret}</code></p>
                </div>
                <p><a href=${this.enrolling.uri}>${t('me.totpLink')}</a></p>
                <label>${t('me.totpCode')} <input id="me-code" name="code" inputmode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9]{6}" maxlength="6" required aria-describedby=${e.describedBy('code')}
          aria-invalid=${e.invalid('code')} /></label>
                ${e.beside('code')}
                <button type="submit">${t('me.totpConfirm')}</button>
              </form>`
              : html`<button type="button" @click=${this.startTotp}>${t('me.totpStart')}</button>`
        }
      </section>
      <section aria-labelledby="pw-h"><h2 id="pw-h">${t('me.password')}</h2>
        <form @submit=${this.changePassword}>
          <label>${t('me.current')} <input id="me-current" type="password" name="current"
            autocomplete="current-password"
            required aria-describedby=${e.describedBy('current')}
          aria-invalid=${e.invalid('current')} /></label>${e.beside('current')}
          <label>${t('me.new')} <input id="me-password" type="password" name="password" autocomplete="new-password"
            minlength="12" required aria-describedby=${e.describedBy('password', 'pw-hint')}
          aria-invalid=${e.invalid('password')} /></label>
          ${e.beside('password')}
          <p id="pw-hint" class="hint">${t('link.passwordHint')}</p>
          <button type="submit">${t('me.changePassword')}</button>
        </form>
      </section>`;
  }

  private async startTotp() {
    const res = await this.attempt(async () => {
      const enrolment = await request(TotpEnrolment, 'POST', '/totp/start');
      return { ...enrolment, qr: await qrImage(enrolment.uri) };
    });
    if (res) {
      this.enrolling = res;
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('input[name=code]')?.focus();
    }
  }

  private async confirmTotp(e: SubmitEvent) {
    e.preventDefault();
    const code = String(new FormData(e.target as HTMLFormElement).get('code')).trim();
    if (await this.submitForm(ME_FORMS, () => request(ConsoleOk, 'POST', '/totp/confirm', { code }), fieldOf)) {
      this.enrolling = undefined;
      this.status = this.t('me.totpDone');
      this.dispatchEvent(new Event('m4a-console-account-changed', { bubbles: true }));
    }
  }

  private async removeTotp() {
    if (await this.attempt(() => request(ConsoleOk, 'DELETE', '/totp'))) {
      this.status = this.t('form.saved');
      this.dispatchEvent(new Event('m4a-console-account-changed', { bubbles: true }));
    }
  }

  private async changePassword(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const body = { current: String(data.get('current')), password: String(data.get('password')) };
    if (await this.submitForm(ME_FORMS, () => request(ConsoleOk, 'POST', '/password', body), fieldOf)) {
      form.reset();
      this.status = this.t('form.saved');
    }
  }
}
customElements.define('m4a-console-me', M4aConsoleMe);
