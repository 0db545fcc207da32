import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { openSqlite } from '../../server/db/index.js';
import { importReps } from '../../server/reps/import.js';
import { createStaticBackend } from '../../src/backends/static.js';
import { WidgetError } from '../../src/core/errors.js';
import { RepLookupResult } from '../../src/shared/schemas/representative.js';
import { FIXTURES, FIXTURE_NOW, FIXTURE_STANCES, importedApp } from '../server/reps/helpers.js';

// The backends resolve relative URLs against the page (document.baseURI); the URL here is absolute, so any base does.
(globalThis as { document?: { baseURI: string } }).document ??= { baseURI: 'http://127.0.0.1/' };

/** The bundle written by the import, served as plain files from 127.0.0.1 like any static host. */
describe('static bundle through the static backend', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reps-bundle-'));
  const hits: string[] = [];
  let server: Server;
  let url: string;

  before(async () => {
    const db = openSqlite(':memory:');
    await importReps(db, { from: FIXTURES, stancesFile: FIXTURE_STANCES, now: FIXTURE_NOW, staticDir: dir });
    await db.close();
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^\/+/, '');
      hits.push(path);
      try {
        const body = readFileSync(join(dir, path));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/html' });
        res.end('<h1>Not found</h1>');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers ZIPs exactly like the reference server, loading members once', async () => {
    const backend = createStaticBackend({ type: 'static', url });
    // Both on the real clock: the answer depends on which Congress is sitting (stances, new maps).
    const t = await importedApp(FIXTURES, {}, { now: () => new Date() });
    for (const zip of ['53703', '10001', '30165', '20001', '00901', '78052', '05401']) {
      const fromStatic = RepLookupResult.parse(await backend.lookupReps!({ zip }));
      const fromServer = RepLookupResult.parse(await (await t.app.request(`/api/reps?zip=${zip}`)).json());
      assert.deepEqual({ ...fromStatic, notes: [] }, { ...fromServer, notes: [] }, zip);
    }
    assert.equal(hits.filter((h) => h === 'reps/members.json').length, 1);
  });

  it('answers an unknown ZIP (missing shard) with not-found', async () => {
    const backend = createStaticBackend({ type: 'static', url });
    const r = await backend.lookupReps!({ zip: '99999' });
    assert.equal(r.status, 'not-found');
  });

  it('uses the ZIP at the end of an address, and says it could not use the address', async () => {
    const backend = createStaticBackend({ type: 'static', url });
    const r = await backend.lookupReps!({ address: '2 E Main St, Madison, WI 53703' });
    assert.equal(r.status, 'ok');
    assert.deepEqual(r.query, { kind: 'address' });
    assert.ok(r.notes.includes('geocoder-unavailable'));
    await assert.rejects(
      backend.lookupReps!({ lat: 43, lng: -89 }),
      (e: unknown) => e instanceof WidgetError && e.kind === 'unsupported',
    );
  });
});
