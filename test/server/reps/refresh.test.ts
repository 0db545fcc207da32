/**
 * Refreshing the representative data from upstream (fakes on 127.0.0.1): a failing upstream, a truncated file and
 * valid new data; the last good data keeps serving, the report says what happened, a swap is never seen half-done,
 * and instances sharing a database refresh once between them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, snapshot } from '../../../server/db/index.js';
import { testDatabase, twoConnections } from '../support/db.js';
import { loadConfig } from '../../../server/config.js';
import { buildRepsData } from '../../../server/reps/build.js';
import { loadFromDir } from '../../../server/reps/inputs.js';
import { claimLease, releaseLease } from '../../../server/db/leases.js';
import { DEFAULT_BOUNDS, implausibilities, type Bounds } from '../../../server/reps/plausible.js';
import { RefreshReport } from '../../../server/reps/refresh-report.js';
import { refreshReps } from '../../../server/reps/refresh.js';
import { loadReps, readReps, saveRepsData, type LoadedReps } from '../../../server/reps/store.js';
import { REFRESH_LEASE, refreshTick } from '../../../server/jobs/reps-refresh.js';
import { RepLookupResult } from '../../../src/shared/schemas/representative.js';
import { FIXTURES, FIXTURE_NOW, FIXTURE_STANCES, REAL_DATA, repsApp, type RepsTestApp } from './helpers.js';
import { LEAVING, NEWCOMER, TEXAN, simulate120 } from './simulate.js';
import { fakeUpstream, type FakeUpstream } from './upstream.js';

/** The fixtures are a small Congress: the real bounds (100 senators...) are checked on the real files below. */
const FIXTURE_BOUNDS: Bounds = {
  senators: [10, 100],
  representatives: [6, 435],
  delegates: [1, 6],
  states: ['WI', 'WY', 'VT', 'NY', 'AL', 'GA', 'TX'],
  minZips: 10,
  minStateLegislators: 2,
};
const TOKEN = 'test-admin-token-0123456789';
const AFTER = new Date('2027-01-10T15:00:00Z');

let upstream: FakeUpstream;
let sim120: string;
before(async () => {
  upstream = await fakeUpstream(FIXTURES);
  sim120 = simulate120();
});
after(async () => {
  await upstream.close();
  rmSync(sim120, { recursive: true, force: true });
});

/** The fake is started in before(); suites build their apps earlier. */
const upstreamFetch = ((input: string | URL | Request, init?: RequestInit) =>
  upstream.fetch(input, init)) as typeof fetch;

function app(clock: { now: Date }): RepsTestApp {
  return repsApp({}, { now: () => clock.now, fetch: upstreamFetch });
}

const refresh = (t: RepsTestApp) =>
  refreshReps(t.deps.database, {
    trigger: 'schedule',
    holder: 'test',
    now: t.deps.now,
    fetch: upstreamFetch,
    stancesFile: FIXTURE_STANCES,
    bounds: FIXTURE_BOUNDS,
  });

async function houseMemberOf(t: RepsTestApp, zip: string) {
  const body = RepLookupResult.parse(await (await t.app.request(`/api/reps?zip=${zip}`)).json());
  return body.legislators.find((l) => l.chamber === 'house')?.id;
}

