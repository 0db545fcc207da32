/**
 * Overview: signups per day or week by source and campaign and letters by channel (chart + the same numbers as a
 * table), RSVPs, calls and letters per office, forwarding.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { api, query } from './api.js';
import type { ChartData } from './chart.js';
import './chart.js';
import { formatDate, formatNumber } from './i18n.js';
import { ConsolePage, tableBox } from './page.js';
import { forwardingTable, type ForwardingHealth } from './forwarding-table.js';

interface Point {
  period: string;
  key: string;
  count: number;
}

interface Overview {
  from: string;
  to: string;
  bucket: 'day' | 'week';
  bySource: Point[];
  byCampaign: Point[];
  rsvps: { eventId: string; title: string; start: string; capacity: number | null; rsvps: number }[];
  calls: { legislatorId: string; office: string; outcome: string; calls: number }[];
  letters: { targetId: string; office: string; channel: string; letters: number }[];
  lettersByChannel: Point[];
  forwarding: ForwardingHealth[];
}

/** Most frequent keys first, at most `max` lines (the rest summed as "other"). */
export function toChart(points: Point[], noneLabel: string, max = 6): ChartData {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.key, (totals.get(p.key) ?? 0) + p.count);
  const keys = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const shown = keys.slice(0, max);
  const rest = keys.length > max;
  const series = shown.map((k) => ({ label: k || noneLabel, key: k, values: periods.map(() => 0) }));
  const other = { label: '…', key: '\u0000', values: periods.map(() => 0) };
  for (const p of points) {
    const line = series.find((s) => s.key === p.key) ?? other;
    line.values[periods.indexOf(p.period)]! += p.count;
  }
  return { periods, series: [...series, ...(rest ? [other] : [])].map(({ label, values }) => ({ label, values })) };
}

