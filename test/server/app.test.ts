import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testApp } from './support/app.js';
import { loadConfig } from '../../server/config.js';
import { openSqlite } from '../../server/db/index.js';
import { migrateSqlite } from '../../server/db/migrate.js';

describe('reference server: shared behaviour', () => {
  it('answers health and unknown endpoints with the error envelope', async () => {
    const { app } = await testApp();
    assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true });
    const res = await app.request('/api/nope');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  it('allows CORS only for configured origins', async () => {
    const { app } = await testApp({ M4A_CORS_ORIGINS: 'https://chapter.example, https://pnhp.example' });
    const ok = await app.request('/api/health', { headers: { Origin: 'https://pnhp.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://pnhp.example');
    const other = await app.request('/api/health', { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const pre = await app.request('/api/signups', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://chapter.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    });
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
  });

  it('rejects bodies over the limit with 413', async () => {
    const { app } = await testApp({ M4A_BODY_LIMIT: '1024' });
    const res = await app.request('/api/signups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '5000' },
      body: JSON.stringify({ note: 'x'.repeat(5000) }),
    });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'body_too_large');
  });

  it('guards organizer endpoints with the admin token', async () => {
    const { app } = await testApp();
    assert.equal((await app.request('/api/admin/whoami')).status, 401);
    assert.equal((await app.request('/api/admin/whoami', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
    const ok = await app.request('/api/admin/whoami', {
      headers: { Authorization: 'Bearer test-admin-token-0123456789' },
    });
    assert.equal(ok.status, 200);
  });

  it('logs one JSON line per request without query strings', async () => {
    const { app, logs } = await testApp();
    await app.request('/api/health?zip=53703&address=1+Main+St');
    const line = JSON.parse(logs.at(-1)!) as Record<string, unknown>;
    assert.equal(line['path'], '/api/health');
    assert.ok(!logs.join('').includes('53703'));
  });

  it('serves the demo page', async () => {
    const { app } = await testApp();
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /m4a-config/);
  });
});

describe('server config', () => {
  it('has working defaults and names bad variables', () => {
    const c = loadConfig({});
    assert.equal(c.PORT, 8787);
    assert.equal(c.adminTokenGenerated, true);
    assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT/);
    assert.throws(() => loadConfig({ M4A_ADMIN_TOKEN: 'short' }), /M4A_ADMIN_TOKEN/);
  });
});

describe('migrations', () => {
  it('apply once, in order, and are recorded', () => {
    const db = openSqlite(':memory:').sqlite!;
    const names = db.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all() as string[];
    assert.ok(names.includes('001-core.sql'));
    assert.deepEqual([...names].sort(), names);
    assert.deepEqual(migrateSqlite(db), []);
  });
});

describe('static files', () => {
  it('are sent compressed to browsers that accept gzip', async () => {
    const { app } = await testApp();
    const res = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
  });
});
