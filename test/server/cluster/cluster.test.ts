/**
 * Three server processes on one PostgreSQL (issue #12). 2,000 signups sent round-robin, each Idempotency-Key sent
 * twice to different instances, one instance SIGKILLed midway and restarted: every acknowledged signup is stored
 * once, none lost, and each reaches a webhook on 127.0.0.1 that fails 20% of requests. Then 300 concurrent RSVPs
 * through the three for an event with capacity 100: exactly 100 accepted, the rest told it is full.
 * Runs when M4A_TEST_DATABASE_URL names a PostgreSQL (as `npm test` and CI do); SQLite has one writer per file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { openPostgres, type Db } from '../../../server/db/index.js';
import { TEST_PG_URL } from '../support/db.js';
import { validSignup } from '../signups/helpers.js';
import { ADMIN_TOKEN, freshDatabase, instance, type Instance } from './instances.js';

const SIGNUPS = 2000;
const IN_FLIGHT = 24;

/** The webhook receiver: answers 500 to one request in five; a repeat of a key it took is answered 200, kept once. */
function fakeWebhook() {
  const taken = new Map<string, number>();
  let requests = 0;
  let failed = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests++;
      if (requests % 5 === 0) {
        failed++;
        res.writeHead(500).end();
        return;
      }
      const key = String(req.headers['idempotency-key']);
      taken.set(key, (taken.get(key) ?? 0) + 1);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  return { server, taken, stats: () => ({ requests, failed }) };
}

interface Answer {
  status: number;
  body: { id: string; error: { code: string } };
}

