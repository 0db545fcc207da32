import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RepLookupResult, type Legislator } from '../../../src/shared/schemas/representative.js';
import { FIXTURES, REAL_DATA, importedApp, repsApp, type RepsTestApp } from './helpers.js';

type Problem = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };

async function lookup(t: RepsTestApp, qs: string) {
  const res = await t.app.request(`/api/reps?${qs}`);
  assert.equal(res.status, 200, `GET /api/reps?${qs} -> ${res.status} ${await res.clone().text()}`);
  return { res, body: RepLookupResult.parse(await res.json()) };
}

const who = (ls: Legislator[]) => ls.map((l) => `${l.chamber}:${l.vacant ? 'VACANT' : l.id}`);

describe('GET /api/reps on the fixtures', () => {
  let t: RepsTestApp;
  before(async () => {
    t = await importedApp(FIXTURES);
  });

  it('answers a single-district ZIP with both senators and the House member, and asks for the address for state seats', async () => {
    const { res, body } = await lookup(t, 'zip=53703');
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.query, { kind: 'zip' });
    assert.deepEqual(who(body.legislators), ['senate:F000001', 'senate:F000002', 'house:F000003']);
    assert.deepEqual(body.notes, ['state-needs-address']);
    assert.equal(body.splitDistricts, undefined);
    assert.equal(body.dataAsOf, '2026-06-15');
    assert.equal(body.congress, 119);
    assert.equal(body.staleAfter, '2027-01-03');
    assert.ok(body.sources.some((s) => s.url === 'https://github.com/unitedstates/congress-legislators'));
    const [ada, , cara] = body.legislators;
    assert.equal(ada!.stance.position, 'cosponsor');
    assert.equal(ada!.stance.bill?.label, 'S.1506');
    assert.equal(cara!.stance.position, 'sponsor');
    assert.equal(cara!.stance.bill?.label, 'H.R.3069');
    assert.equal(cara!.stance.asOf, '2026-09-15');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=3600');
  });

  it('accepts ZIP+4', async () => {
    const { body } = await lookup(t, 'zip=53703-1234');
    assert.deepEqual(who(body.legislators), ['senate:F000001', 'senate:F000002', 'house:F000003']);
  });

  it('never picks one district of a split ZIP: every candidate, each House member tagged with its district', async () => {
    const { body } = await lookup(t, 'zip=10001');
    assert.equal(body.status, 'split');
    assert.deepEqual(body.splitDistricts, [
      { state: 'NY', district: 10 },
      { state: 'NY', district: 12 },
    ]);
    assert.deepEqual(who(body.legislators), ['senate:F000012', 'senate:F000013', 'house:F000014', 'house:F000015']);
    assert.deepEqual(
      body.legislators.slice(2).map((l) => l.forDistrict),
      body.splitDistricts,
    );
    assert.equal(body.legislators[0]!.forDistrict, undefined, 'senators serve the whole state');
    assert.ok(!body.notes.includes('cross-state'));
    assert.equal(body.legislators[2]!.stance.position, 'not-cosponsor', 'withdrawn cosponsor');
    assert.equal(body.legislators[3]!.stance.position, 'cosponsor', 're-joined cosponsor');
  });

  it('lists the senators of each state for a ZIP that crosses a state line', async () => {
    const { body } = await lookup(t, 'zip=30165');
    assert.equal(body.status, 'split');
    assert.deepEqual(body.splitDistricts, [
      { state: 'AL', district: 3 },
      { state: 'GA', district: 14 },
    ]);
    assert.deepEqual(who(body.legislators), [
      'senate:F000016',
      'senate:F000017',
      'senate:F000019',
      'senate:F000020',
      'house:F000018',
      'house:F000021',
    ]);
    assert.ok(body.notes.includes('cross-state'));
  });

  it('explains an at-large state', async () => {
    const { body } = await lookup(t, 'zip=82001');
    assert.equal(body.status, 'ok');
    assert.deepEqual(who(body.legislators), ['senate:F000005', 'senate:F000006', 'house:F000007']);
    assert.equal(body.legislators[2]!.district, 0);
    assert.deepEqual(body.notes, ['at-large', 'state-not-covered']);
  });

  it('gives DC its Delegate and no senators', async () => {
    const { body } = await lookup(t, 'zip=20001');
    assert.equal(body.status, 'ok');
    assert.deepEqual(who(body.legislators), ['house:F000010']);
    assert.equal(body.legislators[0]!.title, 'Delegate');
    assert.equal(body.legislators[0]!.stance.position, 'cosponsor');
    assert.ok(body.notes.includes('dc-delegate'));
    assert.ok(!body.notes.includes('at-large'));
  });

  it('gives Puerto Rico its Resident Commissioner and no senators', async () => {
    const { body } = await lookup(t, 'zip=00901');
    assert.deepEqual(who(body.legislators), ['house:F000011']);
    assert.equal(body.legislators[0]!.title, 'Resident Commissioner');
    assert.ok(body.notes.includes('pr-commissioner'));
  });

  it('answers territory ZIPs missing from the ZCTA file with their Delegate seat', async () => {
    const { body } = await lookup(t, 'zip=96910');
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.notes, ['territory-delegate', 'state-not-covered', 'vacant-seat']);
    assert.equal(body.legislators[0]!.title, 'Delegate');
  });

  it('shows vacant House and Senate seats as vacant', async () => {
    const tx = (await lookup(t, 'zip=78052')).body;
    assert.deepEqual(who(tx.legislators), ['senate:F000022', 'senate:F000023', 'house:VACANT']);
    const seat = tx.legislators[2]!;
    assert.deepEqual(
      [seat.id, seat.name, seat.state, seat.district, seat.stance.position],
      ['vacant:TX-23', '', 'TX', 23, 'unknown'],
    );
    assert.ok(tx.notes.includes('vacant-seat'));

    const vt = (await lookup(t, 'zip=05401')).body;
    assert.deepEqual(who(vt.legislators), ['senate:F000008', 'senate:VACANT', 'house:F000009']);
    assert.ok(vt.notes.includes('vacant-seat') && vt.notes.includes('at-large'));
  });

  it('flags a member whose term has ended since the data was taken', async () => {
    const { body } = await lookup(t, 'zip=10001');
    assert.ok(body.notes.includes('term-ended'));
    assert.equal(body.legislators.find((l) => l.id === 'F000013')!.termEnd, '2026-11-03');
    assert.ok(!(await lookup(t, 'zip=53703')).body.notes.includes('term-ended'));
  });

  it('answers an unknown ZIP with not-found', async () => {
    const { body } = await lookup(t, 'zip=99999');
    assert.equal(body.status, 'not-found');
    assert.deepEqual(body.legislators, []);
    assert.equal(body.dataAsOf, '2026-06-15');
  });

  it('rejects bad input with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['zip=5370', 'zip'],
      ['zip=abcde', 'zip'],
      ['', '(query)'],
      ['zip=53703&address=2+E+Main+St,+Madison', '(query)'],
      ['lat=43.07', 'lng'],
      ['lat=north&lng=-89.4', 'lat'],
      ['lat=91&lng=-89.4', 'lat'],
      ['address=abc', 'address'],
      [`address=${'x'.repeat(201)}`, 'address'],
    ];
    for (const [qs, field] of cases) {
      const res = await t.app.request(`/api/reps?${qs}`);
      assert.equal(res.status, 400, qs);
      const body = (await res.json()) as Problem;
      assert.equal(body.error.code, 'invalid_request');
      assert.ok(
        body.error.fields?.some((f) => f.path === field),
        `${qs}: ${JSON.stringify(body.error.fields)}`,
      );
    }
  });

  it('marks answers stale once the next Congress is seated', async () => {
    const later = await importedApp(FIXTURES, {}, { now: () => new Date('2027-01-04T00:00:00Z') });
    const { body } = await lookup(later, 'zip=53703');
    assert.ok(body.notes.includes('data-stale'));
  });

  it('picks up a new import without a restart', async () => {
    const t2 = repsApp();
    const before = await t2.app.request('/api/reps?zip=53703');
    assert.equal(before.status, 503);
    assert.equal(((await before.json()) as Problem).error.code, 'reps_data_missing');
    const { importReps } = await import('../../../server/reps/import.js');
    await importReps(t2.deps.database, { from: FIXTURES });
    assert.equal((await lookup(t2, 'zip=53703')).body.status, 'ok');
  });

  it('never logs the ZIP', async () => {
    await lookup(t, 'zip=82001');
    assert.ok(t.logs.length > 0);
    assert.ok(t.logs.every((l) => !l.includes('82001')));
  });
});

