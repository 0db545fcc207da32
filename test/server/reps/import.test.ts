import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../server/paths.js';
import { openSqlite } from '../../../server/db/index.js';
import { scalar, sql } from '../support/db.js';
import { parseCsvRecords } from '../../../server/reps/csv.js';
import {
  parseBillStatusXml,
  parseDerivedCosponsors,
  congressGovCosponsorsUrl,
  fetchCongressGovCosponsors,
} from '../../../server/reps/billstatus.js';
import { buildRepsData } from '../../../server/reps/build.js';
import { loadFromDir, fileDate } from '../../../server/reps/inputs.js';
import { parseStateStances } from '../../../server/reps/stances.js';
import { FIPS } from '../../../server/reps/geocoder.js';
import { loadReps } from '../../../server/reps/store.js';
import { importReps } from '../../../server/reps/import.js';
import { parseZccd } from '../../../server/reps/zccd.js';
import { RepsMembers, RepsMeta, ZipShard } from '../../../src/shared/reps/bundle.js';
import { createRepsIndex, lookupFromShards } from '../../../src/shared/reps/lookup.js';
import { RepLookupResult } from '../../../src/shared/schemas/representative.js';
import { FIXTURES, FIXTURE_NOW, FIXTURE_STANCES, REAL_DATA } from './helpers.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixtureData = () => buildRepsData(loadFromDir(FIXTURES, { stancesFile: FIXTURE_STANCES }), FIXTURE_NOW);

describe('reps import: CSV reader', () => {
  it('reads quoted fields, doubled quotes, embedded commas and line breaks, CRLF and a BOM', () => {
    const rows = parseCsvRecords('\ufeffa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,,3\n', ['a', 'b', 'c']);
    assert.deepEqual(rows, [
      { a: 'x, y', b: 'say "hi"', c: 'two\nlines' },
      { a: '1', b: '', c: '3' },
    ]);
  });

  it('checks the header and row widths', () => {
    assert.throws(
      () => parseCsvRecords('zcta,cd\n53703,2\n', ['state_abbr', 'zcta', 'cd']),
      /missing column\(s\) state_abbr/,
    );
    assert.throws(() => parseCsvRecords('a,b\n1\n', ['a']), /Invalid Record Length/);
    assert.throws(() => parseCsvRecords('a,"open\n', ['a']), /Quote Not Closed/);
  });

  it('groups zccd rows into ZIP -> districts and rejects malformed rows', () => {
    const zips = parseZccd('state_fips,state_abbr,zcta,cd\r\n36,NY,10001,10\r\n36,NY,10001,12\r\n56,WY,82001,0\r\n');
    assert.deepEqual(zips.get('10001'), [
      ['NY', 10],
      ['NY', 12],
    ]);
    assert.deepEqual(zips.get('82001'), [['WY', 0]]);
    assert.throws(() => parseZccd('state_fips,state_abbr,zcta,cd\n36,NY,1000,10\n'), /row 2/);
  });
});

