/**
 * Where the server's local targets come from besides the admin token: the console (organizer role, audited),
 * M4A_TARGETS_FILE (read once at start, served read-only, a bad entry stops start-up), and the demo's Madison list.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleTargetList, LocalTargetList, parseLocalTargets } from '../../../src/shared/schemas/targets.js';
import { targetsForZip } from '../../../src/shared/reps/targets.js';
import { DEMO_TARGETS, seedDemoTargets } from '../../../server/targets/seed.js';
import { startDemoTargets } from '../../../server/jobs/demo-targets.js';
import { TargetsFileError } from '../../../server/targets/file.js';
import { consoleSetup, invited, owner, type Client } from '../accounts/helpers.js';
import { testApp } from '../support/app.js';
import { ENGINE, testDatabase } from '../support/db.js';
import { ALDER, MAYOR, entry, put, type Problem } from './helpers.js';

describe(`local targets from the console (${ENGINE})`, () => {
  let s: Awaited<ReturnType<typeof consoleSetup>>;
  let organizer: Client;
  let viewer: Client;
  before(async () => {
    s = await consoleSetup();
    const ownerClient = await owner(s);
    organizer = await invited(s, ownerClient, 'organizer');
    viewer = await invited(s, ownerClient, 'viewer');
  });

  it('lets an organizer replace the list, audited without the list itself', async () => {
    const res = await organizer.request('PUT', '/api/console/targets', { targets: [MAYOR, ALDER] });
    assert.equal(res.status, 200);
    const served = LocalTargetList.parse(await (await s.app.request('/api/targets')).json());
    assert.deepEqual(
      served.targets.map((t) => t.id),
      ['mayor', 'alder-6'],
    );
    const row = await s.db.kysely
      .selectFrom('console_audit')
      .selectAll()
      .where('action', '=', 'targets-replaced')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.detail as string), { count: 2 });
  });

  it('answers 422 naming the bad entry, and refuses a viewer and a signed-out page', async () => {
    const bad = await organizer.request('PUT', '/api/console/targets', { targets: [entry('x', { level: 'federal' })] });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      ((await bad.json()) as Problem).error.fields?.map((f) => f.path),
      ['targets.0.level'],
    );
    assert.equal((await viewer.request('PUT', '/api/console/targets', { targets: [] })).status, 403);
    assert.equal((await s.client('10.9.0.1').request('PUT', '/api/console/targets', { targets: [] })).status, 401);
    assert.equal(LocalTargetList.parse(await (await s.app.request('/api/targets')).json()).targets.length, 2);
  });

  it('lets every role read the list for the console page, writable, and no signed-out page', async () => {
    for (const client of [organizer, viewer]) {
      const res = await client.get('/api/console/targets');
      assert.equal(res.status, 200);
      const read = ConsoleTargetList.parse(await res.json());
      assert.deepEqual([read.readOnly, read.targets.map((t) => t.id)], [false, ['mayor', 'alder-6']]);
    }
    assert.equal((await s.client('10.9.0.2').get('/api/console/targets')).status, 401);
  });
});

describe('local targets from M4A_TARGETS_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'm4a-targets-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, body: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    return path;
  };

  it('serves the file, dated by its last change, and refuses writes', async () => {
    const t = await testApp({ M4A_LOG: 'silent', M4A_TARGETS_FILE: file('good.json', { targets: [MAYOR, ALDER] }) });
    const served = LocalTargetList.parse(await (await t.app.request('/api/targets')).json());
    assert.deepEqual(served.targets, [MAYOR, ALDER]);
    assert.match(served.updatedAt ?? '', /^\d{4}-\d\d-\d\dT/);
    const refused = await put(t.app, { targets: [] });
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as Problem).error.code, 'targets_from_file');
    assert.equal(LocalTargetList.parse(await (await t.app.request('/api/targets')).json()).targets.length, 2);
  });

  it('tells the console the list is read-only, and refuses an organizer’s write', async () => {
    const c = await consoleSetup({ M4A_TARGETS_FILE: file('console.json', { targets: [MAYOR] }) });
    const organizer = await invited(c, await owner(c), 'organizer');
    const read = ConsoleTargetList.parse(await (await organizer.get('/api/console/targets')).json());
    assert.deepEqual([read.readOnly, read.targets], [true, [MAYOR]]);
    assert.equal((await organizer.request('PUT', '/api/console/targets', { targets: [] })).status, 409);
  });

  it('stops start-up naming every bad entry, or a file that is not JSON', async () => {
    const bad = file('bad.json', [MAYOR, entry('alder-2', { phone: 'call us' }), entry('x', { email: 'nope' })]);
    await assert.rejects(testApp({ M4A_TARGETS_FILE: bad }), (err: Error) => {
      assert.ok(err instanceof TargetsFileError);
      assert.match(err.message, /targets\.1 \("alder-2"\)\.phone: /);
      assert.match(err.message, /targets\.2 \("x"\)\.email: /);
      return true;
    });
    await assert.rejects(testApp({ M4A_TARGETS_FILE: file('broken.json', '[{') }), /cannot be read as JSON/);
    await assert.rejects(testApp({ M4A_TARGETS_FILE: join(dir, 'missing.json') }), TargetsFileError);
  });
});

describe(`the demo's Madison targets (${ENGINE})`, () => {
  it('are valid example data: 555-01xx phones, example.org addresses, every stance sourced or unknown', () => {
    assert.deepEqual(parseLocalTargets(DEMO_TARGETS).problems, []);
    assert.deepEqual(
      DEMO_TARGETS.map((t) => t.level),
      ['city', 'city', 'county'],
    );
    for (const t of DEMO_TARGETS) {
      if (t.phone) assert.match(t.phone, /^608-555-01\d\d$/);
      for (const url of [t.email, t.contactUrl, t.stance?.source?.url]) if (url) assert.match(url, /example\.org/);
      assert.match(typeof t.title === 'string' ? t.title : t.title.en, /\(demo example\)$/);
    }
  });

  it('cover a Madison ZIP, with the alder as a candidate of a split ZIP, and nothing elsewhere', () => {
    assert.deepEqual(
      targetsForZip(DEMO_TARGETS, '53703').map((c) => [c.target.id, c.candidate]),
      [
        ['madison-mayor', false],
        ['madison-alder-6', true],
        ['dane-county-executive', false],
      ],
    );
    assert.deepEqual(targetsForZip(DEMO_TARGETS, '10001'), []);
  });

  it('are saved once, on a server where no list was ever saved, and never over an organizer’s empty list', async () => {
    const db = await testDatabase();
    try {
      const now = new Date('2026-11-02T15:00:00.000Z');
      assert.equal(await seedDemoTargets(db, now), 3);
      assert.equal(await seedDemoTargets(db, now), 0);
      await db.kysely.deleteFrom('local_targets').execute();
      assert.equal(await seedDemoTargets(db, now), 0, 'a list was saved before: an empty one stays empty');
    } finally {
      await db.close();
    }
  });

  it('are added by the start-up job unless M4A_SEED_DEMO=0 or a targets file is set', async () => {
    const seeded = await testApp({ M4A_LOG: 'silent', M4A_SEED_DEMO: '1' });
    await startDemoTargets(seeded.deps)();
    const served = LocalTargetList.parse(await (await seeded.app.request('/api/targets')).json());
    assert.equal(served.targets.length, 3);
    const off = await testApp({ M4A_LOG: 'silent', M4A_SEED_DEMO: '0' });
    await startDemoTargets(off.deps)();
    assert.equal(LocalTargetList.parse(await (await off.app.request('/api/targets')).json()).targets.length, 0);
  });
});
