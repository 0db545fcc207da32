/**
 * Field errors carry the broken rule's `code` beside `path` and `message` (which stay as they were), so the console
 * can say each in its own language: zod's issue codes for the schemas' rules, the server's own for its checks.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../../src/shared/schemas/common.js';
import { consoleSetup, owner, OWNER, type Client } from '../accounts/helpers.js';

type Setup = Awaited<ReturnType<typeof consoleSetup>>;

async function fieldsOf(res: Response, status: number) {
  const body = ApiError.parse(await res.json());
  assert.equal(res.status, status, JSON.stringify(body));
  const fields = body.error.fields ?? [];
  assert.ok(
    fields.every((f) => f.path && f.message),
    'every field still has its path and English message',
  );
  return Object.fromEntries(fields.map((f) => [f.path, f.code]));
}

const EVENT = {
  title: 'Town hall',
  type: 'town-hall',
  start: '2026-12-05T10:00:00-06:00',
  timezone: 'America/Chicago',
  online: true,
};

describe('console field errors name their rule', () => {
  let s: Setup;
  let o: Client;

  before(async () => {
    s = await consoleSetup();
    o = await owner(s);
  });

  it('an event: each bad field with the code of its zod issue', async () => {
    const bad = {
      title: '',
      type: 'picnic',
      start: 'tomorrow',
      timezone: 'Mars/Olympus',
      url: 'ftp://x',
      capacity: -1,
    };
    assert.deepEqual(await fieldsOf(await o.post('/api/console/events', bad), 400), {
      title: 'too_small',
      type: 'invalid_value',
      start: 'invalid_format',
      timezone: 'custom',
      url: 'invalid_format',
      capacity: 'too_small',
    });
  });

  it('an event that ends before it starts: `end`, a rule of the event schema', async () => {
    const res = await o.post('/api/console/events', { ...EVENT, end: '2026-12-05T09:00:00-06:00' });
    assert.deepEqual(await fieldsOf(res, 400), { end: 'custom' });
  });

  it('passwords: what is wrong with the new one, or that the current one is not right', async () => {
    const weak = await o.post('/api/console/password', { current: OWNER.password, password: 'short' });
    assert.deepEqual(await fieldsOf(weak, 400), { password: 'too_short' });
    const common = await o.post('/api/console/password', { current: OWNER.password, password: 'password1234' });
    assert.deepEqual(await fieldsOf(common, 400), { password: 'common' });
    const wrong = await o.post('/api/console/password', { current: 'not the password', password: 'x'.repeat(20) });
    assert.deepEqual(await fieldsOf(wrong, 403), { current: 'wrong_password' });
  });

  it('an authenticator code: its format, then whether it is right', async () => {
    await o.post('/api/console/totp/start');
    assert.deepEqual(await fieldsOf(await o.post('/api/console/totp/confirm', { code: '12' }), 400), {
      code: 'invalid_format',
    });
    assert.deepEqual(await fieldsOf(await o.post('/api/console/totp/confirm', { code: '000000' }), 400), {
      code: 'wrong_code',
    });
  });
});
