/** The People, Overview and Forwarding endpoints: what an organizer and an owner do with them. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { postSignup, validSignup } from '../signups/helpers.js';
import { consoleSetup, invited, owner } from '../accounts/helpers.js';
import { SignupForwarder } from '../../../server/forwarding/forwarder.js';

type Setup = Awaited<ReturnType<typeof consoleSetup>>;

async function seed(s: Setup) {
  const people = [
    validSignup(),
    validSignup({
      givenName: 'Bo',
      familyName: 'Chen',
      email: 'bo@example.org',
      zip: '60601',
      interests: ['canvass'],
      smsOptIn: true,
      phone: '(312) 555-0100',
      attribution: { source: 'dsa', utm: { campaign: 'spring' } },
    }),
    validSignup({
      givenName: 'Cy',
      familyName: 'Diaz',
      email: 'cy@example.org',
      zip: '10001',
      interests: [],
      emailOptIn: false,
      attribution: { source: 'pnhp', utm: {} },
    }),
  ];
  for (const p of people) {
    await postSignup(s.app, p);
    s.advance(60_000);
  }
  await postSignup(s.app, validSignup({ email: 'ANA@example.org', givenName: 'Ana', zip: '53703' }));
}

describe('People', () => {
  it('searches, filters, sorts and pages on the server', async () => {
    const s = await consoleSetup({ M4A_SIGNUP_RATE: '1000' });
    await seed(s);
    const o = await invited(s, await owner(s), 'organizer');
    const page = async (qs: string) => {
      const res = await o.get(`/api/console/people?${qs}`);
      assert.equal(res.status, 200, `${qs}: ${await res.clone().text()}`);
      return (await res.json()) as { total: number; people: { email: string }[]; next: string | null };
    };
    assert.equal((await page('')).total, 4);
    assert.deepEqual(
      (await page('q=chen')).people.map((p) => p.email),
      ['bo@example.org'],
    );
    assert.deepEqual(
      (await page('q=60601')).people.map((p) => p.email),
      ['bo@example.org'],
    );
    assert.equal((await page('q=ana%40')).total, 2, 'email search ignores case');
    assert.equal((await page('source=pnhp')).total, 3);
    assert.equal((await page('interest=canvass')).total, 3);
    assert.equal((await page('sms=yes')).total, 1);
    assert.equal((await page('email=no')).total, 1);
    assert.equal((await page('q=100%25')).total, 0, 'a % is a character, not a wildcard');
    const first = await page('limit=2&sort=oldest');
    assert.deepEqual(
      first.people.map((p) => p.email),
      ['ana@example.org', 'bo@example.org'],
    );
    const second = await page(`limit=2&sort=oldest&cursor=${first.next}`);
    assert.deepEqual(
      second.people.map((p) => p.email),
      ['cy@example.org', 'ANA@example.org'],
    );
    assert.equal(second.next, null);
    assert.equal((await page('limit=1')).people[0]!.email, 'ANA@example.org', 'newest first by default');
    assert.equal((await o.get('/api/console/people?from=yesterday')).status, 400);
  });

  it('shows a person with forwarding per destination, marks spam, exports the filter', async () => {
    const s = await consoleSetup({ M4A_SIGNUP_RATE: '1000', M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' });
    await seed(s);
    const o = await owner(s);
    const { people } = (await (await o.get('/api/console/people?q=chen')).json()) as { people: { id: string }[] };
    const id = people[0]!.id;
    const detail = (await (await o.get(`/api/console/people/${id}`)).json()) as {
      person: { attribution: { source: string } };
      forwards: { destination: string; status: string }[];
    };
    assert.equal(detail.person.attribution.source, 'dsa');
    assert.deepEqual(
      detail.forwards.map((f) => [f.destination, f.status]),
      [['webhook', 'pending']],
    );
    assert.equal((await o.post(`/api/console/people/${id}/spam`, { spam: true })).status, 200);
    assert.equal(((await (await o.get('/api/console/people?spam=only')).json()) as { total: number }).total, 1);
    const after = (await (await o.get(`/api/console/people/${id}`)).json()) as { forwards: unknown[] };
    assert.equal(after.forwards.length, 0, 'unsent forwards of spam are dropped');
    await o.post(`/api/console/people/${id}/spam`, { spam: false });
    const csv = await o.get('/api/console/people/export?source=pnhp&format=csv');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const text = await csv.text();
    assert.equal(text.trim().split('\r\n').length, 4, 'header and the 3 pnhp signups');
    const json = (await (await o.get('/api/console/people/export?q=chen&format=json')).json()) as { count: number };
    assert.equal(json.count, 1);
    const { entries } = (await (await o.get('/api/console/audit')).json()) as { entries: { action: string }[] };
    assert.equal(entries.filter((e) => e.action === 'export').length, 2);
  });

  it('deletes a person on request: every signup with their email, their RSVPs and queued forwards', async () => {
    const s = await consoleSetup({ M4A_SIGNUP_RATE: '1000', M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' });
    await seed(s);
    const o = await owner(s);
    const ana = (
      await s.db.kysely
        .selectFrom('signups')
        .select('id')
        .where('email', '=', 'ana@example.org')
        .executeTakeFirstOrThrow()
    ).id;
    await s.db.kysely
      .updateTable('signup_forwards')
      .set({ forwarded_at: s.deps.now().toISOString() })
      .where('signup_id', '=', ana)
      .execute();
    const organizer = await invited(s, o, 'organizer');
    assert.equal((await organizer.request('DELETE', `/api/console/people/${ana}`)).status, 403);
    const res = await o.request('DELETE', `/api/console/people/${ana}`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { signups: 2, rsvps: 0, queuedForwards: 1, alreadySentTo: ['webhook'] });
    const left = await s.db.kysely.selectFrom('signups').select('email').execute();
    assert.deepEqual(left.map((r) => r.email).sort(), ['bo@example.org', 'cy@example.org']);
    const forwards = await s.db.kysely.selectFrom('signup_forwards').select('signup_id').execute();
    assert.equal(forwards.length, 2);
    const { entries } = (await (await o.get('/api/console/audit')).json()) as { entries: { action: string }[] };
    const entry = entries.find((e) => e.action === 'person-deleted')!;
    assert.ok(entry);
    assert.ok(!JSON.stringify(entries).includes('ana@'), 'no personal data in the audit log');
    assert.equal((await o.get(`/api/console/people/${ana}`)).status, 404);
  });
});

describe('Overview and Forwarding', () => {
  it('counts signups per day and week by source and campaign, spam left out', async () => {
    const s = await consoleSetup({ M4A_SIGNUP_RATE: '1000' });
    await seed(s);
    await postSignup(s.app, validSignup({ email: 'bot@example.org', website: 'http://spam.example' }));
    const v = await invited(s, await owner(s), 'viewer');
    const day = (await (await v.get('/api/console/overview?from=2026-09-01&to=2026-10-01')).json()) as {
      bySource: { period: string; key: string; count: number }[];
      byCampaign: { key: string; count: number }[];
    };
    assert.deepEqual(day.bySource, [
      { period: '2026-10-01', key: 'dsa', count: 1 },
      { period: '2026-10-01', key: 'pnhp', count: 3 },
    ]);
    assert.deepEqual(
      day.byCampaign.map((p) => [p.key, p.count]),
      [
        ['', 1],
        ['fall', 2],
        ['spring', 1],
      ],
    );
    const week = (await (await v.get('/api/console/overview?bucket=week&from=2026-09-01&to=2026-10-04')).json()) as {
      bySource: { period: string }[];
    };
    assert.deepEqual([...new Set(week.bySource.map((p) => p.period))], ['2026-09-28'], 'ISO weeks start on Monday');
  });

  it('pauses a destination (the forwarder skips it), resumes it, retries now', async () => {
    const s = await consoleSetup({ M4A_SIGNUP_RATE: '1000', M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' });
    await seed(s);
    const o = await owner(s);
    assert.equal((await o.request('PUT', '/api/console/forwarding/webhook/paused', { paused: true })).status, 200);
    const sent: string[] = [];
    const forwarder = new SignupForwarder({
      ...s.deps,
      fetch: (async () => {
        sent.push(randomUUID());
        return new Response('{}', { status: 500 });
      }) as typeof fetch,
    });
    assert.equal((await forwarder.run()).length, 0, 'paused: nothing sent');
    const status = (await (await o.get('/api/console/forwarding')).json()) as {
      destinations: { destination: string; pending: number; paused: boolean }[];
    };
    assert.deepEqual(
      status.destinations.map((d) => [d.destination, d.pending, d.paused]),
      [['webhook', 4, true]],
    );
    await o.request('PUT', '/api/console/forwarding/webhook/paused', { paused: false });
    assert.equal((await forwarder.run()).length, 4);
    const errors = (await (await o.get('/api/console/forwarding')).json()) as {
      destinations: { latestErrors: { error: string }[] }[];
    };
    assert.equal(errors.destinations[0]!.latestErrors[0]!.error, 'HTTP 500');
    const retry = (await (await o.post('/api/console/forwarding/webhook/retry')).json()) as { requeued: number };
    assert.equal(retry.requeued, 4);
    assert.equal(sent.length, 4);
  });
});

describe('Overview of events and calls, and deleting a person with RSVPs', () => {
  it('counts RSVPs per upcoming event and calls per office; deleting the person gives their place back', async () => {
    const s = await consoleSetup({ M4A_SIGNUP_RATE: '1000' });
    const o = await owner(s);
    const created = await o.post('/api/console/events', {
      title: 'Town hall',
      type: 'town-hall',
      start: '2026-11-01T18:00:00-05:00',
      timezone: 'America/Chicago',
      online: true,
      url: 'https://meet.example.org/th',
      capacity: 1,
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = (await created.json()) as { id: string };
    const rsvp = await s.app.request(`/api/events/${encodeURIComponent(id)}/rsvps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ eventId: id, firstName: 'Ana', email: 'ana@example.org', zip: '53703' }),
    });
    assert.equal(rsvp.status, 201, await rsvp.clone().text());
    await postSignup(s.app, validSignup());
    await s.db.kysely
      .insertInto('call_outcomes')
      .values([
        {
          id: randomUUID(),
          legislator_id: 'H001',
          outcome: 'left-voicemail',
          source: null,
          idempotency_key: null,
          created_at: s.deps.now().toISOString(),
        },
        {
          id: randomUUID(),
          legislator_id: 'H001',
          outcome: 'left-voicemail',
          source: null,
          idempotency_key: null,
          created_at: s.deps.now().toISOString(),
        },
      ])
      .execute();
    const view = (await (await o.get('/api/console/overview')).json()) as {
      rsvps: { title: string; rsvps: number; capacity: number }[];
      calls: { legislatorId: string; outcome: string; calls: number }[];
    };
    assert.deepEqual(
      view.rsvps.map((r) => [r.title, r.rsvps, r.capacity]),
      [['Town hall', 1, 1]],
    );
    assert.deepEqual(
      view.calls.map((c) => [c.legislatorId, c.outcome, c.calls]),
      [['H001', 'left-voicemail', 2]],
    );
    const ana = (await s.db.kysely.selectFrom('signups').select('id').executeTakeFirstOrThrow()).id;
    const report = (await (await o.request('DELETE', `/api/console/people/${ana}`)).json()) as { rsvps: number };
    assert.equal(report.rsvps, 1);
    const event = await s.db.kysely.selectFrom('events').select('full').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(event.full, 0, 'the full event takes RSVPs again');
    const csv = await (await o.get(`/api/console/events/${encodeURIComponent(id)}/rsvps.csv`)).text();
    assert.equal(csv.trim().split('\r\n').length, 1, 'only the header is left');
  });
});