async function report(t: RepsTestApp) {
  const res = await t.app.request('/api/admin/reps/refresh', { headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.status, 200);
  return RefreshReport.parse(await res.json());
}

describe('a refresh from upstream', () => {
  const clock = { now: FIXTURE_NOW };
  const t = app(clock);

  it('downloads, checks and stores the data, and reports the run', async () => {
    upstream.dir = FIXTURES;
    const { run } = await refresh(t);
    assert.equal(run.status, 'ok', run.error ?? '');
    assert.equal(run.summary?.congress, 119);
    assert.deepEqual(run.summary?.added, [], 'a first import lists nobody as added');
    assert.equal(await houseMemberOf(t, '53202'), LEAVING.id);
    assert.ok(upstream.hits.some((h) => h.includes('BILLSTATUS-119hr3069.xml')));
    const r = await report(t);
    assert.equal(r.lastSuccess?.id, run.id);
    assert.equal(r.lastError, null);
    assert.equal(r.everyHours, 24);
  });

  it('keeps serving the last good data when an upstream fails, and says so', async () => {
    const served = (await report(t)).servedImportedAt;
    upstream.overrides.set('legislators-current.json', { status: 500 });
    clock.now = new Date(FIXTURE_NOW.getTime() + 3_600_000);
    try {
      const { run } = await refresh(t);
      assert.equal(run.status, 'error');
      assert.match(run.error!, /legislators-current\.json: HTTP 500/);
    } finally {
      upstream.overrides.clear();
    }
    assert.equal(await houseMemberOf(t, '53202'), LEAVING.id);
    const r = await report(t);
    assert.equal(r.servedImportedAt, served, 'the data served did not change');
    assert.match(r.lastError!.error!, /HTTP 500/);
    assert.ok(r.lastSuccess!.startedAt < r.lastError!.startedAt);
  });

  it('keeps the last good data when a file comes truncated, unparseable or implausible', async () => {
    const full = readFileSync(join(FIXTURES, 'legislators-current.json'), 'utf8');
    upstream.overrides.set('legislators-current.json', { body: full.slice(0, Math.floor(full.length * 0.4)) });
    try {
      const { run } = await refresh(t);
      assert.equal(run.status, 'error');
      assert.match(run.error!, /JSON/);
    } finally {
      upstream.overrides.clear();
    }
    const zccd = readFileSync(join(FIXTURES, 'zccd.csv'), 'utf8').split('\n').slice(0, 4).join('\n') + '\n';
    upstream.overrides.set('zccd.csv', { body: zccd });
    try {
      const { run } = await refresh(t);
      assert.equal(run.status, 'error');
      assert.match(run.error!, /looks wrong.*states without any ZIP: .*NY/);
      assert.ok(run.summary, 'what it would have changed is kept for the reader');
    } finally {
      upstream.overrides.clear();
    }
    const split = RepLookupResult.parse(await (await t.app.request('/api/reps?zip=10001')).json());
    assert.deepEqual(split.splitDistricts?.length, 2, 'the old data still answers the split ZIP');
    assert.equal((await report(t)).runs.filter((r) => r.status === 'error').length, 3);
  });

  it('swaps in valid new data and reports who was added and removed', async () => {
    upstream.dir = sim120;
    clock.now = AFTER;
    try {
      const { run } = await refresh(t);
      assert.equal(run.status, 'ok', run.error ?? '');
      assert.equal(run.summary?.congress, 120);
      assert.deepEqual(run.summary?.added, [
        { id: NEWCOMER.id, name: NEWCOMER.name },
        { id: TEXAN.id, name: TEXAN.name },
      ]);
      assert.deepEqual(run.summary?.removed, [LEAVING]);
    } finally {
      upstream.dir = FIXTURES;
    }
    assert.equal(await houseMemberOf(t, '53202'), NEWCOMER.id);
    const r = await report(t);
    assert.deepEqual(r.lastSuccess?.summary?.removed, [LEAVING]);
  });

  it('is an organizer endpoint', async () => {
    assert.equal((await t.app.request('/api/admin/reps/refresh')).status, 401);
  });
});

describe('the swap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reps-swap-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is one transaction: another connection sees the old data set or the new one, never a mix', async () => {
    const [reader, writer] = await twoConnections(join(dir, 'm4a.sqlite'));
    try {
      const old = buildRepsData(loadFromDir(FIXTURES, { stancesFile: FIXTURE_STANCES }), FIXTURE_NOW);
      const next = buildRepsData(loadFromDir(sim120, { stancesFile: FIXTURE_STANCES }), AFTER);
      await saveRepsData(writer, old);
      const check = (loaded: LoadedReps | null, label: string, congress?: number) => {
        assert.ok(loaded, label);
        const seen = loaded.index.meta.congress;
        if (congress !== undefined) assert.equal(seen, congress, label);
        const ids = [...loaded.index.byId.keys()].sort();
        const expected = (seen === 119 ? old : next).legislators.map((l) => l.id).sort();
        assert.deepEqual(ids, expected, label);
        return seen;
      };
      // Reads all through the writer's transaction: each sees the old data set or the new one, whole.
      let saved = false;
      const saving = saveRepsData(writer, next).then(() => (saved = true));
      const seen = new Set<number>();
      while (!saved) seen.add(check(await loadReps(reader), 'during the swap'));
      await saving;
      assert.ok(seen.size >= 1);
      check(await loadReps(reader), 'after the swap', 120);
      // A reader that started before a swap committed finishes on its snapshot.
      await saveRepsData(writer, old);
      await snapshot(reader, async (q) => {
        check(await readReps(q), 'snapshot taken', 119);
        await saveRepsData(writer, next);
        check(await readReps(q), 'swap committed meanwhile', 119);
      });
      check(await loadReps(reader), 'next read', 120);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('lets lookups running during a refresh see one Congress or the other, whole', async () => {
    const clock = { now: AFTER };
    const t = app(clock);
    upstream.dir = FIXTURES;
    assert.equal((await refresh(t)).run.status, 'ok');
    upstream.dir = sim120;
    try {
      const running = refresh(t);
      const answers = await Promise.all(
        Array.from({ length: 40 }, async () =>
          RepLookupResult.parse(await (await t.app.request('/api/reps?zip=53202')).json()),
        ),
      );
      assert.equal((await running).run.status, 'ok');
      for (const a of answers) {
        const house = a.legislators.find((l) => l.chamber === 'house')!.id;
        assert.equal(house, a.congress === 119 ? LEAVING.id : NEWCOMER.id, `congress ${a.congress} with ${house}`);
      }
    } finally {
      upstream.dir = FIXTURES;
    }
  });
});

describe('once per cluster', () => {
  it('claims a lease that one holder has until it expires or is given back', async () => {
    const db = await testDatabase();
    const now = new Date('2027-01-04T00:00:00Z');
    assert.ok(await claimLease(db, 'job', 'a', now, 60_000));
    assert.ok(!(await claimLease(db, 'job', 'b', now, 60_000)));
    assert.ok(await claimLease(db, 'job', 'a', new Date(now.getTime() + 1000), 60_000), 'the holder renews');
    assert.ok(await claimLease(db, 'job', 'b', new Date(now.getTime() + 61_001), 60_000), 'expired');
    await releaseLease(db, 'job', 'b', new Date(now.getTime() + 62_000));
    assert.ok(await claimLease(db, 'job', 'a', new Date(now.getTime() + 62_000), 60_000), 'given back');
    await db.close();
  });

  it('runs one refresh when two instances on one database tick together, then waits for the interval', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reps-cluster-'));
    try {
      const file = join(dir, 'm4a.sqlite');
      const clock = { now: FIXTURE_NOW };
      const bundle = join(dir, 'static');
      const instance = () => {
        const settings = { M4A_REPS_REFRESH: '24', M4A_REPS_STATIC_DIR: bundle };
        return repsApp(settings, { database: openSqlite(file), now: () => clock.now, fetch: upstream.fetch }).deps;
      };
      const [a, b] = [instance(), instance()];
      upstream.dir = FIXTURES;
      const bounds = FIXTURE_BOUNDS;
      const runs = await Promise.all([
        refreshTick(a, { holder: 'a', bounds }),
        refreshTick(b, { holder: 'b', bounds }),
      ]);
      assert.equal(runs.filter(Boolean).length, 1, 'one instance ran it');
      assert.equal(runs.find(Boolean)!.status, 'ok', runs.find(Boolean)!.error ?? '');
      assert.ok(existsSync(join(bundle, 'reps', 'meta.json')), 'the static bundle is rewritten');
      assert.equal(await refreshTick(b, { holder: 'b', bounds }), null, 'not due yet');
      clock.now = new Date(FIXTURE_NOW.getTime() + 25 * 3_600_000);
      assert.equal((await refreshTick(b, { holder: 'b', bounds }))?.holder, 'b', 'due a day later');
      assert.ok(await claimLease(a.database, REFRESH_LEASE, 'a', clock.now, 1000), 'the lease was given back');
      await a.database.close();
      await b.database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing when M4A_REPS_REFRESH is off', async () => {
    const t = repsApp({ M4A_REPS_REFRESH: 'off' }, { fetch: upstream.fetch });
    assert.equal(await refreshTick(t.deps, { bounds: FIXTURE_BOUNDS }), null);
    assert.equal(upstream.hits.length > 0, true);
  });
});

describe('refresh settings', () => {
  it('reads the schedule and validates the bills JSON', () => {
    assert.equal(loadConfig({}).M4A_REPS_REFRESH, 24);
    assert.equal(loadConfig({ M4A_REPS_REFRESH: 'off' }).M4A_REPS_REFRESH, null);
    assert.equal(loadConfig({ M4A_REPS_REFRESH: '6' }).M4A_REPS_REFRESH, 6);
    assert.throws(() => loadConfig({ M4A_REPS_REFRESH: 'daily' }), /M4A_REPS_REFRESH is off or a number of hours/);
    assert.throws(
      () => loadConfig({ M4A_BILLS: '{"bills":[{"congress":120,"bill":"HR1"}]}' }),
      /M4A_BILLS bills\.0\.bill/,
    );
    assert.throws(() => loadConfig({ M4A_BILLS: 'H.R.1' }), /M4A_BILLS is not JSON/);
    loadConfig({ M4A_BILLS: '{"bills":[{"congress":120,"bill":"H.R.1"}]}' });
  });
});

// The real bounds hold for the real files; a truncated copy of them does not pass.
if (REAL_DATA)
  describe('plausibility of the real upstream files', () => {
    it('accepts the real data and refuses it with a third of the members missing', () => {
      const inputs = loadFromDir(REAL_DATA!);
      const data = buildRepsData(inputs, FIXTURE_NOW);
      assert.deepEqual(implausibilities(data, DEFAULT_BOUNDS), []);
      const cut = buildRepsData(
        { ...inputs, legislatorsCurrent: (inputs.legislatorsCurrent as unknown[]).slice(0, 360) },
        FIXTURE_NOW,
      );
      const problems = implausibilities(cut, DEFAULT_BOUNDS);
      assert.ok(
        problems.some((p) => /^representatives: \d+, expected 420-435$/.test(p)),
        problems.join('; '),
      );
    });
  });
