/**
 * Organizer console figures for `npm run bench` (issue #13): with 10,000 and with 100,000 signups in SQLite, the
 * People page's first query (`GET /api/console/people`, the first page of 50 with its total) p50/p99, a name
 * search p99, the Overview's queries p99 (90 days, per day), and in Chromium the time from navigation to the People
 * table painted (p50/p99 of fresh page loads). Goal: that table painted within 300 ms at 100,000 signups.
 * `node --conditions=m4a-source --import tsx scripts/bench.mjs --only console --no-build` runs just this part
 * (after `npm run build`: the console page is dist/console/).
 */
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromePath, CHROME_ARGS } from './browser.mjs';
import { startServerProcess } from './server-process.mjs';
import { openSqlite } from '../server/db/index.ts';
import { newId } from '../server/db/ids.ts';
import { acceptLink, setupLinkIfNoOwner } from '../server/accounts/service.ts';

const SIZES = (process.env.M4A_BENCH_CONSOLE_SIZES ?? '10000,100000').split(',').map(Number);
const API_RUNS = 60;
const PAINT_RUNS = 15;
const OWNER = { name: 'Bench Owner', email: 'bench-owner@example.org', password: 'bench console passphrase 42' };
const NAMES = ['Ana', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo'];
const SURNAMES = ['Muñoz', 'Chen', 'Diaz', 'Smith', 'Okafor', 'Nguyen', 'Patel', 'Kowalski', 'Haddad', 'Larsen'];
const SOURCES = ['pnhp', 'dsa', 'nnu', 'website', null];
const CAMPAIGNS = ['fall', 'spring', 'town-hall', null];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const round = (n) => Math.round(n * 10) / 10;

/** `count` signups spread over the last 120 days, written straight into a migrated SQLite file. */
async function seed(file, count) {
  const db = openSqlite(file);
  const link = await setupLinkIfNoOwner(db, new Date());
  await acceptLink(db, { token: link.token, ...OWNER }, new Date());
  await db.close();
  const sqlite = new Database(file);
  const insert = sqlite.prepare(`INSERT INTO signups (id, idempotency_key, received_at, submitted_at, given_name,
    family_name, email, zip, interests, answers, email_opt_in, sms_opt_in, source, utm_campaign, elapsed_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '["canvass"]', '{}', ?, 0, ?, ?, 30000)`);
  const now = Date.now();
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const at = now - Math.floor(((count - i) / count) * 120 * 86_400_000);
      const iso = new Date(at).toISOString();
      insert.run(
        newId(at),
        `bench-${i}`,
        iso,
        iso,
        NAMES[i % 10],
        SURNAMES[(i * 7) % 10],
        `person${i}@example.org`,
        String(10000 + (i % 89999)).padStart(5, '0'),
        i % 3 ? 1 : 0,
        SOURCES[i % 5],
        CAMPAIGNS[i % 4],
      );
    }
  })();
  sqlite.close();
}

/** Signs in like the page does: the CSRF cookie and token first, then the password. */
async function signIn(url) {
  const cookies = new Map();
  const keep = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const first = await fetch(`${url}/api/console/session`);
  keep(first);
  const { csrf } = await first.json();
  const res = await fetch(`${url}/api/console/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url, 'X-CSRF-Token': csrf, Cookie: header() },
    body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
  });
  if (!res.ok) throw new Error(`sign-in ${res.status}`);
  keep(res);
  return { cookie: header(), session: cookies.get('m4a_console') };
}

async function timeRequests(url, path, cookie) {
  const times = [];
  for (let i = 0; i < API_RUNS; i++) {
    const started = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { Cookie: cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.slice(5);
}

async function timePaint(browser, url, session) {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'm4a_console', value: session, url }]);
  const page = await context.newPage();
  const times = [];
  try {
    for (let i = 0; i < PAINT_RUNS + 2; i++) {
      await page.goto('about:blank');
      await page.goto(`${url}/console/#/people`);
      await page
        .locator('table.people tbody tr')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(async (err) => {
          throw new Error(`${err.message}\n${(await page.locator('body').innerText()).slice(0, 300)}`);
        });
      // Navigation start to the frame after the first rows are in the DOM: when they are painted.
      const ms = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
      if (i >= 2) times.push(ms);
    }
  } finally {
    await context.close();
  }
  return times;
}

export async function bench(context) {
  const ownBrowser = !context?.browser;
  const browser =
    context?.browser ??
    (await chromium.launch({ executablePath: await chromePath(), args: CHROME_ARGS, headless: true }));
  const figures = {};
  try {
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'm4a-bench-console-'));
      const file = join(dir, 'm4a.sqlite');
      await seed(file, size);
      const server = await startServerProcess({ M4A_DB: file, M4A_SEED_DEMO: '0' });
      try {
        const { cookie, session } = await signIn(server.url);
        const first = await timeRequests(server.url, '/api/console/people?limit=50', cookie);
        const search = await timeRequests(server.url, '/api/console/people?q=chen&limit=50', cookie);
        const overview = await timeRequests(server.url, '/api/console/overview', cookie);
        const paint = await timePaint(browser, server.url, session);
        const k = `${size / 1000}k`;
        figures[`people first query p50 ms (${k})`] = round(quantile(first, 0.5));
        figures[`people first query p99 ms (${k})`] = round(quantile(first, 0.99));
        figures[`people name search p99 ms (${k})`] = round(quantile(search, 0.99));
        figures[`overview queries p99 ms (${k})`] = round(quantile(overview, 0.99));
        figures[`people table painted p50 ms (${k})`] = round(quantile(paint, 0.5));
        figures[`people table painted p99 ms (${k})`] = round(quantile(paint, 0.99));
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    figures['goal: table painted at 100k within ms'] = 300;
  } finally {
    if (ownBrowser) await browser.close();
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await bench());
