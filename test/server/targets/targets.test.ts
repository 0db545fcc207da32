/**
 * The reference server's local targets: `GET /api/targets` (public, cacheable, ETag), organizers' whole-list writes
 * with the admin token (422 naming each bad entry and field, nothing saved), and the store on either engine.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LocalTargetList } from '../../../src/shared/schemas/targets.js';
import { testApp } from '../support/app.js';
import { ENGINE } from '../support/db.js';
import { ALDER, COUNTY, MAYOR, entry, put, type Problem } from './helpers.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;

const list = async (t: TestApp) => LocalTargetList.parse(await (await t.app.request('/api/targets')).json());

describe(`local targets over HTTP (${ENGINE})`, () => {
  let t: TestApp;
  let clock = new Date('2026-11-02T15:00:00.000Z');
  before(async () => {
    t = await testApp({ M4A_LOG: 'silent' }, { now: () => clock });
  });

  it('answers an empty list before any is saved, publicly cacheable, with an ETag', async () => {
    const res = await t.app.request('/api/targets');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { targets: [] });
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
    assert.match(res.headers.get('etag') ?? '', /^"[\w-]{27}"$/);
  });

  it('refuses a write without the organizer token', async () => {
    assert.equal((await put(t.app, { targets: [MAYOR] }, {})).status, 401);
    assert.equal(
      (await put(t.app, { targets: [MAYOR] }, { Authorization: 'Bearer wrong-token-0123456789' })).status,
      401,
    );
    assert.deepEqual((await list(t)).targets, []);
  });

  it('replaces the list with the admin token and serves it in the saved order, dated', async () => {
    const res = await put(t.app, { targets: [MAYOR, ALDER, COUNTY] });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const saved = LocalTargetList.parse(await res.json());
    assert.deepEqual(saved, { targets: [MAYOR, ALDER, COUNTY], updatedAt: clock.toISOString() });
    assert.deepEqual(await list(t), saved);
    assert.equal(res.headers.get('etag'), (await t.app.request('/api/targets')).headers.get('etag'));
  });

  it('answers 304 to a matching If-None-Match, and a new ETag once the list changes', async () => {
    const etag = (await t.app.request('/api/targets')).headers.get('etag')!;
    const same = await t.app.request('/api/targets', { headers: { 'If-None-Match': `"other", ${etag}` } });
    assert.equal(same.status, 304);
    assert.equal(same.headers.get('etag'), etag);
    clock = new Date('2026-11-03T09:00:00.000Z');
    assert.equal((await put(t.app, [COUNTY, MAYOR])).status, 200, 'the list itself is accepted too');
    const changed = await t.app.request('/api/targets', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.deepEqual(
      ((await changed.json()) as { targets: { id: string }[] }).targets.map((x) => x.id),
      ['county-exec', 'mayor'],
    );
  });

  it('answers 422 naming every bad entry by index, id and field, and saves nothing', async () => {
    const before = await list(t);
    const res = await put(t.app, {
      targets: [
        MAYOR,
        entry('alder-2', { phone: 'call us' }),
        entry('BAD ID'),
        entry('mayor'),
        { ...COUNTY, fax: '1' },
      ],
    });
    assert.equal(res.status, 422);
    const problem = (await res.json()) as Problem;
    assert.equal(problem.error.code, 'invalid_targets');
    assert.deepEqual(
      problem.error.fields?.map((f) => f.path),
      ['targets.1.phone', 'targets.2.id', 'targets.3.id', 'targets.4.fax'],
    );
    assert.match(problem.error.fields![0]!.message, /^"alder-2": Write the phone number with digits/);
    assert.match(problem.error.message, /^Nothing was saved: targets\.1 \("alder-2"\)\.phone: /);
    assert.match(problem.error.fields![3]!.message, /Unknown setting "fax"/);
    assert.deepEqual(await list(t), before);
  });

  it('answers 400 to a body that is not JSON or not a list of targets', async () => {
    const notJson = await put(t.app, '{"targets": [');
    assert.equal(notJson.status, 400);
    assert.equal(((await notJson.json()) as Problem).error.code, 'invalid_json');
    const notList = await put(t.app, { mayor: MAYOR });
    assert.equal(notList.status, 400);
    assert.deepEqual(
      ((await notList.json()) as Problem).error.fields?.map((f) => f.path),
      ['(body)'],
    );
  });

  it('empties the list with an empty one', async () => {
    assert.equal((await put(t.app, { targets: [] })).status, 200);
    assert.deepEqual((await list(t)).targets, []);
  });

  it('describes the routes in the contract', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
    };
    assert.ok(doc.paths['/targets']?.get);
    const write = doc.paths['/admin/targets']?.put;
    assert.ok(write?.requestBody, 'the body schema is published');
    assert.ok(write?.responses['422'] && write.responses['401']);
    assert.ok(doc.paths['/console/targets']?.put?.responses['403']);
  });
});
