/**
 * The console's answers against the shared schemas it parses them with (src/shared/schemas/console.ts): every
 * route the console reads answers, on real data, in the shape both sides declare, and the contract describes it.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import {
  AccountList,
  AuditPage,
  ConsoleLink,
  ConsoleOk,
  ConsoleSession,
  ConsoleSettings,
  ConsoleUser,
  DeletionReport,
  FeedList,
  ForwardingStatus,
  InviteLink,
  OwnEvents,
  Paused,
  PeopleFacets,
  PeoplePage,
  PersonDetail,
  Requeued,
  RsvpList,
  TotpEnrolment,
} from '../../../src/shared/schemas/console.js';
import { setupLinkIfNoOwner } from '../../../server/accounts/service.js';
import { postSignup, validSignup } from '../signups/helpers.js';
import { consoleSetup, invited, owner, type Client } from '../accounts/helpers.js';

type Setup = Awaited<ReturnType<typeof consoleSetup>>;

const EVENT = {
  title: 'Town hall on Medicare for All',
  type: 'town-hall',
  start: '2026-12-05T10:00:00-06:00',
  end: '2026-12-05T12:00:00-06:00',
  timezone: 'America/Chicago',
  location: { venue: 'Library', addressLines: ['201 W Mifflin St'], locality: 'Madison', region: 'WI' },
  capacity: 40,
};

/** The answer's body, after asserting its status, parsed with the schema (a failed parse names the issues). */
async function answer<S extends z.ZodMiniType>(res: Response | Promise<Response>, status: number, schema: S) {
  const r = await res;
  const body: unknown = await r.json();
  assert.equal(r.status, status, JSON.stringify(body));
  const parsed = schema.safeParse(body);
  assert.ok(parsed.success, `${JSON.stringify(body)}\n${JSON.stringify(parsed.error?.issues)}`);
  return parsed.data as z.output<S>;
}

describe('console answers parse with the shared schemas', () => {
  let s: Setup;
  let o: Client;

  before(async () => {
    s = await consoleSetup({ M4A_SIGNUP_RATE: '1000', M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' });
    o = await owner(s);
    await postSignup(s.app, validSignup());
    await postSignup(s.app, validSignup({ email: 'bo@example.org', givenName: 'Bo', familyName: undefined }));
  });

  it('session, links, accounts, invites, settings and the audit log', async () => {
    const session = await answer(o.get('/api/console/session'), 200, ConsoleSession);
    assert.equal(session.user?.role, 'owner');
    const signedOut = await answer(s.client('10.9.0.1').get('/api/console/session'), 200, ConsoleSession);
    assert.equal(signedOut.user, null);
    const invite = await answer(o.post('/api/console/accounts/invites', { role: 'viewer' }), 201, InviteLink);
    const token = new URL(invite.url).hash.replace(/^#invite=/, '');
    const link = await answer(s.client('10.9.0.2').post('/api/console/links/check', { token }), 200, ConsoleLink);
    assert.deepEqual([link.kind, link.role], ['invite', 'viewer']);
    await invited(s, o, 'organizer');
    const list = await answer(o.get('/api/console/accounts'), 200, AccountList);
    assert.equal(list.accounts.length, 2);
    assert.equal(list.invites.length, 1);
    const organizer = list.accounts.find((a) => a.role === 'organizer')!;
    await answer(o.request('PATCH', `/api/console/accounts/${organizer.id}`, { role: 'viewer' }), 200, ConsoleUser);
    await answer(o.get('/api/console/settings'), 200, ConsoleSettings);
    const audit = await answer(o.get('/api/console/audit'), 200, AuditPage);
    assert.ok(audit.entries.some((e) => e.action === 'role-changed'));
  });

  it('sign-in and the authenticator', async () => {
    assert.ok(await setupLinkIfNoOwner(s.db, s.deps.now()).then((l) => l === undefined));
    const c = s.client('10.9.0.3');
    await c.refresh();
    const session = await answer(
      c.post('/api/console/sign-in', { email: 'owner@example.org', password: 'correct horse battery staple' }),
      200,
      ConsoleSession,
    );
    c.csrf = session.csrf;
    const enrolment = await answer(c.post('/api/console/totp/start'), 200, TotpEnrolment);
    assert.match(enrolment.uri, /^otpauth:\/\/totp\//);
    await answer(c.post('/api/console/sign-out'), 200, ConsoleOk);
  });

  it('people: a page, the facets, a person, spam marking and deletion', async () => {
    const page = await answer(o.get('/api/console/people'), 200, PeoplePage);
    assert.equal(page.total, 2);
    assert.ok(page.people.some((p) => p.familyName === null));
    await answer(o.get('/api/console/people/facets'), 200, PeopleFacets);
    const id = page.people[0]!.id;
    const detail = await answer(o.get(`/api/console/people/${id}`), 200, PersonDetail);
    assert.equal(detail.person.id, id);
    assert.deepEqual(
      detail.forwards.map((f) => f.destination),
      ['webhook'],
    );
    await answer(o.post(`/api/console/people/${id}/spam`, { spam: true }), 200, ConsoleOk);
    const report = await answer(o.request('DELETE', `/api/console/people/${id}`), 200, DeletionReport);
    assert.ok(report.signups >= 1);
  });

  it('events, their RSVPs, import feeds and forwarding', async () => {
    const created = (await (await o.post('/api/console/events', EVENT)).json()) as { id: string };
    const own = await answer(o.get('/api/console/events'), 200, OwnEvents);
    assert.deepEqual(
      own.events.map((e) => [e.id, e.deleted, e.rsvps]),
      [[created.id, false, 0]],
    );
    await answer(o.get(`/api/console/events/${encodeURIComponent(created.id)}/rsvps`), 200, RsvpList);
    await answer(o.get('/api/console/events/imports'), 200, FeedList);
    const forwarding = await answer(o.get('/api/console/forwarding'), 200, ForwardingStatus);
    assert.ok(forwarding.destinations.some((d) => d.destination === 'webhook' && d.configured));
    await answer(o.post('/api/console/forwarding/webhook/retry'), 200, Requeued);
    await answer(o.request('PUT', '/api/console/forwarding/webhook/paused', { paused: true }), 200, Paused);
  });

  it('the contract describes these answers with the same schemas', async () => {
    const contract = (await (await s.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    for (const [path, method, status] of [
      ['/console/people', 'get', '200'],
      ['/console/people/{id}', 'get', '200'],
      ['/console/accounts', 'get', '200'],
      ['/console/forwarding', 'get', '200'],
      ['/console/events', 'get', '200'],
      ['/console/audit', 'get', '200'],
    ] as const) {
      assert.ok(contract.paths[path]?.[method]?.responses[status]?.content, `${method} ${path} has its answer`);
    }
  });
});
