/**
 * What a page with ONE widget really transfers, for `npm run bench` (issue 15's budgets per widget, gzip:
 * scripts/size-budgets.mjs, which checks the same pages from the files). Measured in headless Chromium rather than estimated from static imports, because parts of the drop-in
 * load lazily (only when something must be validated, only where the browser lacks a native API, ...).
 *
 * For each element: a fresh browser context (cache disabled, 412x823 viewport) opens the page a partner would paste,
 * served on the reference server's origin through Playwright's request routing: the ES-module drop-in from the real
 * `/dist`, then just the one element (the explainer and FAQ with no config, the others with a REST backend at `/api`).
 * Bytes come from the DevTools protocol: `encodedDataLength` of `Network.loadingFinished` for every request, joined
 * with `Network.responseReceived` for its URL and content encoding, counted until the element dispatched `m4a-loaded`
 * and the network was then idle for 500 ms (at most 15 s). The budget figure counts JavaScript under `/dist/` only;
 * API responses are reported apart.
 *
 * `jsGzip` is the gzip bodies of those scripts, the budget's measure ("core + that chunk, gzip"); `jsWire` adds the
 * HTTP response headers (`jsHeaderBytes`), what the visitor's connection carried in all.
 * `bench()` returns `{ 'm4a-<name>': { jsGzip, budgetGzip, jsFiles, apiBytes, requests, overBudget, ... } }` and
 * prints one small table.
 */
import { gzipSync } from 'node:zlib';
import { BUDGETS } from './size-budgets.mjs';

const TAGS = [
  'm4a-program-explainer',
  'm4a-coverage-faq',
  'm4a-signup-form',
  'm4a-event-list',
  'm4a-rep-lookup',
  'm4a-cost-calculator',
];
const NEEDS_BACKEND = new Set(['m4a-signup-form', 'm4a-event-list', 'm4a-rep-lookup']);
const CONFIG = '{"backends":{"main":{"type":"rest","url":"/api"}}}';
const MAX_MS = 15_000;
const IDLE_MS = 500;

/** The HTML a partner pastes: the drop-in, (a config block,) the one element. */
function pageFor(tag) {
  const config = NEEDS_BACKEND.has(tag) ? `\n<script type="application/json" id="m4a-config">${CONFIG}</script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>one widget</title>
<script type="module" src="/dist/m4a-widgets.js"></script>${config}</head>
<body><${tag}></${tag}></body></html>`;
}

