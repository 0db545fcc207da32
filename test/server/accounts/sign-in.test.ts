/** Console accounts: the setup link, passwords, sign-in and its throttling, sessions, CSRF and Origin checks. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupLinkIfNoOwner } from '../../../server/accounts/service.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../../server/accounts/passwords.js';
import { consoleSetup, OWNER, owner } from './helpers.js';

const MINUTE = 60_000;

describe('setup link', () => {
  it('creates the owner once; a second use, an expired link or a second owner are refused', async () => {
    const s = await consoleSetup();
    const link = await setupLinkIfNoOwner(s.db, s.deps.now());
    assert.ok(link);
    assert.equal(Date.parse(link.expiresAt) - s.deps.now().getTime(), 24 * 60 * MINUTE);
    const stale = await setupLinkIfNoOwner(s.db, s.deps.now());
    s.advance(24 * 60 * MINUTE + 1);
    const late = await s.client().accept(stale!.token, OWNER);
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { error: { code: string } }).error.code, 'link_invalid');
    const fresh = (await setupLinkIfNoOwner(s.db, s.deps.now()))!;
    const first = await s.client().accept(fresh.token, OWNER);
    assert.equal(first.status, 201);
    const again = await s.client().accept(fresh.token, { ...OWNER, email: 'other@example.org' });
    assert.equal(again.status, 409);
    assert.equal(await setupLinkIfNoOwner(s.db, s.deps.now()), undefined, 'no setup link once an owner exists');
  });

  it('refuses short, common and account-like passwords', async () => {
    const account = { email: 'maria.lopez@example.org', name: 'Maria Lopez' };
    assert.equal(passwordProblem('short pass', account), 'too_short');
    assert.equal(passwordProblem('password1234', account), 'common');
    assert.equal(passwordProblem('1qaz2wsx3edc', account), 'common');
    assert.equal(passwordProblem('aaaaaaaaaaaaaa', account), 'common');
    assert.equal(passwordProblem('maria.lopez-rocks!', account), 'like_account');
    assert.equal(passwordProblem('kestrel meadow lantern', account), undefined);
    const s = await consoleSetup();
    const link = (await setupLinkIfNoOwner(s.db, s.deps.now()))!;
    const res = await s.client().accept(link.token, { ...OWNER, password: 'qwerty123456' });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { code: string; fields: { path: string }[] } };
    assert.equal(body.error.code, 'weak_password');
    assert.equal(body.error.fields[0]!.path, 'password');
  });

  it('refuses a made-up link before hashing anything', async () => {
    const s = await consoleSetup();
    const res = await s.client().accept('x'.repeat(43), { ...OWNER, password: 'short' });
    assert.equal(res.status, 409, 'the link is judged first, however weak the password');
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'link_invalid');
  });

  it('stores passwords as salted scrypt, never in clear', async () => {
    const a = await hashPassword('kestrel meadow lantern');
    const b = await hashPassword('kestrel meadow lantern');
    assert.match(a, /^scrypt\$32768\$8\$3\$[\w-]+\$[\w-]+$/);
    assert.notEqual(a, b, 'a fresh salt each time');
    assert.equal(await verifyPassword('kestrel meadow lantern', a), true);
    assert.equal(await verifyPassword('kestrel meadow lanterN', a), false);
    const s = await consoleSetup();
    await owner(s);
    const row = await s.db.kysely.selectFrom('console_users').selectAll().executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(row).includes(OWNER.password));
  });
});

describe('sign-in', () => {
  it('signs in and out; a wrong password and an unknown account answer alike', async () => {
    const s = await consoleSetup();
    await owner(s);
    const c = s.client();
    const wrong = await c.signIn(OWNER.email, 'not the password at all');
    const unknown = await c.signIn('nobody@example.org', 'not the password at all');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(await wrong.json(), await unknown.json());
    const ok = await c.signIn(OWNER.email.toUpperCase(), OWNER.password);
    assert.equal(ok.status, 200);
    const cookie = ok.headers.getSetCookie().find((l) => l.startsWith('m4a_console='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/, 'plain http in tests');
    assert.equal((await c.get('/api/console/overview')).status, 200);
    const stolen = new Map(c.cookies);
    assert.equal((await c.post('/api/console/sign-out')).status, 200);
    assert.equal((await c.get('/api/console/overview')).status, 401);
    // The old cookie is dead on the server, not only forgotten by the browser.
    for (const [k, v] of stolen) c.cookies.set(k, v);
    assert.equal((await c.get('/api/console/overview')).status, 401);
  });

  it('marks the cookie Secure over HTTPS', async () => {
    const s = await consoleSetup({ M4A_PUBLIC_URL: 'https://console.example.org' });
    await owner(s);
    const res = await s.client().signIn(OWNER.email, OWNER.password);
    assert.match(
      res.headers.getSetCookie().find((l) => l.startsWith('m4a_console='))!,
      /Secure/,
    );
  });

  it('throttles an account after 5 failures in 15 minutes, even with the right password, then lets it in', async () => {
    const s = await consoleSetup();
    await owner(s);
    for (let i = 0; i < 5; i++)
      assert.equal((await s.client(`10.9.0.${i}`).signIn(OWNER.email, 'wrong wrong wrong')).status, 401);
    const blocked = await s.client('10.9.1.1').signIn(OWNER.email, OWNER.password);
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    s.advance(15 * MINUTE + 1);
    assert.equal((await s.client('10.9.1.1').signIn(OWNER.email, OWNER.password)).status, 200);
  });

  it('throttles an address after 20 failures over any accounts', async () => {
    const s = await consoleSetup();
    await owner(s);
    const attacker = s.client('192.0.2.7');
    for (let i = 0; i < 20; i++) await attacker.signIn(`guess${i}@example.org`, 'wrong wrong wrong');
    assert.equal((await attacker.signIn(OWNER.email, OWNER.password)).status, 429);
    assert.equal((await s.client('192.0.2.8').signIn(OWNER.email, OWNER.password)).status, 200);
  });

  it('ends a session after 30 minutes idle, and after 12 hours however busy', async () => {
    const s = await consoleSetup();
    await owner(s);
    const c = s.client();
    await c.signIn(OWNER.email, OWNER.password);
    s.advance(29 * MINUTE);
    assert.equal((await c.get('/api/console/overview')).status, 200);
    s.advance(31 * MINUTE);
    assert.equal((await c.get('/api/console/overview')).status, 401, 'idle');
    await c.signIn(OWNER.email, OWNER.password);
    for (let i = 0; i < 12 * 3; i++) {
      s.advance(20 * MINUTE);
      assert.equal((await c.get('/api/console/overview')).status, 200, `kept alive ${i}`);
    }
    s.advance(20 * MINUTE);
    const res = await c.get('/api/console/overview');
    assert.equal(res.status, 401, 'absolute');
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'signed_out');
  });
});

describe('CSRF and Origin', () => {
  it('refuses a state change without the token, with a wrong one, or from another site', async () => {
    const s = await consoleSetup();
    const c = await owner(s);
    const invite = '/api/console/accounts/invites';
    const noToken = await c.request('POST', invite, { role: 'viewer' }, { 'X-CSRF-Token': '' });
    assert.equal(noToken.status, 403);
    assert.equal(((await noToken.json()) as { error: { code: string } }).error.code, 'csrf');
    assert.equal((await c.request('POST', invite, { role: 'viewer' }, { 'X-CSRF-Token': 'x'.repeat(43) })).status, 403);
    c.origin = 'https://evil.example';
    const cross = await c.post(invite, { role: 'viewer' });
    assert.equal(cross.status, 403);
    assert.equal(((await cross.json()) as { error: { code: string } }).error.code, 'cross_site');
    c.origin = 'null';
    assert.equal((await c.post(invite, { role: 'viewer' })).status, 403);
    c.origin = null;
    assert.equal((await c.post(invite, { role: 'viewer' })).status, 403, 'no Origin and no Sec-Fetch-Site');
    assert.equal(
      (await c.request('POST', invite, { role: 'viewer' }, { 'Sec-Fetch-Site': 'same-origin' })).status,
      201,
    );
    c.origin = 'http://console.test';
    assert.equal((await c.post(invite, { role: 'viewer' })).status, 201);
  });

  it('guards sign-in too (login CSRF): a signed-out page echoes its double-submit cookie', async () => {
    const s = await consoleSetup();
    await owner(s);
    const c = s.client();
    await c.refresh();
    const forged = await c.request(
      'POST',
      '/api/console/sign-in',
      { email: OWNER.email, password: OWNER.password },
      { 'X-CSRF-Token': 'forged-forged-forged-forged-forged-forged' },
    );
    assert.equal(forged.status, 403);
    c.cookies.clear();
    assert.equal((await c.post('/api/console/sign-in', { email: OWNER.email, password: OWNER.password })).status, 403);
  });
});