describe('reps import: BILLSTATUS and cosponsor lists', () => {
  const xml = readFileSync(join(FIXTURES, 'BILLSTATUS-119hr3069.xml'), 'utf8');

  it('reads sponsors and cosponsors from BILLSTATUS XML, dropping withdrawn cosponsorships', () => {
    const b = parseBillStatusXml(xml, 'fixture', '2000-01-01');
    assert.deepEqual(b.bill, { congress: 119, type: 'hr', number: 3069, chamber: 'house' });
    assert.deepEqual(b.sponsors, ['F000003']);
    // F000014 withdrew; F000015 withdrew and joined again, so counts.
    assert.deepEqual(b.cosponsors, ['F000004', 'F000010', 'F000015', 'F000099']);
    assert.deepEqual(b.withdrawn, ['F000014']);
    assert.equal(b.asOf, '2026-09-15');
  });

  it('accepts a namespaced document, the older billNumber/billType names and a single cosponsor', () => {
    const b = parseBillStatusXml(
      `<billStatus xmlns="http://schemas.congress.gov/billstatus"><bill><congress>118</congress><billType>S</billType>
       <billNumber>1655</billNumber><sponsors><item><bioguideId>S000033</bioguideId></item></sponsors>
       <cosponsors><item><bioguideId>B001230</bioguideId><sponsorshipWithdrawnDate>2023-06-01</sponsorshipWithdrawnDate></item></cosponsors>
       </bill></billStatus>`,
      'ns',
      '2024-01-02',
    );
    assert.deepEqual(b.bill, { congress: 118, type: 's', number: 1655, chamber: 'senate' });
    assert.deepEqual(b.cosponsors, []);
    assert.deepEqual(b.withdrawn, ['B001230']);
    assert.equal(b.asOf, '2024-01-02');
    assert.throws(
      () => parseBillStatusXml('<html><body>Not found</body></html>', 'bad', '2024-01-02'),
      /not a BILLSTATUS document/,
    );
  });

  it('reads the derived cosponsor JSON and links the public cosponsor page', () => {
    const b = parseDerivedCosponsors(
      JSON.parse(readFileSync(join(FIXTURES, 'm4a-cosponsors-119-s1506.json'), 'utf8')),
      'fixture',
    );
    assert.deepEqual(b.sponsors, ['F000008']);
    assert.deepEqual(b.cosponsors, ['F000001', 'F000012']);
    assert.equal(b.asOf, '2026-09-26');
    assert.equal(
      congressGovCosponsorsUrl(b.bill),
      'https://www.congress.gov/bill/119th-congress/senate-bill/1506/cosponsors',
    );
  });

  it('reads cosponsors from the congress.gov API (fake on 127.0.0.1), following pagination', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://127.0.0.1');
      seen.push(url.pathname + '?' + [...url.searchParams.keys()].sort().join(','));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
      res.setHeader('Content-Type', 'application/json');
      if (url.pathname === '/v3/bill/119/hr/3069') {
        res.end(
          JSON.stringify({
            bill: {
              number: '3069',
              type: 'HR',
              updateDate: '2026-09-15T08:06:01Z',
              sponsors: [{ bioguideId: 'F000003' }],
            },
          }),
        );
      } else if (url.searchParams.get('offset') === '1') {
        res.end(
          JSON.stringify({
            cosponsors: [{ bioguideId: 'F000014', sponsorshipWithdrawnDate: '2025-07-01' }],
            pagination: { count: 1 },
          }),
        );
      } else {
        res.end(
          JSON.stringify({
            cosponsors: [{ bioguideId: 'F000004', sponsorshipDate: '2025-04-29' }],
            pagination: { count: 1, next: `${base}/bill/119/hr/3069/cosponsors?offset=1&limit=1` },
          }),
        );
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
      const b = await fetchCongressGovCosponsors(
        { congress: 119, type: 'hr', number: 3069, chamber: 'house' },
        'test-key',
        fetch,
        base,
      );
      assert.deepEqual(b.sponsors, ['F000003']);
      assert.deepEqual(b.cosponsors, ['F000004']);
      assert.deepEqual(b.withdrawn, ['F000014']);
      assert.equal(b.asOf, '2026-09-15');
      assert.ok(seen.every((s) => s.includes('api_key')));
    } finally {
      server.close();
    }
  });
});

describe('reps import: curated state stances', () => {
  it('validates the shipped file and the fixture', () => {
    parseStateStances(JSON.parse(readFileSync(join(ROOT, 'server', 'reps', 'state-stances.json'), 'utf8')), 'shipped');
    assert.equal(parseStateStances(JSON.parse(readFileSync(FIXTURE_STANCES, 'utf8')), 'fixture').stances.length, 1);
  });

  it('rejects an entry without a source URL, with a bad id, or listed twice', () => {
    const entry = {
      id: 'ocd-person/00000000-0000-4000-8000-000000000001',
      name: 'X',
      position: 'supports',
      source: { name: 'Press release', url: 'https://example.org/a' },
      asOf: '2026-10-01',
    };
    assert.throws(
      () => parseStateStances({ stances: [{ ...entry, source: { name: 'Press release' } }] }, 'f'),
      /source\.url/,
    );
    assert.throws(() => parseStateStances({ stances: [{ ...entry, id: 'Erin' }] }, 'f'), /Open States person id/);
    assert.throws(() => parseStateStances({ stances: [entry, entry] }, 'f'), /appears twice/);
  });
});