const header = (headers, name) => {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return String(v);
  return undefined;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @param {import('playwright-core').Browser} browser @param {string} baseUrl @param {string} tag */
async function measure(browser, baseUrl, tag) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    // The element's `m4a-loaded` is composed and bubbles, so the document sees it whatever shadow root it sits in.
    await page.addInitScript(() => {
      document.addEventListener(
        'm4a-loaded',
        (e) => {
          (window.__m4aLoaded ??= []).push({ tag: e.detail?.tag ?? e.target?.localName, ms: performance.now() });
        },
        true,
      );
    });
    const cdp = await context.newCDPSession(page);
    /** @type {Map<string, { url: string, encoding?: string, headerBytes?: number, bytes?: number, failed?: boolean }>} */
    const requests = new Map();
    const inFlight = new Set();
    let lastChange = Date.now();
    const entry = (id) => requests.get(id) ?? requests.set(id, { url: '' }).get(id);
    cdp.on('Network.requestWillBeSent', (e) => {
      entry(e.requestId).url = e.request.url;
      inFlight.add(e.requestId);
      lastChange = Date.now();
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = entry(e.requestId);
      r.url = e.response.url;
      r.encoding = header(e.response.headers, 'content-encoding');
      r.headerBytes = e.response.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      entry(e.requestId).bytes = e.encodedDataLength;
      inFlight.delete(e.requestId);
      lastChange = Date.now();
    });
    cdp.on('Network.loadingFailed', (e) => {
      entry(e.requestId).failed = true;
      inFlight.delete(e.requestId);
      lastChange = Date.now();
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

    const url = `${baseUrl}/__bench/one-${tag}.html`;
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageFor(tag) }),
    );
    const started = Date.now();
    const left = () => Math.max(0, MAX_MS - (Date.now() - started));
    await page.goto(url, { waitUntil: 'load', timeout: MAX_MS });
    let loaded = true;
    try {
      await page.waitForFunction((t) => window.__m4aLoaded?.some((x) => x.tag === t), tag, {
        timeout: Math.max(1, left()),
      });
    } catch {
      loaded = false;
    }
    while (left() > 0 && !(inFlight.size === 0 && Date.now() - lastChange >= IDLE_MS)) await sleep(50);
    const idle = inFlight.size === 0;
    const loadedMs = await page.evaluate((t) => window.__m4aLoaded?.find((x) => x.tag === t)?.ms ?? null, tag);

    let jsGzip = 0;
    let jsHeaderBytes = 0;
    let apiBytes = 0;
    const jsFiles = [];
    const selfGzipped = [];
    for (const [id, r] of requests) {
      if (r.bytes === undefined) continue;
      const path = new URL(r.url).pathname;
      if (path.startsWith('/api/')) apiBytes += r.bytes;
      if (!(path.startsWith('/dist/') && path.endsWith('.js'))) continue;
      const name = path.slice('/dist/'.length);
      jsFiles.push(name);
      jsHeaderBytes += r.headerBytes ?? 0;
      if (r.encoding === 'gzip') {
        jsGzip += r.bytes - (r.headerBytes ?? 0);
        continue;
      }
      // The reference server's compress() middleware leaves responses under 1 KB (and anything else it skips)
      // uncompressed. Count those as the gzip (level 9) size of the body, so the figure is "gzip" throughout.
      const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: id });
      const raw = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
      jsGzip += gzipSync(raw, { level: 9 }).length;
      selfGzipped.push(name);
    }
    return {
      jsGzip,
      jsFiles: jsFiles.sort(),
      jsHeaderBytes,
      jsWire: jsGzip + jsHeaderBytes,
      apiBytes,
      requests: [...requests.values()].filter((r) => r.bytes !== undefined || r.failed).length,
      budgetGzip: BUDGETS[tag],
      overBudget: BUDGETS[tag] !== undefined && jsGzip > BUDGETS[tag],
      selfGzipped,
      failed: [...requests.values()].filter((r) => r.failed).map((r) => r.url),
      loaded,
      loadedMs: loadedMs === null ? null : +loadedMs.toFixed(1),
      networkIdle: idle,
    };
  } finally {
    await context.close();
  }
}

/** @param {{ browser: import('playwright-core').Browser, baseUrl: string }} context */
export async function bench({ browser, baseUrl }) {
  const figures = {};
  for (const tag of TAGS) figures[tag] = await measure(browser, baseUrl, tag);

  const kb = (n) => (n / 1024).toFixed(1);
  console.log('\nOne widget on a page, measured in Chromium (JS under /dist/ until m4a-loaded + network idle, gzip)');
  console.log(
    'element'.padEnd(24),
    'JS KB'.padStart(7),
    'budget'.padStart(7),
    'files'.padStart(6),
    'API KB'.padStart(7),
  );
  for (const tag of TAGS) {
    const f = figures[tag];
    const notes = [
      f.overBudget && 'OVER BUDGET',
      !f.loaded && 'no m4a-loaded',
      !f.networkIdle && 'network not idle',
    ].filter(Boolean);
    console.log(
      tag.padEnd(24),
      kb(f.jsGzip).padStart(7),
      (f.budgetGzip ? kb(f.budgetGzip) : '-').padStart(7),
      String(f.jsFiles.length).padStart(6),
      kb(f.apiBytes).padStart(7),
      notes.length ? `  ${notes.join(', ')}` : '',
    );
  }
  return figures;
}