export class M4aConsoleOverview extends ConsolePage {
  @state() private data: Overview | undefined;
  @state() private from = '';
  @state() private to = '';
  @state() private bucket: 'day' | 'week' = 'day';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const data = await this.attempt(() =>
      api<Overview>('GET', `/overview${query({ from: this.from, to: this.to, bucket: this.bucket })}`),
    );
    if (data) {
      this.data = data;
      this.from = data.from;
      this.to = data.to;
    }
  }

  protected override render() {
    const t = this.t;
    return html`${this.heading(t('overview.title'))}
      <form class="filters" @submit=${this.apply}>
        <label>${t('overview.from')} <input type="date" name="from" .value=${this.from} required /></label>
        <label>${t('overview.to')} <input type="date" name="to" .value=${this.to} required /></label>
        <label>${t('overview.bucket')}
          <select name="bucket">
            <option value="day" ?selected=${this.bucket === 'day'}>${t('overview.day')}</option>
            <option value="week" ?selected=${this.bucket === 'week'}>${t('overview.week')}</option>
          </select>
        </label>
        <button type="submit">${t('overview.apply')}</button>
      </form>
      ${this.data ? this.sections(this.data) : html`<p>${t('app.loading')}</p>`}`;
  }

  private sections(d: Overview) {
    const t = this.t;
    const bucket = t(d.bucket === 'week' ? 'overview.week' : 'overview.day');
    return html`
      ${this.series(t('overview.bySource', { bucket }), 'by-source', d.bySource)}
      ${this.series(t('overview.byCampaign', { bucket }), 'by-campaign', d.byCampaign)}
      <section aria-labelledby="rsvps-h">
        <h2 id="rsvps-h">${t('overview.rsvps')}</h2>
        ${
          d.rsvps.length
            ? tableBox(
                t('overview.rsvps'),
                html`<table>
              <thead><tr><th scope="col">${t('overview.event')}</th><th scope="col">${t('overview.start')}</th>
                <th scope="col" class="num">${t('overview.rsvpCount')}</th>
                <th scope="col" class="num">${t('overview.capacity')}</th></tr></thead>
              <tbody>${d.rsvps.map(
                (r) => html`<tr><th scope="row">${r.title}</th><td>${formatDate(this.language, r.start)}</td>
                <td class="num">${formatNumber(this.language, r.rsvps)}</td>
                <td class="num">${r.capacity === null ? '—' : formatNumber(this.language, r.capacity)}</td></tr>`,
              )}</tbody>
            </table>`,
              )
            : html`<p>${t('overview.noEvents')}</p>`
        }
      </section>
      <section aria-labelledby="calls-h">
        <h2 id="calls-h">${t('overview.calls')}</h2>
        ${
          d.calls.length
            ? tableBox(
                t('overview.calls'),
                html`<table>
              <thead><tr><th scope="col">${t('overview.office')}</th><th scope="col">${t('overview.outcome')}</th>
                <th scope="col" class="num">${t('overview.callCount')}</th></tr></thead>
              <tbody>${d.calls.map(
                (c) => html`<tr><th scope="row">${c.office}</th><td>${c.outcome}</td>
                <td class="num">${formatNumber(this.language, c.calls)}</td></tr>`,
              )}</tbody>
            </table>`,
              )
            : html`<p>${t('overview.noCalls')}</p>`
        }
      </section>
      ${this.series(t('overview.lettersByChannel', { bucket }), 'letters-by-channel', d.lettersByChannel, t('overview.noLetters'))}
      <section aria-labelledby="letters-h">
        <h2 id="letters-h">${t('overview.letters')}</h2>
        ${
          d.letters.length
            ? tableBox(
                t('overview.letters'),
                html`<table data-table="letters">
              <thead><tr><th scope="col">${t('overview.office')}</th><th scope="col">${t('overview.channel')}</th>
                <th scope="col" class="num">${t('overview.letterCount')}</th></tr></thead>
              <tbody>${d.letters.map(
                (l) => html`<tr><th scope="row">${l.office}</th><td>${l.channel}</td>
                <td class="num">${formatNumber(this.language, l.letters)}</td></tr>`,
              )}</tbody>
            </table>`,
              )
            : html`<p>${t('overview.noLetters')}</p>`
        }
      </section>
      <section aria-labelledby="fwd-h">
        <h2 id="fwd-h">${t('overview.forwarding')}</h2>
        ${forwardingTable(t, this.language, d.forwarding)}
      </section>`;
  }

  private series(title: string, id: string, points: Point[], empty = this.t('overview.noSignups')) {
    const t = this.t;
    if (!points.length) {
      return html`<section aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2><p>${empty}</p></section>`;
    }
    const chart = toChart(points, t('overview.none'));
    return html`<section aria-labelledby="${id}-h" class="series">
      <h2 id="${id}-h">${title}</h2>
      <p class="hint">${t('overview.chartNote')}</p>
      <m4a-console-chart .data=${chart}></m4a-console-chart>
      ${tableBox(
        title,
        html`<table data-table=${id}>
        <thead><tr><th scope="col">${t('overview.period')}</th>
          ${chart.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
          <th scope="col" class="num">${t('overview.total')}</th></tr></thead>
        <tbody>${chart.periods.map(
          (p, i) => html`<tr><th scope="row">${formatDate(this.language, `${p}T00:00:00Z`, false)}</th>
          ${chart.series.map((s) => html`<td class="num">${formatNumber(this.language, s.values[i]!)}</td>`)}
          <td class="num">${formatNumber(
            this.language,
            chart.series.reduce((sum, s) => sum + s.values[i]!, 0),
          )}</td></tr>`,
        )}
        </tbody>
      </table>`,
      )}
    </section>${nothing}`;
  }

  private apply(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.from = String(form.get('from'));
    this.to = String(form.get('to'));
    this.bucket = form.get('bucket') === 'week' ? 'week' : 'day';
    void this.load();
  }
}
customElements.define('m4a-console-overview', M4aConsoleOverview);
