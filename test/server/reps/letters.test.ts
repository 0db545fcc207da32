import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { WriteStats } from '../../../src/shared/schemas/letters.js';
import { Receipt } from '../../../src/shared/schemas/common.js';
import { FIXTURES, importedApp, repsApp, type RepsTestApp } from './helpers.js';

type Problem = { error: { code: string; fields?: { path: string }[] } };

/** Posts like the widget's device queue: with a fresh Idempotency-Key unless given one (or `null` for none). */
const post = (t: RepsTestApp, body: unknown, key: string | null = randomUUID()) =>
  t.app.request('/api/write-outcomes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }) },
    body: JSON.stringify(body),
  });

const stats = async (t: RepsTestApp, query = '') =>
  WriteStats.parse(await (await t.app.request(`/api/write-outcomes/stats${query}`)).json());

describe('write outcomes', () => {
  let clock = new Date('2026-11-25T15:00:00Z'); // a Wednesday
  let t: RepsTestApp;
  before(async () => {
    t = await importedApp(FIXTURES, {}, { now: () => clock });
  });

  it('requires an Idempotency-Key, like every write of the contract', async () => {
    const res = await post(t, { targetId: 'F000003', outcome: 'sent', channel: 'email' }, null);
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as Problem).error.code, 'invalid_idempotency_key');
    assert.equal((await stats(t)).count, 0);
  });

  it('stores the office, outcome, channel and campaign: never the letter or the visitor', async () => {
    const res = await post(t, { targetId: 'F000003', outcome: 'sent', channel: 'form', source: 'pnhp-wi' });
    assert.equal(res.status, 201);
    const receipt = Receipt.parse(await res.json());
    const row = (await t.deps.database.kysely
      .selectFrom('write_outcomes')
      .selectAll()
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(row).sort(), [
      'channel',
      'created_at',
      'id',
      'idempotency_key',
      'outcome',
      'source',
      'target_id',
    ]);
    assert.deepEqual([row.target_id, row.outcome, row.channel, row.source], ['F000003', 'sent', 'form', 'pnhp-wi']);
  });

  it('stores a retried post once (Idempotency-Key)', async () => {
    const body = { targetId: 'F000001', outcome: 'sent', channel: 'email' };
    const first = Receipt.parse(await (await post(t, body, 'write-abc-1')).json());
    const again = await post(t, body, 'write-abc-1');
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: first.id, status: 'duplicate' });
    const rows = await t.deps.database.kysely
      .selectFrom('write_outcomes')
      .select('id')
      .where('idempotency_key', '=', 'write-abc-1')
      .execute();
    assert.equal(rows.length, 1);
  });

  it('takes a partner’s local targets, and refuses unknown offices, channels and extra fields of no use', async () => {
    assert.equal((await post(t, { targetId: 'local:madison-mayor', outcome: 'sent', channel: 'pdf' })).status, 201);
    const unknown = await post(t, { targetId: 'Z999999', outcome: 'sent', channel: 'email' });
    assert.equal(unknown.status, 400);
    assert.equal(((await unknown.json()) as Problem).error.fields?.[0]?.path, 'targetId');
    const channel = await post(t, { targetId: 'F000001', outcome: 'sent', channel: 'pigeon' });
    assert.equal(channel.status, 400);
    assert.ok(((await channel.json()) as Problem).error.fields?.some((f) => f.path === 'channel'));
    const outcome = await post(t, { targetId: 'F000001', outcome: 'maybe', channel: 'email' });
    assert.equal(outcome.status, 400);
    assert.equal((await post(t, { targetId: 'local:', outcome: 'sent', channel: 'email' })).status, 400);
  });

  it('counts letters sent this week by channel, for all offices or one; "not now" is no letter', async () => {
    await post(t, { targetId: 'F000003', outcome: 'sent', channel: 'email' });
    await post(t, { targetId: 'F000002', outcome: 'not-now', channel: 'print' });
    assert.deepEqual(await stats(t), {
      count: 4,
      since: '2026-11-23T00:00:00.000Z',
      byChannel: { email: 2, form: 1, website: 0, print: 0, pdf: 1, handoff: 0 },
    });
    const one = await stats(t, '?targetId=F000003');
    assert.deepEqual([one.count, one.targetId, one.byChannel.form, one.byChannel.email], [2, 'F000003', 1, 1]);
  });

  it('starts counting again on Monday (UTC)', async () => {
    clock = new Date('2026-11-30T00:00:01Z');
    assert.deepEqual([(await stats(t)).count, (await stats(t)).since], [0, '2026-11-30T00:00:00.000Z']);
  });

  it('accepts well-formed ids before any data is imported', async () => {
    const empty = repsApp();
    assert.equal((await post(empty, { targetId: 'B001230', outcome: 'sent', channel: 'email' })).status, 201);
    assert.equal((await post(empty, { targetId: 'nobody', outcome: 'sent', channel: 'email' })).status, 400);
  });
});
