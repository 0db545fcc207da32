/** One person: what they gave, attribution, forwarding per destination; spam marking; deletion on request (owner). */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConsoleOk, DeletionReport, PersonDetail } from '../shared/schemas/console.js';
import { request } from './api.js';
import { formatDate } from './i18n.js';
import { ConsolePage, tableBox } from './page.js';

export class M4aConsolePerson extends ConsolePage {
  @property({ attribute: false }) personId = '';
  @state() private detail: PersonDetail | undefined;
  @state() private confirming = false;
  @state() private deleted: DeletionReport | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const detail = await this.attempt(() =>
      request(PersonDetail, 'GET', `/people/${encodeURIComponent(this.personId)}`),
    );
    if (detail) this.detail = detail;
  }

  protected override render() {
    const t = this.t;
    const back = html`<p><a href="#/people">${t('people.back')}</a></p>`;
    if (this.deleted) {
      const d = this.deleted;
      return html`${this.heading(t('person.title'))}
        <div class="notice" role="alert">
          <p>${t('person.deleted', { signups: d.signups, rsvps: d.rsvps })}</p>
          <p>${d.alreadySentTo.length ? t('person.cleanThere', { destinations: d.alreadySentTo.join(', ') }) : t('person.cleanNone')}</p>
        </div>${back}`;
    }
    if (!this.detail) return html`${this.heading(t('person.title'))}${back}`;
    const p = this.detail.person;
    const name = [p.givenName, p.familyName].filter(Boolean).join(' ') || p.email;
    const yes = (b: boolean) => t(b ? 'people.yes' : 'people.no');
    return html`${this.heading(name)}${back}
      <dl class="facts">
        <dt>${t('people.email')}</dt><dd>${p.email}</dd>
        <dt>${t('person.phone')}</dt><dd>${p.phone ?? '—'}</dd>
        <dt>${t('people.zip')}</dt><dd>${p.zip}</dd>
        <dt>${t('people.received')}</dt><dd>${formatDate(this.language, p.receivedAt)}</dd>
        <dt>${t('person.interests')}</dt><dd>${p.interests.join(', ') || '—'}</dd>
        <dt>${t('people.emailOptIn')}</dt><dd>${yes(p.emailOptIn)}</dd>
        <dt>${t('people.smsOptIn')}</dt><dd>${yes(p.smsOptIn)}</dd>
        <dt>${t('person.note')}</dt><dd>${p.note ?? '—'}</dd>
        <dt>${t('people.spam')}</dt><dd>${p.spamReason ?? t('people.no')}</dd>
      </dl>
      ${this.detail.otherSignups.length ? html`<p>${t('person.other', { count: this.detail.otherSignups.length })}</p>` : nothing}
      <h2>${t('person.attribution')}</h2>
      <dl class="facts">
        <dt>${t('people.source')}</dt><dd>${p.attribution.source ?? '—'}</dd>
        <dt>${t('person.campaign')}</dt><dd>${p.attribution.utm.campaign ?? '—'}</dd>
        <dt>${t('person.page')}</dt><dd>${p.attribution.pageUrl ?? '—'}</dd>
      </dl>
      <h2>${t('person.forwards')}</h2>
      ${
        this.detail.forwards.length
          ? tableBox(
              t('person.forwards'),
              html`<table>
            <thead><tr><th scope="col">${t('forwarding.destination')}</th><th scope="col">${t('person.status')}</th>
              <th scope="col">${t('forwarding.latestErrors')}</th></tr></thead>
            <tbody>${this.detail.forwards.map(
              (f) => html`<tr><th scope="row">${f.destination}</th>
              <td>${t(`person.status.${f.status}`)} (${t('forwarding.attempts', { count: f.attempts })})</td>
              <td>${f.lastError ?? ''}</td></tr>`,
            )}</tbody></table>`,
            )
          : html`<p>${t('person.noForwards')}</p>`
      }
      <p class="actions">
        <button type="button" @click=${() => this.spam(!p.spamReason)}>
          ${t(p.spamReason ? 'person.unmarkSpam' : 'person.markSpam')}</button>
        ${
          this.user.role === 'owner' && !this.confirming
            ? html`<button type="button" class="danger" @click=${this.askDelete}>${t('person.delete')}</button>`
            : nothing
        }
      </p>
      ${
        this.confirming
          ? html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">${t('person.deleteConfirm')}</p>
          <button type="button" class="danger" @click=${this.deletePerson}>${t('person.deleteYes')}</button>
          <button type="button" @click=${this.cancelDelete}>${t('person.deleteNo')}</button>
        </div>`
          : nothing
      }`;
  }

  private async spam(spam: boolean) {
    if (
      await this.attempt(() =>
        request(ConsoleOk, 'POST', `/people/${encodeURIComponent(this.personId)}/spam`, { spam }),
      )
    ) {
      this.status = this.t('form.saved');
      await this.load();
    }
  }

  private async askDelete() {
    this.confirming = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.confirm button')?.focus();
  }

  private cancelDelete() {
    this.confirming = false;
  }

  private async deletePerson() {
    const report = await this.attempt(() =>
      request(DeletionReport, 'DELETE', `/people/${encodeURIComponent(this.personId)}`),
    );
    this.confirming = false;
    if (report) this.deleted = report;
  }
}
customElements.define('m4a-console-person', M4aConsolePerson);