describe('reps import: building the data set from the fixtures', () => {
  it('builds members, stances, ZIPs and provenance', () => {
    const data = fixtureData();
    const byId = new Map(data.legislators.map((l) => [l.id, l]));
    assert.equal(data.meta.counts.federal, 23);
    assert.equal(data.meta.counts.state, 3, 'the former member whose role ended is left out');
    assert.deepEqual(data.meta.stateCoverage, ['WI']);
    assert.equal(data.meta.dataAsOf, '2026-06-15', 'from PROVENANCE.md, the older of the member sources');
    assert.equal(data.meta.congress, 119);
    assert.equal(data.meta.staleAfter, '2027-01-03');
    assert.equal(data.meta.counts.splitZips, 2);
    assert.equal(data.meta.counts.crossStateZips, 1);
    assert.ok(data.zips.has('96910'), 'territory ZIPs (GU) are added');

    assert.equal(byId.get('F000003')!.stance.position, 'sponsor');
    assert.equal(byId.get('F000004')!.stance.position, 'cosponsor');
    assert.equal(byId.get('F000014')!.stance.position, 'not-cosponsor', 'withdrawn cosponsor');
    assert.equal(byId.get('F000015')!.stance.position, 'cosponsor', 'withdrawn then joined again');
    assert.equal(byId.get('F000008')!.stance.position, 'sponsor');
    assert.equal(byId.get('F000002')!.stance.position, 'not-cosponsor');
    assert.deepEqual(byId.get('F000004')!.stance.bill, { congress: 119, type: 'hr', number: 3069, label: 'H.R.3069' });
    const erin = byId.get('ocd-person/00000000-0000-4000-8000-000000000001')!;
    assert.equal(erin.stance.position, 'supports');
    assert.equal(erin.stance.source?.url, 'https://example.org/press/erin-senate-single-payer');
    const finn = byId.get('ocd-person/00000000-0000-4000-8000-000000000002')!;
    assert.deepEqual([finn.stance.position, finn.stance.asOf], ['unknown', '2026-06-15']);
    assert.equal(finn.website, 'https://legis.wisconsin.gov/assembly/76/assembly', 'page of the district held now');
    assert.equal(finn.party, 'Democrat');

    const cara = byId.get('F000003')!;
    assert.deepEqual(cara.offices, [{ city: 'Madison', state: 'WI', phone: '608-258-0000' }]);
    assert.equal(cara.social.mastodon, 'https://mastodon.social/@isthmus');
    assert.equal(byId.get('F000015')!.name, 'Ola Westside', 'first + last when official_full is missing');
    assert.equal(byId.get('F000010')!.title, 'Delegate');
    assert.equal(byId.get('F000011')!.title, 'Resident Commissioner');

    assert.ok(
      data.warnings.some((w) => w.includes('TX-23')),
      'vacant seat reported',
    );
    assert.ok(
      data.warnings.some((w) => w.includes('F000099')),
      'cosponsor no longer seated reported',
    );
  });

  it('dates a file from PROVENANCE.md, else from its modification time', () => {
    assert.equal(fileDate(FIXTURES, 'zccd.csv', readFileSync(join(FIXTURES, 'PROVENANCE.md'), 'utf8')), '2024-11-12');
    assert.match(fileDate(FIXTURES, 'zccd.csv', undefined), /^\d{4}-\d{2}-\d{2}$/);
  });

  it('stores into SQLite and loads back the same index, replacing an earlier import', async () => {
    const db = openSqlite(':memory:');
    await importReps(db, { from: FIXTURES, stancesFile: FIXTURE_STANCES, now: FIXTURE_NOW });
    await importReps(db, { from: FIXTURES, stancesFile: FIXTURE_STANCES, now: new Date(FIXTURE_NOW.getTime() + 1000) });
    const loaded = (await loadReps(db))!;
    assert.equal(loaded.index.byId.size, 26);
    assert.equal(await scalar(db, sql`SELECT COUNT(*) FROM reps_legislators`), 26);
    assert.deepEqual(loaded.shards.get('100')!.zips['10001'], [
      ['NY', 10],
      ['NY', 12],
    ]);
    assert.equal(loaded.version, new Date(FIXTURE_NOW.getTime() + 1000).toISOString());
    await db.close();
  });

  it('writes a static bundle that lookupFromShards answers like the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reps-static-'));
    try {
      const db = openSqlite(':memory:');
      await importReps(db, { from: FIXTURES, stancesFile: FIXTURE_STANCES, now: FIXTURE_NOW, staticDir: dir });
      const meta = RepsMeta.parse(JSON.parse(readFileSync(join(dir, 'reps', 'meta.json'), 'utf8')));
      const members = RepsMembers.parse(JSON.parse(readFileSync(join(dir, 'reps', 'members.json'), 'utf8')));
      const shardFiles = readdirSync(join(dir, 'reps', 'zip'));
      assert.ok(shardFiles.includes('100.json') && shardFiles.includes('537.json'));
      const index = createRepsIndex(meta, members.legislators);
      const shard = ZipShard.parse(JSON.parse(readFileSync(join(dir, 'reps', 'zip', '100.json'), 'utf8')));
      const fromBundle = RepLookupResult.parse(lookupFromShards(index, shard, '10001', FIXTURE_NOW));
      const loaded = (await loadReps(db))!;
      const fromServer = lookupFromShards(loaded.index, loaded.shards.get('100'), '10001', FIXTURE_NOW);
      assert.deepEqual(fromBundle, fromServer);
      assert.equal(fromBundle.status, 'split');
      assert.equal(lookupFromShards(index, undefined, '99999', FIXTURE_NOW).status, 'not-found');
      // ZIP centroids for event distances on static sites, in the shape the static backend reads.
      const centroids = JSON.parse(readFileSync(join(dir, 'zips', '537.json'), 'utf8')) as {
        zips: Record<string, [number, number]>;
      };
      const [lat, lng] = centroids.zips['53703']!;
      assert.ok(Math.abs(lat - 43.08) < 0.05 && Math.abs(lng + 89.38) < 0.05);
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as a command with progress and a summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reps-cli-'));
    try {
      const r = spawnSync(
        process.execPath,
        [
          '--conditions=m4a-source',
          '--import',
          'tsx',
          'server/reps/import.ts',
          '--from',
          FIXTURES,
          '--out',
          join(dir, 'db.sqlite'),
          '--static',
          join(dir, 'static'),
          '--stances',
          FIXTURE_STANCES,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /reading zccd\.csv/);
      assert.match(r.stdout, /members: +26 \(23 in Congress, 3 state legislators: WI\)/);
      assert.match(r.stdout, /ZIPs: +\d+ \(2 split between districts, 1 across state lines\)/);
      assert.match(r.stdout, /stances: +\d+ known/);
      assert.match(r.stdout, /data as of: 2026-06-15/);
      const bad = spawnSync(
        process.execPath,
        [
          '--conditions=m4a-source',
          '--import',
          'tsx',
          'server/reps/import.ts',
          '--from',
          join(dir, 'nope'),
          '--out',
          join(dir, 'x.sqlite'),
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /import:reps failed: .*nope does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The real upstream files are checked where they are present (development machines, CI); the fixtures above always run.
if (REAL_DATA)
  describe('reps import: the real upstream files', () => {
    it('imports every member, ZIP and stance with a data date', () => {
      const data = buildRepsData(loadFromDir(REAL_DATA!), FIXTURE_NOW);
      const { counts } = data.meta;
      assert.ok(counts.federal >= 530 && counts.federal <= 541, `members of Congress: ${counts.federal}`);
      assert.ok(counts.state >= 120, `WI legislators: ${counts.state}`);
      assert.ok(counts.zips > 33000, `ZIPs: ${counts.zips}`);
      assert.ok(
        counts.splitZips > 5000 && counts.crossStateZips > 50,
        `split ${counts.splitZips}, cross-state ${counts.crossStateZips}`,
      );
      assert.ok(
        counts.stances >= counts.federal,
        'every member of Congress has a known stance on the bill of their chamber',
      );
      assert.match(data.meta.dataAsOf, /^\d{4}-\d{2}-\d{2}$/);
      const sponsors = data.legislators
        .filter((l) => l.stance.position === 'sponsor')
        .map((l) => l.id)
        .sort();
      assert.deepEqual(sponsors, ['J000298', 'S000033']);
    });

    it('has the state FIPS table the geocoder relies on agree with zccd.csv', () => {
      const rows = parseCsvRecords(readFileSync(join(REAL_DATA!, 'zccd.csv'), 'utf8'), [
        'state_fips',
        'state_abbr',
      ] as const);
      const pairs = new Map(rows.map((r) => [r.state_fips, r.state_abbr]));
      for (const [fips, abbr] of pairs) assert.equal(FIPS[fips], abbr, `FIPS ${fips}`);
    });
  });
