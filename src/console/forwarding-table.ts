/** The forwarding counts table, on the Overview (every role) and the Forwarding page. */
import { html } from 'lit';
import { formatNumber, type Lang, type T } from './i18n.js';
import { tableBox } from './page.js';

import type { ForwardingHealth } from '../shared/schemas/console.js';

export type { ForwardingHealth };

export function forwardingTable(t: T, lang: Lang, rows: ForwardingHealth[]) {
  if (!rows.length) return html`<p>${t('forwarding.none')}</p>`;
  const n = (v: number) => formatNumber(lang, v);
  return tableBox(
    t('overview.forwarding'),
    html`<table>
    <thead><tr><th scope="col">${t('forwarding.destination')}</th><th scope="col" class="num">${t('forwarding.pending')}</th>
      <th scope="col" class="num">${t('forwarding.failed')}</th><th scope="col" class="num">${t('forwarding.sent')}</th>
      <th scope="col">${t('forwarding.state')}</th></tr></thead>
    <tbody>${rows.map(
      (r) => html`<tr><th scope="row">${r.destination}</th><td class="num">${n(r.pending)}</td>
      <td class="num">${n(r.failed)}</td><td class="num">${n(r.sent)}</td>
      <td>${t(r.paused ? 'forwarding.paused' : 'forwarding.active')}</td></tr>`,
    )}</tbody>
  </table>`,
  );
}
