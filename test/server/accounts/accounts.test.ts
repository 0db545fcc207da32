/** Invites, roles, the second factor and the audit log. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'otplib';
import { consoleSetup, invited, OWNER, owner } from './helpers.js';

const DAY = 86_400_000;
const code = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

describe('invites and roles', () => {
  it('invites with one-time links that expire after 7 days', async () => {
    const s = await consoleSetup();
    const o = await owner(s);
    const res = await o.post('/api/console/accounts/invites', { role: 'organizer' });
    assert.equal(res.status, 201);
    const { url, expiresAt } = (await res.json()) as { url: string; expiresAt: string };
    assert.match(url, /^http:\/\/console\.test\/console\/#invite=[\w-]{40,}$/);
    assert.equal(Date.parse(expiresAt) - s.deps.now().getTime(), 7 * DAY);
    const token = new URL(url).hash.slice('#invite='.length);
    const check = await s.client().post('/api/console/links/check', { token });
    assert.deepEqual(await check.json(), { kind: 'invite', role: 'organizer', expiresAt });
    s.advance(7 * DAY + 1);
    assert.equal((await s.client().post('/api/console/links/check', { token })).status, 409);
    assert.equal((await o.get('/api/console/accounts')).status, 401, 'the owner was idle for a week');
    await o.signIn(OWNER.email, OWNER.password);
    const list = (await (await o.get('/api/console/accounts')).json()) as { invites: unknown[] };
    assert.equal(list.invites.length, 0);
  });

  it('an organizer cannot manage accounts; the owner changes roles and the change ends the sessions', async () => {
    const s = await consoleSetup();
    const o = await owner(s);
    const org = await invited(s, o, 'organizer');
    assert.equal((await org.get('/api/console/accounts')).status, 403);
    assert.equal((await org.post('/api/console/accounts/invites', { role: 'owner' })).status, 403);
    assert.equal((await org.get('/api/console/audit')).status, 403);
    const me = (await org.refresh()).user!;
    assert.equal((await org.request('PATCH', `/api/console/accounts/${me.id}`, { role: 'owner' })).status, 403);
    const demoted = await o.request('PATCH', `/api/console/accounts/${me.id}`, { role: 'viewer' });
    assert.equal(demoted.status, 200);
    assert.equal(((await demoted.json()) as { role: string }).role, 'viewer');
    assert.equal((await org.get('/api/console/people')).status, 401, 'the session with the old role ended');
    await org.signIn('organizer@example.org', 'kestrel meadow lantern 42');
    assert.equal((await org.get('/api/console/people')).status, 403, 'now a viewer');
    const self = (await o.refresh()).user!;
    const last = await o.request('PATCH', `/api/console/accounts/${self.id}`, { role: 'organizer' });
    assert.equal(last.status, 409, 'the last owner stays owner');
    await o.request('PATCH', `/api/console/accounts/${me.id}`, { disabled: true });
    assert.equal((await org.signIn('organizer@example.org', 'kestrel meadow lantern 42')).status, 401, 'disabled');
  });
});

describe('second factor (TOTP)', () => {
  it('enrols an authenticator, then asks for its code at sign-in; a code works once', async () => {
    const s = await consoleSetup();
    const o = await owner(s);
    const { secret, uri } = (await (await o.post('/api/console/totp/start')).json()) as { secret: string; uri: string };
    assert.match(uri, /^otpauth:\/\/totp\//);
    assert.equal((await o.post('/api/console/totp/confirm', { code: '000000' })).status, 400);
    assert.equal((await o.post('/api/console/totp/confirm', { code: await code(secret, s.deps.now()) })).status, 200);
    s.advance(60_000);
    const c = s.client();
    const first = await c.signIn(OWNER.email, OWNER.password);
    assert.equal(first.status, 401);
    assert.equal(((await first.json()) as { error: { code: string } }).error.code, 'second_factor');
    assert.equal((await c.signIn(OWNER.email, OWNER.password, '123456')).status, 401);
    const now = await code(secret, s.deps.now());
    assert.equal((await c.signIn(OWNER.email, OWNER.password, now)).status, 200);
    assert.equal((await s.client('10.1.1.1').signIn(OWNER.email, OWNER.password, now)).status, 401, 'replayed code');
  });

  it('an owner can require it: accounts without one may only enrol', async () => {
    const s = await consoleSetup();
    const o = await owner(s);
    const v = await invited(s, o, 'viewer');
    assert.equal(
      (await o.request('PUT', '/api/console/settings', { requireSecondFactor: true })).status,
      409,
      'the owner needs one first',
    );
    const { secret } = (await (await o.post('/api/console/totp/start')).json()) as { secret: string };
    await o.post('/api/console/totp/confirm', { code: await code(secret, s.deps.now()) });
    assert.equal((await o.request('PUT', '/api/console/settings', { requireSecondFactor: true })).status, 200);
    const blocked = await v.get('/api/console/overview');
    assert.equal(blocked.status, 403);
    assert.equal(((await blocked.json()) as { error: { code: string } }).error.code, 'second_factor_required');
    assert.equal(
      ((await (await v.get('/api/console/session')).json()) as { secondFactorRequired: boolean }).secondFactorRequired,
      true,
    );
    const enrol = (await (await v.post('/api/console/totp/start')).json()) as { secret: string };
    await v.post('/api/console/totp/confirm', { code: await code(enrol.secret, s.deps.now()) });
    assert.equal((await v.get('/api/console/overview')).status, 200);
  });
});

describe('audit log', () => {
  it('records sign-ins, failures, invites and role changes with ids, for owners only', async () => {
    const s = await consoleSetup();
    const o = await owner(s);
    await s.client().signIn(OWNER.email, 'wrong wrong wrong');
    const v = await invited(s, o, 'viewer');
    const vid = (await v.refresh()).user!.id;
    await o.request('PATCH', `/api/console/accounts/${vid}`, { role: 'organizer' });
    const { entries } = (await (await o.get('/api/console/audit')).json()) as {
      entries: { action: string; target: string }[];
    };
    const actions = entries.map((e) => e.action);
    for (const a of ['setup', 'sign-in-failed', 'invite-created', 'invite-accepted', 'role-changed'])
      assert.ok(actions.includes(a), a);
    assert.ok(!JSON.stringify(entries).includes('@example.org'), 'no emails in the log');
  });
});
