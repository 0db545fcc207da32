/** The clock of Congresses, the bills per Congress, and the change-of-Congress rules the lookup applies. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { congressAt, congressEndingOn, congressStart, seatingDate } from '../../../src/shared/reps/congress.js';
import { BillsFile, mergeBills, parseBillLabel } from '../../../src/shared/reps/bills.js';
import { currentStance, statesNeedingAddress, zipDistricts } from '../../../src/shared/reps/transition.js';
import type { RepsMeta, ZipShard } from '../../../src/shared/reps/bundle.js';
import type { Legislator } from '../../../src/shared/schemas/representative.js';

describe('which Congress is in session', () => {
  it('changes at noon Eastern on January 3 of odd years', () => {
    assert.equal(congressStart(120).toISOString(), '2027-01-03T17:00:00.000Z');
    assert.equal(congressAt(new Date('2027-01-03T16:59:59Z')), 119);
    assert.equal(congressAt(new Date('2027-01-03T17:00:00Z')), 120);
    assert.equal(congressAt(new Date('2026-12-04T12:00:00Z')), 119);
    assert.equal(congressAt(new Date('2025-01-02T12:00:00Z')), 118);
    assert.equal(congressAt(new Date('2028-07-01T12:00:00Z')), 120);
    assert.equal(congressAt(new Date('2029-01-03T17:00:00Z')), 121);
  });

  it('names seating days and the Congress a term ends with', () => {
    assert.equal(seatingDate(119), '2025-01-03');
    assert.equal(seatingDate(120), '2027-01-03');
    assert.equal(congressEndingOn('2027-01-03'), 119);
    assert.equal(congressEndingOn('2029-01-03'), 120);
  });
});

describe('bills per Congress', () => {
  it('parses labels as Congress.gov prints them', () => {
    assert.deepEqual(parseBillLabel('H.R.3069'), { type: 'hr', number: 3069, chamber: 'house', label: 'H.R.3069' });
    assert.deepEqual(parseBillLabel('S. 1506'), { type: 's', number: 1506, chamber: 'senate', label: 'S.1506' });
    assert.throws(() => parseBillLabel('HR 3069'), /not a House or Senate bill/);
  });

  it('validates a bills file and refuses two bills of one chamber in one Congress', () => {
    assert.ok(BillsFile.safeParse({ bills: [{ congress: 120, bill: 'H.R.1' }] }).success);
    const bad = BillsFile.safeParse({ bills: [{ congress: 120, bill: 'HR1' }] });
    assert.ok(!bad.success && bad.error.issues[0]!.path.join('.') === 'bills.0.bill');
    const twice = BillsFile.safeParse({
      bills: [
        { congress: 120, bill: 'H.R.1' },
        { congress: 120, bill: 'H.R.2' },
      ],
    });
    assert.ok(!twice.success && /two house bills/.test(twice.error.issues[0]!.message));
    assert.ok(!BillsFile.safeParse({ bills: [{ congress: 120, bill: 'S.1', source: 'congress.gov' }] }).success);
  });

  it('lays an operator list over the shipped one, by Congress and chamber', () => {
    const shipped = [
      { congress: 119, bill: 'H.R.3069' },
      { congress: 119, bill: 'S.1506' },
    ];
    const merged = mergeBills(shipped, [
      { congress: 120, bill: 'S.99' },
      { congress: 119, bill: 'S.1507' },
    ]);
    assert.deepEqual(
      merged.map((b) => `${b.congress} ${b.bill}`),
      ['119 H.R.3069', '119 S.1507', '120 S.99'],
    );
  });
});

const meta = (extra: Partial<RepsMeta> = {}) => ({ bills: [], ...extra }) as unknown as RepsMeta;
const cosponsor: Legislator = {
  id: 'F000001',
  level: 'federal',
  chamber: 'senate',
  title: 'Senator',
  name: 'Ada Badger',
  party: 'Democrat',
  state: 'WI',
  district: null,
  vacant: false,
  social: {},
  stance: {
    position: 'cosponsor',
    congress: 119,
    bill: { congress: 119, type: 's', number: 1506, label: 'S.1506' },
    source: { name: 'Congress.gov, S.1506 cosponsors' },
    asOf: '2026-09-26',
  },
};

describe('a stance seen from a later Congress', () => {
  it('keeps the stance within its own Congress', () => {
    assert.deepEqual(currentStance(meta(), cosponsor, 119), cosponsor.stance);
  });

  it('becomes not-introduced with the old position as history when the new Congress has no bill', () => {
    const s = currentStance(meta(), cosponsor, 120);
    assert.equal(s.position, 'not-introduced');
    assert.equal(s.congress, 120);
    assert.equal(s.bill, undefined);
    assert.deepEqual(s.history, [
      {
        congress: 119,
        bill: { congress: 119, type: 's', number: 1506, label: 'S.1506' },
        role: 'cosponsor',
        source: { name: 'Congress.gov, S.1506 cosponsors' },
        asOf: '2026-09-26',
      },
    ]);
  });

  it('is unknown when the new Congress has a bill whose cosponsors are not imported yet', () => {
    const m = meta({ bills: [{ congress: 120, bill: 'S.42' }] });
    assert.equal(currentStance(m, cosponsor, 120).position, 'unknown');
    assert.equal(
      currentStance(m, { ...cosponsor, chamber: 'house', title: 'Representative', district: 2 }, 120).position,
      'not-introduced',
      'a Senate bill says nothing about the House',
    );
  });

  it('leaves state legislators alone', () => {
    const state = {
      ...cosponsor,
      level: 'state' as const,
      stance: { position: 'supports' as const, asOf: '2026-01-01' },
    };
    assert.equal(currentStance(meta(), state, 120), state.stance);
  });
});

describe('ZIPs in states whose maps changed', () => {
  const redistricting = {
    congress: 120,
    states: [
      { state: 'TX', reason: 'New map for 2026', source: 'https://example.org/tx', asOf: '2026-12-04' },
      { state: 'NC', reason: 'New map for 2026', source: 'https://example.org/nc', asOf: '2026-12-04' },
    ],
  };
  const shard = {
    format: 1,
    prefix: '780',
    zips: {
      '78052': [['TX', 23]],
      '78099': [
        ['NM', 2],
        ['TX', 23],
      ],
    },
    next: { '78052': [['TX', 15]], '78099': [['TX', 16]] },
  } as unknown as ZipShard;

  it('needs an address from the seating of the new Congress on, until a ZIP table covers the state', () => {
    assert.deepEqual([...statesNeedingAddress(meta({ redistricting }), ['TX', 'WI'], 119)], []);
    assert.deepEqual([...statesNeedingAddress(meta({ redistricting }), ['TX', 'WI'], 120)], ['TX']);
    const covered = meta({ redistricting, nextZipTable: { congress: 120, states: ['TX'], asOf: '2027-02-01' } });
    assert.deepEqual([...statesNeedingAddress(covered, ['TX', 'NC'], 120)], ['NC']);
  });

  it('answers from the later table for the states it covers, once its Congress sits', () => {
    const m = meta({ nextZipTable: { congress: 120, states: ['TX'], asOf: '2027-02-01' } });
    assert.deepEqual(zipDistricts(m, shard, '78052', 119), [['TX', 23]]);
    assert.deepEqual(zipDistricts(m, shard, '78052', 120), [['TX', 15]]);
    assert.deepEqual(
      zipDistricts(m, shard, '78099', 120),
      [
        ['NM', 2],
        ['TX', 16],
      ],
      'uncovered states from the base table',
    );
    assert.deepEqual(zipDistricts(meta(), shard, '78052', 120), [['TX', 23]], 'no later table: the base one');
  });
});