async function post(url: string, path: string, key: string, body: unknown): Promise<Answer> {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

// PostgreSQL only: the server-pg suite (M4A_TEST_DATABASE_URL set) runs it.
if (TEST_PG_URL)
  describe('three instances on one PostgreSQL', () => {
    let hook: ReturnType<typeof fakeWebhook>;
    let db: Db;
    let nodes: Instance[];

    before(async () => {
      hook = fakeWebhook();
      await new Promise<void>((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
      const hookUrl = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hook`;
      const url = await freshDatabase(TEST_PG_URL!);
      const env = {
        DATABASE_URL: url,
        M4A_WEBHOOK_URL: hookUrl,
        M4A_SIGNUP_RATE: '1000000',
        M4A_SIGNUP_FORWARD_INTERVAL: '1',
        M4A_SIGNUP_FORWARD_LEASE: '3',
        M4A_SIGNUP_FORWARD_BACKOFF_MS: '200',
        M4A_DB_POOL: '8',
      };
      nodes = await Promise.all([instance(env), instance(env), instance(env)]);
      // All three start together: they migrate one after the other under the advisory lock.
      await Promise.all(nodes.map((n) => n.start()));
      db = await openPostgres(url, { poolSize: 2 });
    });

    after(async () => {
      await Promise.all((nodes ?? []).map((n) => n.kill('SIGTERM')));
      await db?.close();
      await new Promise<void>((resolve) => (hook ? (hook.server as Server).close(() => resolve()) : resolve()));
    });

    it('stores each acknowledged signup once and delivers each exactly once, through a SIGKILL', async () => {
      const keys = Array.from({ length: SIGNUPS }, (_, i) => `cluster-${i}-${randomUUID()}`);
      const receipts = new Map<string, Set<string>>();
      let killed = false;
      let refused = 0;
      /** Sends one copy of a key, moving on to the next instance when one is down (as a client retry would). */
      const send = async (key: string, first: number, n: number) => {
        for (let attempt = 0; attempt < 6; attempt++) {
          const node = nodes[(first + attempt) % nodes.length]!;
          try {
            const res = await post(node.url, '/api/signups', key, validSignup({ email: `v${n}@example.org` }));
            assert.ok(res.status === 201 || res.status === 200, `status ${res.status}`);
            const ids = receipts.get(key) ?? new Set<string>();
            ids.add(res.body.id);
            receipts.set(key, ids);
            return;
          } catch (err) {
            if (err instanceof assert.AssertionError) throw err;
            refused++;
            await sleep(50);
          }
        }
        throw new Error(`no instance took ${key}`);
      };
      // Every key twice, to two different instances, the copies apart in time.
      const jobs = keys.flatMap((key, i) => [() => send(key, i % 3, i), () => send(key, (i + 1) % 3, i)]);
      const order = [...jobs.filter((_, j) => j % 2 === 0), ...jobs.filter((_, j) => j % 2 === 1)];
      let next = 0;
      const worker = async () => {
        while (next < order.length) {
          const j = next++;
          if (!killed && j >= order.length / 4) {
            killed = true;
            await nodes[1]!.kill('SIGKILL');
            void sleep(500).then(() => nodes[1]!.start());
          }
          await order[j]!();
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

      assert.equal(receipts.size, SIGNUPS, 'every key acknowledged');
      for (const [key, ids] of receipts) assert.equal(ids.size, 1, `${key}: both copies answered with one id`);
      const stored = await db.kysely.selectFrom('signups').select(['id', 'idempotency_key']).execute();
      assert.equal(stored.length, SIGNUPS, 'stored once each');
      const byKey = new Map(stored.map((r) => [r.idempotency_key, r.id]));
      for (const [key, ids] of receipts) assert.equal(byKey.get(key), [...ids][0], `${key} stored under its receipt`);

      // Forwarding: every row sent after a 2xx, with retries after the fake's failures and the killed one's leases.
      const pending = async () =>
        Number(
          (
            await db.kysely
              .selectFrom('signup_forwards')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('forwarded_at', 'is', null)
              .executeTakeFirstOrThrow()
          ).n,
        );
      for (let i = 0; i < 120 && (await pending()) > 0; i++) await sleep(500);
      assert.equal(await pending(), 0, 'every forward done');
      const ids = new Set(stored.map((r) => r.id));
      assert.equal(hook.taken.size, SIGNUPS, 'the receiver took every signup');
      for (const id of hook.taken.keys()) assert.ok(ids.has(id), `${id} is a stored signup`);
      // A 2xx twice for one signup can only come from the SIGKILL: sent, then killed before marking it sent, then
      // retried after its lease. At most the sends the killed instance had in flight (4).
      const repeats = [...hook.taken.values()].filter((n) => n > 1).length;
      assert.ok(repeats <= 4, `${repeats} signups answered 2xx twice`);
      const { requests, failed } = hook.stats();
      assert.ok(failed >= requests / 5 - 1, 'the receiver failed one request in five');
      console.log(
        `# cluster: ${SIGNUPS} signups, ${refused} sends refused by the killed instance, ` +
          `${requests} webhook requests (${failed} failed), ${repeats} repeated 2xx`,
      );
    });

    it('accepts exactly 100 of 300 concurrent RSVPs for an event with capacity 100', async () => {
      const start = new Date(Date.now() + 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const res = await fetch(`${nodes[0]!.url}/api/admin/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({
          title: 'Canvass with a cap',
          type: 'canvass',
          start,
          timezone: 'America/Chicago',
          online: true,
          description: 'Capacity test.',
          capacity: 100,
        }),
      });
      assert.equal(res.status, 201, await res.clone().text());
      const event = (await res.json()) as { id: string };
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          post(nodes[i % 3]!.url, `/api/events/${encodeURIComponent(event.id)}/rsvps`, `rsvp-${i}-${randomUUID()}`, {
            eventId: event.id,
            firstName: 'Rae',
            email: `rsvp${i}@example.org`,
            zip: '53703',
          }),
        ),
      );
      assert.equal(answers.filter((a) => a.status === 201).length, 100);
      const refusedFull = answers.filter((a) => a.status === 409 && a.body.error.code === 'event_full');
      assert.equal(refusedFull.length, 200);
      const stored = await db.kysely
        .selectFrom('event_rsvps')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('event_id', '=', event.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(stored.n), 100);
    });
  });
