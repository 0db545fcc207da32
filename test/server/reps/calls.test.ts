import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CallStats } from '../../../src/shared/schemas/representative.js';
import { Receipt } from '../../../src/shared/schemas/common.js';
import { startOfWeek } from '../../../server/reps/calls.js';
import { FIXTURES, importedApp, repsApp, type RepsTestApp } from './helpers.js';

type Problem = { error: { code: string; fields?: { path: string }[] } };

/** Posts like the widget: with a fresh Idempotency-Key unless given one (or `null` for none). */
const post = (t: RepsTestApp, body: unknown, key: string | null = randomUUID()) =>
  t.app.request('/api/call-outcomes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }) },
    body: JSON.stringify(body),
  });

describe('call outcomes', () => {
  let clock = new Date('2026-11-25T15:00:00Z'); // a Wednesday
  let t: RepsTestApp;
  before(async () => {
    t = await importedApp(FIXTURES, {}, { now: () => clock });
  });

  it('requires an Idempotency-Key, like every write of the contract', async () => {
    const res = await post(t, { legislatorId: 'F000003', outcome: 'talked-to-staff' }, null);
    assert.equal(res.status, 400);
    const problem = (await res.json()) as Problem;
    assert.equal(problem.error.code, 'invalid_idempotency_key');
    assert.deepEqual(
      problem.error.fields?.map((f) => f.path),
      ['Idempotency-Key'],
    );
    assert.equal((await post(t, { legislatorId: 'F000003', outcome: 'skipped' }, 'short')).status, 400);
    assert.equal(CallStats.parse(await (await t.app.request('/api/call-outcomes/stats')).json()).count, 0);
  });

  it('records an outcome and answers a receipt', async () => {
    const res = await post(t, { legislatorId: 'F000003', outcome: 'talked-to-staff', source: 'pnhp-wi' });
    assert.equal(res.status, 201);
    const receipt = Receipt.parse(await res.json());
    assert.equal(receipt.status, 'created');
    const row = (await t.deps.database.kysely
      .selectFrom('call_outcomes')
      .selectAll()
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(row).sort(), [
      'created_at',
      'id',
      'idempotency_key',
      'legislator_id',
      'outcome',
      'source',
    ]);
    assert.deepEqual([row.legislator_id, row.outcome, row.source], ['F000003', 'talked-to-staff', 'pnhp-wi']);
  });

  it('stores a retried post once (Idempotency-Key)', async () => {
    const body = { legislatorId: 'F000001', outcome: 'left-voicemail' };
    const first = Receipt.parse(await (await post(t, body, 'call-abc-1')).json());
    const again = await post(t, body, 'call-abc-1');
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: first.id, status: 'duplicate' });
  });

  it('rejects unknown legislators, unknown outcomes and visitor data', async () => {
    const unknown = await post(t, { legislatorId: 'Z999999', outcome: 'skipped' });
    assert.equal(unknown.status, 400);
    assert.equal(((await unknown.json()) as Problem).error.fields?.[0]?.path, 'legislatorId');
    const bad = await post(t, { legislatorId: 'F000001', outcome: 'hung-up' });
    assert.equal(bad.status, 400);
    assert.ok(((await bad.json()) as Problem).error.fields?.some((f) => f.path === 'outcome'));
    const vacant = await post(t, { legislatorId: 'vacant:TX-23', outcome: 'skipped' });
    assert.equal(vacant.status, 400);
    const notJson = await t.app.request('/api/call-outcomes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: '{',
    });
    assert.equal(notJson.status, 400);
  });

  it('counts this week by outcome, for all offices or one', async () => {
    await post(t, { legislatorId: 'F000003', outcome: 'busy-no-answer' });
    await post(t, { legislatorId: 'F000002', outcome: 'skipped' });
    const res = await t.app.request('/api/call-outcomes/stats');
    const all = CallStats.parse(await res.json());
    assert.deepEqual(all, {
      count: 4,
      since: '2026-11-23T00:00:00.000Z',
      byOutcome: { 'talked-to-staff': 1, 'left-voicemail': 1, 'busy-no-answer': 1, skipped: 1 },
    });
    const one = CallStats.parse(await (await t.app.request('/api/call-outcomes/stats?legislatorId=F000003')).json());
    assert.equal(one.count, 2);
    assert.equal(one.legislatorId, 'F000003');
    assert.equal(one.byOutcome['talked-to-staff'], 1);
  });

  it('starts counting again on Monday (UTC)', async () => {
    clock = new Date('2026-11-30T00:00:01Z');
    const stats = CallStats.parse(await (await t.app.request('/api/call-outcomes/stats')).json());
    assert.deepEqual([stats.count, stats.since], [0, '2026-11-30T00:00:00.000Z']);
    assert.equal(startOfWeek(new Date('2026-11-29T23:59:59Z')).toISOString(), '2026-11-23T00:00:00.000Z');
  });

  it('accepts well-formed ids before any data is imported', async () => {
    const empty = repsApp();
    assert.equal((await post(empty, { legislatorId: 'B001230', outcome: 'skipped' })).status, 201);
    assert.equal((await post(empty, { legislatorId: 'nobody', outcome: 'skipped' })).status, 400);
  });
});
