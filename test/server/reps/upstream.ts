/**
 * A fake of the upstream hosts on 127.0.0.1, serving a folder in the layout of ../shared/data/reps the way the
 * real hosts publish it (congress-legislators, us-zipcodes-congress, the GitHub contents API and raw files of
 * openstates/people, govinfo BILLSTATUS XML), and a fetch that sends every https request there. Any path can be
 * made to fail or to answer a given body (a truncated file).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface FakeUpstream {
  /** The folder served; change it to publish new data. */
  dir: string;
  /** Path suffix -> a status to fail with, or a body to answer instead of the file. */
  overrides: Map<string, { status: number } | { body: string }>;
  hits: string[];
  fetch: typeof fetch;
  close(): Promise<void>;
}

const OPENSTATES_RAW = 'https://raw.githubusercontent.com/openstates/people/main/data/wi/legislature/';

function billStatusXml(dir: string, congress: string, type: string, number: string): string | null {
  const file = join(dir, `BILLSTATUS-${congress}${type}${number}.xml`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  // Bills with only a derived cosponsor list, or none, are published with what is known (or nobody).
  const derived = join(dir, `m4a-cosponsors-${congress}-${type}${number}.json`);
  const d = existsSync(derived)
    ? (JSON.parse(readFileSync(derived, 'utf8')) as {
        sponsor: { bioguide: string };
        as_of: string;
        cosponsors: { bioguide: string }[];
      })
    : { sponsor: { bioguide: 'S000033' }, as_of: '2024-12-31', cosponsors: [] };
  const items = (ids: string[]) => ids.map((id) => `<item><bioguideId>${id}</bioguideId></item>`).join('');
  return `<billStatus><bill><number>${number}</number><type>${type.toUpperCase()}</type><congress>${congress}</congress>
<updateDate>${d.as_of}T00:00:00Z</updateDate><sponsors>${items([d.sponsor.bioguide])}</sponsors>
<cosponsors>${items(d.cosponsors.map((c) => c.bioguide))}</cosponsors></bill></billStatus>`;
}

function answer(dir: string, path: string): string | null {
  const file = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);
  let m = /^\/unitedstates\.github\.io\/congress-legislators\/([\w.-]+)$/.exec(path);
  if (m) return file(m[1]!);
  if (path === '/raw.githubusercontent.com/OpenSourceActivismTech/us-zipcodes-congress/master/zccd.csv')
    return file('zccd.csv');
  const people = () => JSON.parse(file('openstates-wi-legislature.json') ?? '[]') as unknown[];
  if (path === '/api.github.com/repos/openstates/people/contents/data/wi/legislature') {
    return JSON.stringify(
      people().map((_, i) => ({ name: `p${i}.yml`, type: 'file', download_url: `${OPENSTATES_RAW}p${i}.yml` })),
    );
  }
  m = /^\/raw\.githubusercontent\.com\/openstates\/people\/main\/data\/wi\/legislature\/p(\d+)\.yml$/.exec(path);
  if (m) return stringify(people()[Number(m[1])]);
  m = /^\/www\.govinfo\.gov\/bulkdata\/BILLSTATUS\/(\d+)\/([a-z]+)\/BILLSTATUS-\d+[a-z]+(\d+)\.xml$/.exec(path);
  if (m) return billStatusXml(dir, m[1]!, m[2]!, m[3]!);
  return null;
}

export async function fakeUpstream(dir: string): Promise<FakeUpstream> {
  const fake: Omit<FakeUpstream, 'fetch' | 'close'> = { dir, overrides: new Map(), hits: [] };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    fake.hits.push(path);
    const override = [...fake.overrides].find(([suffix]) => path.endsWith(suffix))?.[1];
    if (override && 'status' in override) {
      res.writeHead(override.status).end('upstream trouble');
      return;
    }
    const body = override ? override.body : answer(fake.dir, path);
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Last-Modified': 'Mon, 04 Jan 2027 10:00:00 GMT' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fetchFn = ((input: string | URL | Request, init?: RequestInit) => {
    const u = new URL(input instanceof Request ? input.url : String(input));
    return fetch(`${base}/${u.host}${u.pathname}${u.search}`, init);
  }) as typeof fetch;
  return Object.assign(fake, {
    fetch: fetchFn,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
