/**
 * The organizer console's shell: the session (from `/api/console/session`), hash routes (`#/overview`,
 * `#/people/<id>`, `#setup=<token>`, `#invite=<token>`), the navigation a role may use, the language switch. The
 * menu only mirrors the roles: the API refuses what a role may not do whatever the page shows.
 */
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ConsoleSession } from '../shared/schemas/console.js';
import { api, request, setCsrf, whenSignedOut, type SessionInfo, type User } from './api.js';
import { initialLang, saveLang, translator, type Key, type Lang } from './i18n.js';
import './sign-in.js';

type Page = 'overview' | 'people' | 'events' | 'targets' | 'forwarding' | 'accounts' | 'audit' | 'me';

const PAGES: { page: Page; key: Key; role: User['role'] }[] = [
  { page: 'overview', key: 'nav.overview', role: 'viewer' },
  { page: 'people', key: 'nav.people', role: 'organizer' },
  { page: 'events', key: 'nav.events', role: 'organizer' },
  { page: 'targets', key: 'nav.targets', role: 'viewer' },
  { page: 'forwarding', key: 'nav.forwarding', role: 'organizer' },
  { page: 'accounts', key: 'nav.accounts', role: 'owner' },
  { page: 'audit', key: 'nav.audit', role: 'owner' },
  { page: 'me', key: 'nav.me', role: 'viewer' },
];
const RANK = { viewer: 0, organizer: 1, owner: 2 } as const;

/** Each page in its own chunk: the People page, say, does not wait for the chart library or the event schemas. */
const LOAD: Record<Page, () => Promise<unknown>> = {
  overview: () => import('./overview-page.js'),
  people: () => import('./people-page.js'),
  events: () => import('./events-page.js'),
  targets: () => import('./targets-page.js'),
  forwarding: () => import('./forwarding-page.js'),
  accounts: () => import('./accounts-page.js'),
  audit: () => import('./audit-page.js'),
  me: () => import('./me-page.js'),
};

function readHash(): { page: Page; id: string; link?: string } {
  const hash = location.hash.replace(/^#\/?/, '');
  const link = /^(setup|invite)=([\w-]+)$/.exec(hash);
  if (link) return { page: 'overview', id: '', link: link[2]! };
  const [page = 'overview', id = ''] = hash.split('/');
  return { page: (PAGES.some((p) => p.page === page) ? page : 'overview') as Page, id: decodeURIComponent(id) };
}

export class M4aConsole extends LitElement {
  @state() private session: SessionInfo | undefined;
  @state() private language: Lang = initialLang();
  @state() private route = readHash();
  @state() private notice = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    saveLang(this.language);
    addEventListener('hashchange', () => (this.route = readHash()));
    whenSignedOut(() => {
      this.notice = translator(this.language)('app.sessionEnded');
      void this.load();
    });
    this.addEventListener('m4a-console-signed-in', (e) => this.use((e as CustomEvent<SessionInfo>).detail));
    this.addEventListener('m4a-console-account-changed', () => void this.load());
    // The page the address names starts loading with the session, not after it.
    void LOAD[this.route.page]();
    void this.load();
  }

  private async load() {
    this.use(await request(ConsoleSession, 'GET', '/session'));
  }

  private use(session: SessionInfo) {
    setCsrf(session.csrf);
    this.session = session;
    if (session.user) this.notice = '';
    this.route = readHash();
  }

  protected override render() {
    const t = translator(this.language);
    document.title = t('app.title');
    const user = this.session?.user;
    return html`<a class="skip" href="#main" @click=${this.skip}>${t('app.skip')}</a>
      <header class="top">
        <p class="brand">${t('app.title')}</p>
        <button type="button" class="lang" lang=${this.language === 'en' ? 'es' : 'en'} aria-label=${t('app.languageLabel')}
          @click=${this.switchLang}>${t('app.language')}</button>
        ${
          user
            ? html`<p class="who">${t('app.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</p>
          <button type="button" @click=${this.signOut}>${t('app.signOut')}</button>`
            : nothing
        }
      </header>
      ${user ? this.nav(user) : nothing}
      <main id="main" tabindex="-1">${this.main()}</main>`;
  }

  private nav(user: User) {
    const t = translator(this.language);
    return html`<nav aria-label=${t('nav.label')}><ul>
      ${PAGES.filter((p) => RANK[user.role] >= RANK[p.role]).map(
        (p) => html`<li><a href="#/${p.page}"
        aria-current=${this.route.page === p.page ? 'page' : 'false'}>${t(p.key)}</a></li>`,
      )}
    </ul></nav>`;
  }

  private main() {
    const s = this.session;
    if (!s) return html`<p>${translator(this.language)('app.loading')}</p>`;
    const lang = this.language;
    if (this.route.link && !s.user)
      return html`<m4a-console-link .language=${lang} .token=${this.route.link}></m4a-console-link>`;
    if (!s.user) return html`<m4a-console-sign-in .language=${lang} .notice=${this.notice}></m4a-console-sign-in>`;
    const user = s.user;
    const allowed = PAGES.find((p) => p.page === this.route.page && RANK[user.role] >= RANK[p.role]);
    const page = s.secondFactorRequired && !user.totp ? 'me' : (allowed?.page ?? 'overview');
    void LOAD[page]();
    switch (page) {
      case 'people':
        return html`<m4a-console-people .language=${lang} .user=${user} .personId=${this.route.id}></m4a-console-people>`;
      case 'events':
        return html`<m4a-console-events .language=${lang} .user=${user}></m4a-console-events>`;
      case 'targets':
        return html`<m4a-console-targets .language=${lang} .user=${user}></m4a-console-targets>`;
      case 'forwarding':
        return html`<m4a-console-forwarding .language=${lang} .user=${user}></m4a-console-forwarding>`;
      case 'accounts':
        return html`<m4a-console-accounts .language=${lang} .user=${user}></m4a-console-accounts>`;
      case 'audit':
        return html`<m4a-console-audit .language=${lang} .user=${user}></m4a-console-audit>`;
      case 'me':
        return html`<m4a-console-me .language=${lang} .user=${user} .secondFactorRequired=${s.secondFactorRequired}></m4a-console-me>`;
      default:
        return html`<m4a-console-overview .language=${lang} .user=${user}></m4a-console-overview>`;
    }
  }

  private skip(e: Event) {
    e.preventDefault();
    this.querySelector<HTMLElement>('main')?.focus();
  }

  private switchLang() {
    this.language = this.language === 'en' ? 'es' : 'en';
    saveLang(this.language);
  }

  private async signOut() {
    await api('POST', '/sign-out').catch(() => undefined);
    await this.load();
  }
}
customElements.define('m4a-console', M4aConsole);
