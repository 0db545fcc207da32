import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RepLookupResult } from '../../../src/shared/schemas/representative.js';
import {
  LruCache,
  addressKey,
  createGeocoder,
  parseAddressResponse,
  parseCoordinatesResponse,
  readGeographies,
} from '../../../server/reps/geocoder.js';
import { zipInAddress } from '../../../src/shared/zip.js';
import { FIXTURES, importedApp, type RepsTestApp } from './helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/**
 * A stand-in for geocoding.geo.census.gov on 127.0.0.1, answering in the real JSON format. The address decides
 * the answer: "Nowhere" -> no match, "Slow" -> answers after 1.5 s, "Broken" -> HTTP 500, else the Madison match.
 */
class FakeCensus {
  server!: Server;
  requests: URL[] = [];
  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/geocoder`;
  }
  async start() {
    this.server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://127.0.0.1');
      this.requests.push(url);
      const address = url.searchParams.get('address') ?? '';
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body);
      };
      if (url.pathname === '/geocoder/geographies/coordinates') return send(200, fixture('census-coordinates-wi.json'));
      if (url.pathname !== '/geocoder/geographies/onelineaddress') return send(404, '{}');
      if (address.includes('Slow'))
        return void setTimeout(() => send(200, fixture('census-onelineaddress-wi.json')), 1500);
      if (address.includes('Broken')) return send(500, '<html>Internal Server Error</html>');
      if (address.includes('Nowhere')) return send(200, fixture('census-onelineaddress-nomatch.json'));
      send(200, fixture('census-onelineaddress-wi.json'));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

type Problem = { error: { code: string } };

describe('address lookups through the Census geocoder', () => {
  const census = new FakeCensus();
  let t: RepsTestApp;
  before(async () => {
    await census.start();
    t = await importedApp(FIXTURES, { M4A_GEOCODER_URL: census.url, M4A_GEOCODER_TIMEOUT_MS: '300' });
  });
  after(() => census.stop());

  const get = async (qs: string) => {
    const res = await t.app.request(`/api/reps?${qs}`);
    return {
      res,
      status: res.status,
      body: res.status === 200 ? RepLookupResult.parse(await res.json()) : ((await res.json()) as Problem),
    };
  };

  it('resolves an address to its House member and state legislators, with the curated stance', async () => {
    const { res, body } = await get('address=' + encodeURIComponent('2 E Main St, Madison, WI 53703'));
    const r = body as RepLookupResult;
    assert.equal(r.status, 'ok');
    assert.deepEqual(r.query, { kind: 'address' });
    assert.deepEqual(
      r.legislators.map((l) => [l.chamber, l.district, l.name]),
      [
        ['senate', null, 'Ada Badger'],
        ['senate', null, 'Ben Cheddar'],
        ['house', 2, 'Cara Isthmus'],
        ['state-senate', 26, 'Erin Senate'],
        ['state-assembly', 76, 'Finn Assembly'],
      ],
    );
    assert.equal(r.legislators[3]!.stance.position, 'supports');
    assert.equal(r.legislators[3]!.title, 'State Senator');
    assert.equal(r.legislators[4]!.title, 'Representative to the Assembly');
    assert.deepEqual(r.notes, []);
    assert.equal(res.headers.get('cache-control'), 'no-store');

    const sent = census.requests.at(-1)!;
    assert.equal(sent.pathname, '/geocoder/geographies/onelineaddress');
    assert.deepEqual(
      ['benchmark', 'vintage', 'layers', 'format'].map((k) => sent.searchParams.get(k)),
      ['Public_AR_Current', 'Current_Current', 'all', 'json'],
    );
  });

  it('serves the same address again from its cache, however it is spaced or capitalised', async () => {
    const before = census.requests.length;
    const { body } = await get('address=' + encodeURIComponent('2 e main st ,  MADISON, wi 53703'));
    assert.equal((body as RepLookupResult).status, 'ok');
    assert.equal(census.requests.length, before);
  });

  it('never writes the address to the logs', () => {
    assert.ok(t.logs.length > 0);
    assert.ok(
      t.logs.every((l) => !/main st|madison/i.test(l)),
      t.logs.join('\n'),
    );
  });

  it('shows a vacant state seat when a location falls in it', async () => {
    const { body } = await get('lat=43.08&lng=-89.4');
    const r = body as RepLookupResult;
    assert.deepEqual(r.query, { kind: 'coordinates' });
    const assembly = r.legislators.find((l) => l.chamber === 'state-assembly')!;
    assert.deepEqual([assembly.vacant, assembly.district, assembly.id], [true, 77, 'vacant:WI-state-assembly-77']);
    assert.ok(r.notes.includes('vacant-seat'));
    assert.equal(census.requests.at(-1)!.searchParams.get('x'), '-89.4');
  });

  it('falls back to the ZIP in the address when the geocoder times out', async () => {
    const started = Date.now();
    const { body } = await get('address=' + encodeURIComponent('1 Slow Ln, New York, NY 10001'));
    const r = body as RepLookupResult;
    assert.ok(Date.now() - started < 1400, 'did not wait for the slow answer');
    assert.equal(r.status, 'split');
    assert.ok(r.notes.includes('geocoder-unavailable'));
    assert.deepEqual(r.query, { kind: 'address' });
    assert.ok(t.logs.some((l) => l.includes('geocoder unavailable') && l.includes('timeout')));
  });

  it('falls back the same way on an HTTP error, and does not cache failures', async () => {
    const before = census.requests.length;
    for (let i = 0; i < 2; i++) {
      const r = (await get('address=' + encodeURIComponent('9 Broken Rd, Cheyenne, WY 82001'))).body as RepLookupResult;
      assert.equal(r.status, 'ok');
      assert.ok(r.notes.includes('geocoder-unavailable') && r.notes.includes('at-large'));
    }
    assert.equal(census.requests.length, before + 2);
  });

  it('answers 503 when the geocoder fails and the address has no ZIP', async () => {
    const { status, body } = await get('address=' + encodeURIComponent('1 Slow Ln, Madison, WI'));
    assert.equal(status, 503);
    assert.equal((body as Problem).error.code, 'geocoder_unavailable');
  });

  it('falls back to the ZIP when the address is not recognised, and says so', async () => {
    const r = (await get('address=' + encodeURIComponent('1 Nowhere Rd, Milwaukee, WI 53202'))).body as RepLookupResult;
    assert.equal(r.status, 'ok');
    assert.deepEqual(r.notes, ['address-not-matched', 'state-needs-address']);
    const none = (await get('address=' + encodeURIComponent('1 Nowhere Rd, Milwaukee, WI'))).body as RepLookupResult;
    assert.equal(none.status, 'not-found');
    assert.deepEqual(none.notes, ['address-not-matched']);
  });
});

describe('Census response parsing', () => {
  const cd = (geoid: string) => ({
    '119th Congressional Districts': [{ GEOID: geoid, CDSESSN: '119', BASENAME: 'x' }],
  });

  it('reads at-large (00) and Delegate / Resident Commissioner (98) seats as district 0', () => {
    assert.deepEqual(readGeographies(cd('5600'))?.congressional, [{ state: 'WY', district: 0 }]);
    assert.deepEqual(readGeographies(cd('1198'))?.congressional, [{ state: 'DC', district: 0 }]);
    assert.deepEqual(readGeographies(cd('7298'))?.congressional, [{ state: 'PR', district: 0 }]);
    assert.deepEqual(readGeographies(cd('3612'))?.congressional, [{ state: 'NY', district: 12 }]);
    assert.equal(readGeographies(cd('55ZZ')), null);
    assert.equal(readGeographies({ States: [{ GEOID: '55' }] }), null);
  });

  it('finds layers whatever their vintage prefix, and keeps every district when matches disagree', () => {
    const body = JSON.parse(fixture('census-onelineaddress-wi.json'));
    const parsed = parseAddressResponse(body);
    assert.deepEqual(parsed, {
      status: 'matched',
      congressional: [{ state: 'WI', district: 2 }],
      stateDistricts: { state: 'WI', upper: 26, lower: 76 },
      congress: 119,
    });
    const other = structuredClone(body.result.addressMatches[0]);
    other.geographies['119th Congressional Districts'][0].GEOID = '5503';
    body.result.addressMatches.push(other);
    assert.deepEqual(parseAddressResponse(body), {
      status: 'matched',
      congressional: [
        { state: 'WI', district: 2 },
        { state: 'WI', district: 3 },
      ],
      stateDistricts: { state: 'WI', upper: 26, lower: 76 },
      congress: 119,
    });
    assert.deepEqual(parseAddressResponse(JSON.parse(fixture('census-onelineaddress-nomatch.json'))), {
      status: 'no-match',
    });
    assert.deepEqual(parseAddressResponse({ errors: ['Specify Benchmark'], status: '400' }), {
      status: 'unavailable',
      reason: 'format',
    });
    assert.equal(parseCoordinatesResponse(JSON.parse(fixture('census-coordinates-wi.json'))).status, 'matched');
  });

  it('keys the cache by a hash of the normalised address, bounded in size and age', () => {
    assert.equal(addressKey('2 E Main St, Madison'), addressKey(' 2 e main st ,madison '));
    assert.ok(!addressKey('2 E Main St').includes('Main'));
    let now = 0;
    const lru = new LruCache<number>(2, 1000, () => now);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    assert.deepEqual([lru.get('a'), lru.get('b'), lru.get('c')], [1, undefined, 3]);
    now = 2000;
    assert.equal(lru.get('a'), undefined);
  });

  it('finds the ZIP at the end of an address, never a house number', () => {
    assert.equal(zipInAddress('2 E Main St, Madison, WI 53703-1234'), '53703');
    assert.equal(zipInAddress('12345 Long Rd, Austin TX 78701'), '78701');
    assert.equal(zipInAddress('12345 Long Rd, Austin TX'), undefined, 'a house number is not a ZIP');
    assert.equal(zipInAddress('1 Main St, Madison, WI 53703, USA'), '53703');
    assert.equal(zipInAddress('1 Main St, Madison'), undefined);
  });

  it('reports a refused connection as unavailable', async () => {
    const g = createGeocoder({ baseUrl: 'http://127.0.0.1:9/geocoder', timeoutMs: 500 });
    const out = await g.address('1 Main St, Madison, WI');
    assert.equal(out.status, 'unavailable');
  });
});
