import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { consoleSetup, owner } from '../accounts/helpers.js';

describe('Overview of letters', () => {
  it('counts letters sent per office and channel and per day by channel; "not now" is no letter', async () => {
    const s = await consoleSetup();
    const o = await owner(s);
    const now = s.deps.now().toISOString();
    const row = (target: string, channel: string, outcome = 'sent') => ({
      id: randomUUID(),
      target_id: target,
      outcome,
      channel,
      source: null,
      idempotency_key: null,
      created_at: now,
    });
    await s.db.kysely
      .insertInto('write_outcomes')
      .values([
        row('H001', 'email'),
        row('H001', 'email'),
        row('H001', 'pdf'),
        row('local:mayor', 'form'),
        row('H001', 'email', 'not-now'),
      ])
      .execute();
    const view = (await (await o.get('/api/console/overview')).json()) as {
      letters: { targetId: string; office: string; channel: string; letters: number }[];
      lettersByChannel: { period: string; key: string; count: number }[];
    };
    assert.deepEqual(
      view.letters.map((l) => [l.targetId, l.office, l.channel, l.letters]),
      [
        ['H001', 'H001', 'email', 2],
        ['H001', 'H001', 'pdf', 1],
        ['local:mayor', 'local:mayor', 'form', 1],
      ],
    );
    const day = now.slice(0, 10);
    assert.deepEqual(view.lettersByChannel, [
      { period: day, key: 'email', count: 2 },
      { period: day, key: 'form', count: 1 },
      { period: day, key: 'pdf', count: 1 },
    ]);
  });
});
