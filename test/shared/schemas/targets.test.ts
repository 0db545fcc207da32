/** The local-target schema: every field's rule, and lists checked entry by entry so the good entries still show. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LocalTarget,
  describeTargetProblem,
  parseLocalTargets,
  targetProblemField,
} from '../../../src/shared/schemas/targets.js';

const base = { id: 'mayor', name: 'Example Mayor', title: 'Mayor', level: 'city' };
const full = {
  ...base,
  title: { en: 'Mayor', es: 'Alcaldesa' },
  phone: '608-555-0100',
  email: 'mayor@example.org',
  contactUrl: 'https://example.org/contact',
  address: ['210 Martin Luther King Jr Blvd', 'Madison, WI 53703'],
  photoUrl: 'https://example.org/mayor.jpg',
  coverage: { districts: ['6'], zipToDistrict: { '53703': ['2', '4', '6'] } },
  stance: {
    position: 'supports',
    label: { en: 'Signed our pledge', es: 'Firmó nuestro compromiso' },
    source: { name: 'Example pledge list', url: 'https://example.org/pledge' },
    asOf: '2026-11-02',
  },
};

/** The problem for one entry, as parseLocalTargets reports it. */
const problemOf = (entry: object) => parseLocalTargets([entry]).problems[0];

describe('LocalTarget', () => {
  it('accepts a minimal entry and a full one', () => {
    assert.ok(LocalTarget.safeParse(base).success);
    assert.deepEqual(LocalTarget.parse(full), full);
    assert.ok(LocalTarget.safeParse({ ...base, coverage: { zips: ['53703', '53704'] } }).success);
    assert.ok(LocalTarget.safeParse({ ...base, stance: { position: 'unknown', asOf: '2026-11-02' } }).success);
    assert.ok(LocalTarget.safeParse({ ...base, phone: '+1 (608) 555-0100 ext. 12' }).success);
  });

  it('names the field of each broken rule', () => {
    const cases: Array<[object, string]> = [
      [{ ...base, id: 'Mayor Rhodes' }, 'id'],
      [{ ...base, id: 'x'.repeat(61) }, 'id'],
      [{ ...base, name: '  ' }, 'name'],
      [{ ...base, title: { en: '', es: 'Alcaldesa' } }, 'title.en'],
      [{ ...base, title: { es: 'Alcaldesa' } }, 'title'],
      [{ ...base, title: 7 }, 'title'],
      [{ ...base, level: 'federal' }, 'level'],
      [{ ...base, phone: 'call us' }, 'phone'],
      [{ ...base, email: 'mayor at example' }, 'email'],
      [{ ...base, contactUrl: 'http://example.org' }, 'contactUrl'],
      [{ ...base, photoUrl: 'javascript:alert(1)' }, 'photoUrl'],
      [{ ...base, address: [] }, 'address'],
      [{ ...base, coverage: { zips: ['5370'] } }, 'coverage.zips.0'],
      [{ ...base, coverage: { zips: [] } }, 'coverage.zips'],
      [{ ...base, coverage: { districts: ['6'] } }, 'coverage.zipToDistrict'],
      [{ ...base, coverage: { zipToDistrict: { '53703': ['6'] } } }, 'coverage.districts'],
      [
        { ...base, coverage: { districts: ['6'], zipToDistrict: { '537031': ['6'] } } },
        'coverage.zipToDistrict.537031',
      ],
      [{ ...base, coverage: { districts: ['6'], zipToDistrict: { '53703': [] } } }, 'coverage.zipToDistrict.53703'],
      [{ ...base, coverage: { zips: ['53703'], districts: ['6'] } }, 'coverage'],
      [{ ...base, stance: { position: 'cosponsor', asOf: '2026-11-02' } }, 'stance.position'],
      [{ ...base, stance: { position: 'opposes', asOf: '2026-11-02' } }, 'stance.source'],
      [{ ...base, stance: { position: 'unknown', asOf: 'last week' } }, 'stance.asOf'],
      [{ ...base, phnoe: '608-555-0100' }, 'phnoe'],
    ];
    for (const [entry, path] of cases) assert.equal(problemOf(entry)?.path, path, JSON.stringify(entry));
    assert.equal(problemOf({ ...base, phnoe: '1' })?.message, 'Unknown setting "phnoe"');
    assert.match(problemOf({ ...base, contactUrl: 'http://example.org' })!.message, /https:\/\//);
  });
});

describe('parseLocalTargets', () => {
  it('keeps the good entries, in order, and reports each bad one by index, id and field', () => {
    const { targets, problems } = parseLocalTargets([
      full,
      { ...base, id: 'alder-6', phone: 'call us' },
      { ...base, id: 'county-exec', level: 'county' },
      'not an entry',
      { ...base, id: 'BAD', name: '' },
    ]);
    assert.deepEqual(
      targets.map((t) => t.id),
      ['mayor', 'county-exec'],
    );
    assert.deepEqual(
      problems.map(({ index, id, path }) => ({ index, id, path })),
      [
        { index: 1, id: 'alder-6', path: 'phone' },
        { index: 3, id: undefined, path: '' },
        { index: 4, id: undefined, path: 'id' },
      ],
    );
  });

  it('reports a second entry with the same id and keeps the first', () => {
    const { targets, problems } = parseLocalTargets([base, { ...base, name: 'Someone else' }]);
    assert.deepEqual(targets, [base]);
    assert.deepEqual(problems, [
      { index: 1, id: 'mayor', path: 'id', message: 'Another target already has the id "mayor"' },
    ]);
  });

  it('takes the list or an object holding it, as GET /api/targets and targets.json have it', () => {
    assert.deepEqual(parseLocalTargets({ targets: [base], updatedAt: '2026-11-02T10:00:00Z' }).targets, [base]);
    assert.deepEqual(parseLocalTargets([]), { targets: [], problems: [] });
    assert.deepEqual(parseLocalTargets({ targets: [] }), { targets: [], problems: [] });
  });

  it('reports a value that is no list at all', () => {
    for (const input of [null, 'mayor', { mayor: base }, 3]) {
      const { targets, problems } = parseLocalTargets(input);
      assert.deepEqual(targets, []);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.index, -1);
    }
  });

  it('words a problem for the console and names its field', () => {
    const problem = { index: 2, id: 'alder-6', path: 'phone', message: 'Write the phone number with digits' };
    assert.equal(describeTargetProblem(problem), 'targets.2 ("alder-6").phone: Write the phone number with digits');
    assert.equal(targetProblemField(problem), 'targets.2.phone');
    const whole = { index: -1, path: '', message: 'Targets are a list' };
    assert.equal(describeTargetProblem(whole, 'targets.json'), 'targets.json: Targets are a list');
    assert.equal(targetProblemField(whole), 'targets');
    assert.equal(targetProblemField({ index: 3, path: '', message: 'x' }), 'targets.3');
  });
});
