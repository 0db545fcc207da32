/** Forwarding: per destination the counts and latest errors; retry now (organizers), pause and resume (owners). */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ForwardingStatus, Paused, Requeued } from '../shared/schemas/console.js';
import { request } from './api.js';
import { formatDate } from './i18n.js';
import { ConsolePage } from './page.js';
import { forwardingTable } from './forwarding-table.js';

export class M4aConsoleForwarding extends ConsolePage {
  @state() private destinations: ForwardingStatus['destinations'] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const res = await this.attempt(() => request(ForwardingStatus, 'GET', '/forwarding'));
    if (res) this.destinations = res.destinations;
  }

  protected override render() {
    const t = this.t;
    const list = this.destinations;
    return html`${this.heading(t('forwarding.title'))}
      ${list ? forwardingTable(t, this.language, list) : html`<p>${t('app.loading')}</p>`}
      ${(list ?? []).map(
        (d) => html`<section aria-labelledby="dest-${d.destination}">
        <h2 id="dest-${d.destination}">${d.destination}</h2>
        <h3>${t('forwarding.latestErrors')}</h3>
        ${
          d.latestErrors.length
            ? html`<ul>${d.latestErrors.map(
                (e) => html`<li>${formatDate(this.language, e.at)}: ${e.error}
          (${t('forwarding.attempts', { count: e.attempts })})</li>`,
              )}</ul>`
            : html`<p>${t('forwarding.noErrors')}</p>`
        }
        <p class="actions">
          <button type="button" @click=${() => this.retry(d.destination)}>
            ${t('forwarding.retry', { destination: d.destination })}</button>
          ${
            this.user.role === 'owner'
              ? html`<button type="button" @click=${() => this.pause(d.destination, !d.paused)}>
            ${t(d.paused ? 'forwarding.resume' : 'forwarding.pause', { destination: d.destination })}</button>`
              : nothing
          }
        </p>
      </section>`,
      )}`;
  }

  private async retry(destination: string) {
    const res = await this.attempt(() => request(Requeued, 'POST', `/forwarding/${destination}/retry`));
    if (res) {
      this.status = this.t('forwarding.retried', { count: res.requeued });
      await this.load();
    }
  }

  private async pause(destination: string, paused: boolean) {
    if (await this.attempt(() => request(Paused, 'PUT', `/forwarding/${destination}/paused`, { paused }))) {
      this.status = this.t('form.saved');
      await this.load();
    }
  }
}
customElements.define('m4a-console-forwarding', M4aConsoleForwarding);
