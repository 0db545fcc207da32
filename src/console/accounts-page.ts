/** Accounts (owner): invite links, roles, disabling, resetting an authenticator, requiring a second factor. */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  AccountList,
  ConsoleOk,
  ConsoleSettings,
  ConsoleUser,
  InviteLink,
  type PendingInvite,
} from '../shared/schemas/console.js';
import { request, type User } from './api.js';
import { formatDate } from './i18n.js';
import { ConsolePage, tableBox } from './page.js';

const ROLES = ['viewer', 'organizer', 'owner'] as const;

export class M4aConsoleAccounts extends ConsolePage {
  @state() private accounts: User[] = [];
  @state() private invites: PendingInvite[] = [];
  @state() private requireTotp = false;
  @state() private invite: InviteLink | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const res = await this.attempt(() =>
      Promise.all([request(AccountList, 'GET', '/accounts'), request(ConsoleSettings, 'GET', '/settings')]),
    );
    if (res) {
      this.accounts = res[0].accounts;
      this.invites = res[0].invites;
      this.requireTotp = res[1].requireSecondFactor;
    }
  }

  protected override render() {
    const t = this.t;
    const role = (r: string) => t(`role.${r as (typeof ROLES)[number]}`);
    return html`${this.heading(t('accounts.title'))}
      <section aria-labelledby="invite-h"><h2 id="invite-h">${t('accounts.invite')}</h2>
        <form class="inline" @submit=${this.createInvite}>
          <label>${t('accounts.role')} <select name="role">${ROLES.map((r) => html`<option value=${r}>${role(r)}</option>`)}</select></label>
          <button type="submit">${t('accounts.create')}</button>
        </form>
        ${
          this.invite
            ? html`<div class="notice"><p>${t('accounts.inviteLink', { date: formatDate(this.language, this.invite.expiresAt) })}</p>
          <p><input class="link" readonly aria-label=${t('accounts.invite')} .value=${this.invite.url} /></p></div>`
            : nothing
        }
        <p>${t('accounts.pending', { count: this.invites.length })}</p>
      </section>
      ${tableBox(
        t('accounts.title'),
        html`<table>
        <thead><tr><th scope="col">${t('accounts.name')}</th><th scope="col">${t('people.email')}</th>
          <th scope="col">${t('accounts.role')}</th><th scope="col">${t('accounts.secondFactor')}</th>
          <th scope="col">${t('accounts.state')}</th></tr></thead>
        <tbody>${this.accounts.map(
          (a) => html`<tr><th scope="row">${a.name}</th><td>${a.email}</td>
          <td><select aria-label=${t('accounts.changeRole', { name: a.name })} @change=${(e: Event) =>
            this.change(a, { role: (e.target as HTMLSelectElement).value })}>
            ${ROLES.map((r) => html`<option value=${r} ?selected=${a.role === r}>${role(r)}</option>`)}</select></td>
          <td>${t(a.totp ? 'accounts.yes' : 'accounts.no')}
            ${
              a.totp
                ? html`<button type="button" @click=${() => this.resetTotp(a)}>${t('accounts.resetTotp', { name: a.name })}</button>`
                : nothing
            }</td>
          <td>${t(a.disabled ? 'accounts.disabled' : 'accounts.enabled')}
            ${
              a.id === this.user.id
                ? nothing
                : html`<button type="button" @click=${() => this.change(a, { disabled: !a.disabled })}>
              ${t(a.disabled ? 'accounts.enable' : 'accounts.disable', { name: a.name })}</button>`
            }</td>
        </tr>`,
        )}</tbody></table>`,
      )}
      <section aria-labelledby="settings-h"><h2 id="settings-h">${t('accounts.settings')}</h2>
        <label><input type="checkbox" .checked=${this.requireTotp} @change=${this.toggleTotp} /> ${t('accounts.requireTotp')}</label>
      </section>`;
  }

  private async createInvite(e: SubmitEvent) {
    e.preventDefault();
    const role = String(new FormData(e.target as HTMLFormElement).get('role'));
    const invite = await this.attempt(() => request(InviteLink, 'POST', '/accounts/invites', { role }));
    if (invite) {
      this.invite = invite;
      await this.load();
      this.querySelector<HTMLInputElement>('input.link')?.select();
    }
  }

  private async change(a: User, change: { role?: string; disabled?: boolean }) {
    if (await this.attempt(() => request(ConsoleUser, 'PATCH', `/accounts/${a.id}`, change)))
      this.status = this.t('form.saved');
    await this.load();
  }

  private async resetTotp(a: User) {
    if (await this.attempt(() => request(ConsoleOk, 'DELETE', `/accounts/${a.id}/totp`)))
      this.status = this.t('form.saved');
    await this.load();
  }

  private async toggleTotp(e: Event) {
    const requireSecondFactor = (e.target as HTMLInputElement).checked;
    if (await this.attempt(() => request(ConsoleSettings, 'PUT', '/settings', { requireSecondFactor })))
      this.status = this.t('form.saved');
    await this.load();
  }
}
customElements.define('m4a-console-accounts', M4aConsoleAccounts);