describe('automatic first import', () => {
  it('imports from M4A_REPS_DATA when the tables are empty, and says so while it runs', async () => {
    const { autoImportReps } = await import('../../../server/reps/service.js');
    const t = repsApp({ M4A_REPS_DATA: FIXTURES });
    const job = autoImportReps(t.deps);
    assert.ok(job, 'an import started');
    const during = await t.app.request('/api/reps?zip=53703');
    assert.equal(during.status, 503);
    assert.equal(((await during.json()) as Problem).error.code, 'reps_importing');
    await job;
    assert.equal((await lookup(t, 'zip=53703')).body.status, 'ok');
    assert.equal(autoImportReps(t.deps), null, 'nothing to do once imported');
  });

  it('does nothing without data, leaving the 503 that says how to import', async () => {
    const { autoImportReps } = await import('../../../server/reps/service.js');
    const t = repsApp({ M4A_REPS_DATA: '/nonexistent/reps' });
    assert.equal(autoImportReps(t.deps), null);
    const res = await t.app.request('/api/reps?zip=53703');
    assert.equal(res.status, 503);
    assert.match(((await res.json()) as Problem).error.message, /npm run import:reps/);
  });
});

if (REAL_DATA) {
  describe('GET /api/reps on the real data', () => {
    let t: RepsTestApp;
    before(async () => {
      t = await importedApp(REAL_DATA!);
    });

    it('single district: 53703 (Madison, WI-2)', async () => {
      const { body } = await lookup(t, 'zip=53703');
      assert.equal(body.status, 'ok');
      const house = body.legislators.filter((l) => l.chamber === 'house');
      assert.deepEqual(
        house.map((l) => [l.state, l.district]),
        [['WI', 2]],
      );
      assert.equal(body.legislators.filter((l) => l.chamber === 'senate').length, 2);
      assert.ok(body.notes.includes('state-needs-address'));
    });

    it('split: 10001 (NY-10 and NY-12)', async () => {
      const { body } = await lookup(t, 'zip=10001');
      assert.equal(body.status, 'split');
      assert.deepEqual(body.splitDistricts, [
        { state: 'NY', district: 10 },
        { state: 'NY', district: 12 },
      ]);
    });

    it('cross-state: 30165 (AL-3 and GA-14) with four senators', async () => {
      const { body } = await lookup(t, 'zip=30165');
      assert.equal(body.status, 'split');
      assert.ok(body.notes.includes('cross-state'));
      assert.equal(body.legislators.filter((l) => l.chamber === 'senate').length, 4);
    });

    it('at-large: 82001 (WY) and 05401 (VT, sponsor of S.1506)', async () => {
      const wy = (await lookup(t, 'zip=82001')).body;
      assert.ok(wy.notes.includes('at-large'));
      const vt = (await lookup(t, 'zip=05401')).body;
      assert.ok(vt.legislators.some((l) => l.id === 'S000033' && l.stance.position === 'sponsor'));
    });

    it('DC (20001) and Puerto Rico (00901)', async () => {
      const dc = (await lookup(t, 'zip=20001')).body;
      assert.deepEqual(
        dc.legislators.map((l) => [l.chamber, l.title]),
        [['house', 'Delegate']],
      );
      const pr = (await lookup(t, 'zip=00901')).body;
      assert.deepEqual(
        pr.legislators.map((l) => [l.chamber, l.title]),
        [['house', 'Resident Commissioner']],
      );
    });

    it('vacant seat: 76932 (TX-23, vacant in the member data)', async () => {
      const { body } = await lookup(t, 'zip=76932');
      assert.ok(body.legislators.some((l) => l.chamber === 'house' && l.vacant && l.district === 23));
      assert.ok(body.notes.includes('vacant-seat'));
    });

    it('unknown ZIP: 00000', async () => {
      assert.equal((await lookup(t, 'zip=00000')).body.status, 'not-found');
    });
  });
}
