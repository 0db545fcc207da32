/**
 * People: search and filters (sent to the server, which pages by cursor), the result table, export of the current
 * filter, and one person's detail (person-detail.ts) at `#/people/<id>`.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PeopleFacets, PeoplePage } from '../shared/schemas/console.js';
import { query, request } from './api.js';
import { formatDate } from './i18n.js';
import { ConsolePage, tableBox } from './page.js';
import './person-detail.js';

type Filters = Record<'q' | 'from' | 'to' | 'source' | 'interest' | 'email' | 'sms' | 'spam' | 'sort', string>;

const EMPTY: Filters = {
  q: '',
  from: '',
  to: '',
  source: '',
  interest: '',
  email: '',
  sms: '',
  spam: 'exclude',
  sort: 'newest',
};

export const personName = (p: { givenName: string | null; familyName: string | null; email: string }) =>
  [p.givenName, p.familyName].filter(Boolean).join(' ') || p.email;

export class M4aConsolePeople extends ConsolePage {
  /** The person shown (from the URL), or empty for the list. */
  @property({ attribute: false }) personId = '';
  @state() private filters: Filters = { ...EMPTY };
  @state() private page: PeoplePage | undefined;
  @state() private cursors: string[] = [];
  @state() private sources: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // The filter menu's sources after the first page: the table comes first.
    void this.load()
      .then(() => request(PeopleFacets, 'GET', '/people/facets'))
      .then(
        (f) => (this.sources = f.sources),
        () => undefined,
      );
  }

  private async load() {
    const cursor = this.cursors.at(-1);
    const page = await this.attempt(() => request(PeoplePage, 'GET', `/people${query({ ...this.filters, cursor })}`));
    if (page) {
      this.page = page;
      this.status = this.t('people.count', { count: page.total });
    }
  }

  private exportHref(format: 'csv' | 'json') {
    return `/api/console/people/export${query({ ...this.filters, sort: undefined, format })}`;
  }

  protected override render() {
    if (this.personId) {
      return html`<m4a-console-person .lang=${this.language} .user=${this.user} .personId=${this.personId}></m4a-console-person>`;
    }
    const t = this.t;
    const f = this.filters;
    const choice = (name: keyof Filters, label: string, options: [string, string][]) => html`<label>${label}
      <select name=${name}>${options.map(([v, l]) => html`<option value=${v} ?selected=${f[name] === v}>${l}</option>`)}</select>
    </label>`;
    const yesNo: [string, string][] = [
      ['', t('people.any')],
      ['yes', t('people.yes')],
      ['no', t('people.no')],
    ];
    return html`${this.heading(t('people.title'))}
      <form class="filters" role="search" @submit=${this.apply}>
        <label class="wide">${t('people.search')} <input type="search" name="q" .value=${f.q} maxlength="100" /></label>
        <fieldset>
          <legend>${t('people.filters')}</legend>
          <label>${t('overview.from')} <input type="date" name="from" .value=${f.from} /></label>
          <label>${t('overview.to')} <input type="date" name="to" .value=${f.to} /></label>
          ${choice('source', t('people.source'), [['', t('people.any')], ...this.sources.map((s): [string, string] => [s, s])])}
          <label>${t('people.interest')} <input name="interest" .value=${f.interest} maxlength="100" /></label>
          ${choice('email', t('people.emailOptIn'), yesNo)} ${choice('sms', t('people.smsOptIn'), yesNo)}
          ${choice('spam', t('people.spam'), [
            ['exclude', t('people.spamExclude')],
            ['include', t('people.spamInclude')],
            ['only', t('people.spamOnly')],
          ])}
          ${choice('sort', t('people.sort'), [
            ['newest', t('people.newest')],
            ['oldest', t('people.oldest')],
          ])}
        </fieldset>
        <button type="submit">${t('people.apply')}</button>
      </form>
      <p class="actions">
        <a class="button" href=${this.exportHref('csv')} download>${t('people.exportCsv')}</a>
        <a class="button" href=${this.exportHref('json')} download>${t('people.exportJson')}</a>
      </p>
      ${this.page ? this.results(this.page) : html`<p>${t('app.loading')}</p>`}`;
  }

  private results(page: PeoplePage) {
    const t = this.t;
    if (!page.people.length) return html`<p>${t('people.none')}</p>`;
    return html`${tableBox(
      t('people.title'),
      html`<table class="people">
        <caption>${t('people.count', { count: page.total })}</caption>
        <thead><tr><th scope="col">${t('people.name')}</th><th scope="col">${t('people.email')}</th>
          <th scope="col">${t('people.zip')}</th><th scope="col">${t('people.source')}</th>
          <th scope="col">${t('people.received')}</th><th scope="col">${t('people.flags')}</th></tr></thead>
        <tbody>${page.people.map(
          (p) => html`<tr>
          <th scope="row"><a href="#/people/${p.id}" aria-label=${t('people.open', { name: personName(p) })}>${personName(p)}</a></th>
          <td>${p.email}</td><td>${p.zip}</td><td>${p.source ?? ''}</td><td>${formatDate(this.language, p.receivedAt)}</td>
          <td>${p.spamReason ? t('people.spamFlag') : nothing}</td></tr>`,
        )}</tbody>
      </table>`,
    )}
      <nav class="pager" aria-label=${t('people.title')}>
        ${this.cursors.length ? html`<button type="button" @click=${this.previous}>${t('people.previous')}</button>` : nothing}
        ${page.next ? html`<button type="button" @click=${() => this.next(page.next!)}>${t('people.next')}</button>` : nothing}
      </nav>`;
  }

  private apply(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.filters = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, String(form.get(k) ?? '').trim()])) as Filters;
    this.cursors = [];
    void this.load();
  }

  private next(cursor: string) {
    this.cursors = [...this.cursors, cursor];
    void this.load();
  }

  private previous() {
    this.cursors = this.cursors.slice(0, -1);
    void this.load();
  }
}
customElements.define('m4a-console-people', M4aConsolePeople);
