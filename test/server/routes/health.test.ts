/** The load balancer's probes, outside /api: liveness, and readiness (database answers, migrations applied). */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../../server/app.js';
import { testApp } from '../support/app.js';

it('answers /healthz and /readyz, and fails readiness once the instance drains', async () => {
  const { app, deps } = await testApp();
  assert.deepEqual(await (await app.request('/healthz')).json(), { ok: true });
  const ready = await app.request('/readyz');
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { ready: true, engine: deps.database.engine });

  const draining = createApp(deps, { draining: () => true });
  const res = await draining.request('/readyz');
  assert.equal(res.status, 503);
  assert.equal(((await res.json()) as { reason: string }).reason, 'shutting down');

  await deps.database.close();
  const gone = await app.request('/readyz');
  assert.equal(gone.status, 503);
  assert.match(((await gone.json()) as { reason: string }).reason, /database unreachable/);
});
