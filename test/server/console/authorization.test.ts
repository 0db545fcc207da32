/**
 * Authorization of every `/api/console` route, found from the app itself so a new route cannot be missed: a
 * signed-out request gets 401, a viewer gets no personal data from any route, an organizer cannot manage
 * accounts, and a cross-site state change is refused before anything runs.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { postSignup, validSignup } from '../signups/helpers.js';
import { consoleSetup, invited, owner, type Client } from '../accounts/helpers.js';

/** Reachable signed out: who am I, the links, sign-in, sign-out. */
const PUBLIC = [
  'GET /api/console/session',
  'POST /api/console/links/check',
  'POST /api/console/links/accept',
  'POST /api/console/sign-in',
  'POST /api/console/sign-out',
];
/** A viewer's own account: enrolling a second factor, the password. */
const OWN = [
  'POST /api/console/password',
  'POST /api/console/totp/start',
  'POST /api/console/totp/confirm',
  'DELETE /api/console/totp',
];
/** What a viewer may read: counts, and the local targets (officials the public lookup shows anyway), read-only. */
const VIEWER_READS = ['/api/console/session', '/api/console/overview', '/api/console/targets'];
const PERSONAL = ['ana@example.org', 'Muñoz', '555-0123', '5550123', '53703', 'Weekends'];

type Setup = Awaited<ReturnType<typeof consoleSetup>>;

describe('console authorization', () => {
  let s: Setup;
  let routes: { method: string; path: string }[];
  let ownerC: Client;
  let organizer: Client;
  let viewer: Client;
  let ids: { signup: string; event: string };

  const concrete = (path: string) =>
    path.replace(':id', path.includes('/events/') ? ids.event : ids.signup).replace(':destination', 'webhook');

  before(async () => {
    s = await consoleSetup();
    ownerC = await owner(s);
    organizer = await invited(s, ownerC, 'organizer');
    viewer = await invited(s, ownerC, 'viewer');
    await postSignup(s.app, validSignup());
    ids = {
      signup: (await s.db.kysely.selectFrom('signups').select('id').executeTakeFirstOrThrow()).id,
      event: 'reference:none',
    };
    const seen = new Set<string>();
    routes = s.app.routes
      .filter((r) => r.path.startsWith('/api/console/') && r.method !== 'ALL' && !r.path.endsWith('*'))
      .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
    assert.ok(routes.length > 25, `${routes.length} console routes`);
  });

  it('answers 401 to a signed-out request on every route but the public ones', async () => {
    const anonymous = s.client('10.3.0.1');
    for (const r of routes) {
      if (PUBLIC.includes(`${r.method} ${r.path}`)) continue;
      const res = await anonymous.request(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
      assert.equal(res.status, 401, `${r.method} ${r.path}`);
      assert.ok(!(await res.text()).includes('ana@example.org'));
    }
  });

  it('gives a viewer no personal data from any route, and 403 on every change but its own account', async () => {
    for (const r of routes) {
      const key = `${r.method} ${r.path}`;
      if (PUBLIC.includes(key) && r.method !== 'GET') continue;
      const res = await viewer.request(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
      const body = await res.text();
      for (const p of PERSONAL) assert.ok(!body.includes(p), `${key} answered ${res.status} with ${p}`);
      if (r.method !== 'GET' && !OWN.includes(key)) assert.equal(res.status, 403, key);
      if (r.method === 'GET' && !VIEWER_READS.includes(r.path)) {
        assert.equal(res.status, 403, key);
      }
    }
  });

  it('refuses an organizer every accounts, settings and audit route, and deleting people', async () => {
    const ownerOnly = routes.filter(
      (r) =>
        /\/(accounts|settings|audit)/.test(r.path) ||
        (r.method === 'DELETE' && r.path === '/api/console/people/:id') ||
        r.path.endsWith('/paused'),
    );
    assert.ok(ownerOnly.length >= 7);
    for (const r of ownerOnly) {
      const res = await organizer.request(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
      assert.equal(res.status, 403, `${r.method} ${r.path}`);
    }
    assert.equal((await organizer.get('/api/console/people')).status, 200);
    assert.equal((await ownerC.get('/api/console/accounts')).status, 200);
  });

  it('refuses a cross-site state change on every route, signed in as owner', async () => {
    ownerC.origin = 'https://attacker.example';
    try {
      for (const r of routes.filter((x) => x.method !== 'GET')) {
        const res = await ownerC.request(r.method, concrete(r.path), {});
        assert.equal(res.status, 403, `${r.method} ${r.path}`);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'cross_site');
      }
    } finally {
      ownerC.origin = 'http://console.test';
    }
    assert.equal((await s.db.kysely.selectFrom('signups').select('id').execute()).length, 1, 'nothing was deleted');
  });
});
