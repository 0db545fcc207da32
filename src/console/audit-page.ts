/** The audit log (owner): who, when, what; account names resolved from ids. */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { AccountList, AuditPage, type AuditEntry } from '../shared/schemas/console.js';
import { query, request } from './api.js';
import { formatDate } from './i18n.js';
import { ConsolePage, tableBox } from './page.js';

export class M4aConsoleAudit extends ConsolePage {
  @state() private entries: AuditEntry[] = [];
  @state() private names = new Map<string, string>();
  @state() private more = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(before?: string) {
    const res = await this.attempt(() =>
      Promise.all([
        request(AuditPage, 'GET', `/audit${query({ before, limit: '100' })}`),
        request(AccountList, 'GET', '/accounts'),
      ]),
    );
    if (!res) return;
    this.entries = before ? [...this.entries, ...res[0].entries] : res[0].entries;
    this.more = res[0].entries.length === 100;
    this.names = new Map(res[1].accounts.map((a) => [a.id, a.name]));
  }

  protected override render() {
    const t = this.t;
    const who = (id: string | null) => (id ? (this.names.get(id) ?? t('audit.nobody')) : '—');
    return html`${this.heading(t('audit.title'))}
      ${tableBox(
        t('audit.title'),
        html`<table>
        <thead><tr><th scope="col">${t('audit.when')}</th><th scope="col">${t('audit.who')}</th>
          <th scope="col">${t('audit.what')}</th><th scope="col">${t('audit.detail')}</th></tr></thead>
        <tbody>${this.entries.map(
          (e) => html`<tr><td>${formatDate(this.language, e.at)}</td><td>${who(e.actor)}</td>
          <td>${e.action}${e.target ? html` · ${this.names.get(e.target) ?? e.target}` : nothing}</td>
          <td><code>${Object.keys(e.detail).length ? JSON.stringify(e.detail) : ''}</code></td></tr>`,
        )}</tbody>
      </table>`,
      )}
      ${
        this.more
          ? html`<p><button type="button" @click=${() => this.load(this.entries.at(-1)?.id)}>${t('audit.more')}</button></p>`
          : nothing
      }`;
  }
}
customElements.define('m4a-console-audit', M4aConsoleAudit);
