/** The generated contract (server/contract.ts) against the routes it is generated from, and docs/openapi.json. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { testApp } from './support/app.js';

interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { enum?: string[]; pattern?: string } }>;
}
interface Contract {
  paths: Record<string, Record<string, Operation>>;
}

const ADMIN = { Authorization: 'Bearer test-admin-token-0123456789' };

async function served(): Promise<{ app: Awaited<ReturnType<typeof testApp>>['app']; contract: Contract }> {
  const { app } = await testApp();
  return { app, contract: (await (await app.request('/api/openapi.json')).json()) as Contract };
}

describe('REST contract', () => {
  it('is served, and docs/openapi.json is up to date with the schemas (npm run contract)', async () => {
    const { contract } = await served();
    assert.deepEqual(JSON.parse(readFileSync('docs/openapi.json', 'utf8')), contract);
  });

  it('documents every /api route', async () => {
    const { app, contract } = await served();
    const routes = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.slice('/api'.length).replace(/:(\w+)/g, '{$1}')}`),
    );
    assert.ok(routes.size > 10, [...routes].join(', '));
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      assert.ok(contract.paths[path]?.[method], `${route} is not in the contract`);
    }
  });

  it('has a route behind every documented operation (a 404 is the resource’s, never the router’s)', async () => {
    const { app, contract } = await served();
    for (const [path, operations] of Object.entries(contract.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
          return param?.schema?.enum?.[0] ?? 'x';
        });
        const res = await app.request(`/api${url}`, { method: method.toUpperCase(), headers: ADMIN });
        const json = res.headers.get('content-type')?.includes('json');
        const body = json ? ((await res.json()) as { error?: { code: string } }) : {};
        const what = `${method.toUpperCase()} ${path}: ${res.status}`;
        assert.ok(res.status !== 404 || body.error?.code !== 'not_found', what);
      }
    }
  });

  it('requires the same Idempotency-Key on every write a client retries', async () => {
    const { contract } = await served();
    for (const path of ['/signups', '/events/{id}/rsvps', '/call-outcomes']) {
      const parameters = contract.paths[path]?.post?.parameters ?? [];
      const key = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      assert.ok(key?.required, path);
      assert.equal(key.schema?.pattern, '^[\\x21-\\x7e]{8,128}$', path);
    }
  });
});
