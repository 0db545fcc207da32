/**
 * Console test support: an app on a fresh test database with a controllable clock, and a tiny browser-like client
 * that keeps its cookies, sends the page's Origin and echoes the CSRF token, as the console page does.
 */
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { loadConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/log.js';
import { setupLinkIfNoOwner } from '../../../server/accounts/service.js';
import type { Role } from '../../../server/accounts/roles.js';
import { testDatabase } from '../support/db.js';

export const ORIGIN = 'http://console.test';
export const OWNER = { email: 'owner@example.org', name: 'Olga Owner', password: 'correct horse battery staple' };

export async function consoleSetup(env: Record<string, string> = {}) {
  const database = await testDatabase();
  const clock = { now: new Date('2026-10-01T15:00:00.000Z') };
  const logs: string[] = [];
  const config = Object.assign(
    loadConfig({ M4A_LOG: 'silent', M4A_ADMIN_TOKEN: 'test-admin-token-0123456789abcdef' }),
    env,
  );
  const deps: AppDeps = {
    database,
    config,
    log: createLogger('info', (l) => logs.push(l)),
    fetch: globalThis.fetch,
    now: () => clock.now,
  };
  const app = createApp(deps);
  return {
    app,
    deps,
    db: database,
    logs,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    client: (address = '10.0.0.1') => new Client(app, address),
  };
}

type App = ReturnType<typeof createApp>;

export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';
  origin: string | null = ORIGIN;

  constructor(
    private readonly app: App,
    private readonly address: string,
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    if (method !== 'GET' && !this.csrf && !('X-CSRF-Token' in headers)) await this.refresh();
    const h: Record<string, string> = { Host: new URL(ORIGIN).host, ...headers };
    if (this.cookies.size) h.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') {
      if (this.origin) h.Origin = this.origin;
      if (this.csrf && !('X-CSRF-Token' in headers)) h['X-CSRF-Token'] = this.csrf;
    }
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers: h, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };
    const env = { incoming: { socket: { remoteAddress: this.address, remotePort: 1, remoteFamily: 'IPv4' } } };
    const res = await this.app.request(`${ORIGIN}${path}`, init, env);
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0/i.test(line) || value.join('=') === '') this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    return res;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});

  /** Reads the session (and CSRF token) the way the page does on load. */
  async refresh(): Promise<{ user: { id: string; role: Role } | null; csrf: string }> {
    const body = (await (await this.get('/api/console/session')).json()) as {
      user: { id: string; role: Role } | null;
      csrf: string;
    };
    this.csrf = body.csrf;
    return body;
  }

  async signIn(email: string, password: string, code?: string): Promise<Response> {
    await this.refresh();
    const res = await this.post('/api/console/sign-in', { email, password, ...(code ? { code } : {}) });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrf: string }).csrf;
    return res;
  }

  async accept(token: string, account: { email: string; name: string; password: string }): Promise<Response> {
    await this.refresh();
    const res = await this.post('/api/console/links/accept', { token, ...account });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrf: string }).csrf;
    return res;
  }
}

type Setup = Awaited<ReturnType<typeof consoleSetup>>;

/** The owner, created through the setup link, signed in. */
export async function owner(s: Setup): Promise<Client> {
  const link = await setupLinkIfNoOwner(s.db, s.deps.now());
  const client = s.client('10.0.0.2');
  const res = await client.accept(link!.token, OWNER);
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${await res.text()}`);
  return client;
}

/** An account of `role`, invited by the owner, signed in. */
export async function invited(
  s: Setup,
  ownerClient: Client,
  role: Role,
  email = `${role}@example.org`,
): Promise<Client> {
  const res = await ownerClient.post('/api/console/accounts/invites', { role });
  const { url } = (await res.json()) as { url: string };
  const token = new URL(url).hash.replace(/^#invite=/, '');
  const client = s.client(`10.0.1.${role.length}`);
  const accepted = await client.accept(token, { email, name: `${role} person`, password: 'kestrel meadow lantern 42' });
  if (accepted.status !== 201) throw new Error(`invite failed: ${accepted.status} ${await accepted.text()}`);
  return client;
}
