/**
 * Accessibility sweep: axe-core (from node_modules) with the WCAG 2.0/2.1/2.2 A and AA rules over every story of
 * the built Storybook, in Chromium, expecting zero violations; one test per story, so the report names each.
 *
 * Storybook is built (`npm run build-storybook`) when `storybook-static/index.json` is missing, lists no stories,
 * or is older than the stories, the sources, the Storybook config or the manifest. It is served from a small
 * static server on loopback. Each story is opened as `iframe.html?id=<id>&viewMode=story` and checked once
 * Storybook reports it finished (after any play function); loading stories that never settle are checked as
 * they are.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/e2e.js';

const STATIC = resolve('storybook-static');
const INDEX = join(STATIC, 'index.json');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function stories(): IndexEntry[] {
  if (!existsSync(INDEX)) return [];
  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((e) => e.type === 'story');
}

/** Builds Storybook when there is none, or when what it was built from changed since. */
function ensureStorybook(): IndexEntry[] {
  const sources = Math.max(...['stories', 'src', '.storybook', 'custom-elements.json'].map(newestMtime));
  const fresh = existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources && stories().length > 0;
  if (!fresh) execFileSync('npm', ['run', '--silent', 'build-storybook'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const found = stories();
  if (!found.length) throw new Error(`${INDEX} lists no stories after the build`);
  return found;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // Cacheable, so each story's page reuses Storybook's bundles instead of loading them again.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const ENTRIES = ensureStorybook();

describe('axe (WCAG 2.2 AA) on every Storybook story', { concurrency: 2 }, () => {
  let browser: Browser;
  let site: { url: string; server: Server };
  // Two lanes, each a browser context that keeps Storybook's bundles cached and checks one story at a time; its
  // storage is wiped before each story, so what one story saved (an outbox entry, say) never shows in the next.
  const free: BrowserContext[] = [];
  const waiting: ((c: BrowserContext) => void)[] = [];
  const acquire = () => free.pop() ?? new Promise<BrowserContext>((r) => waiting.push(r));
  const release = (c: BrowserContext) => (waiting.length ? waiting.shift()!(c) : free.push(c));
  before(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveStatic(STATIC)]);
    free.push(await browser.newContext(), await browser.newContext());
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => site?.server.close(r));
  });

  for (const story of ENTRIES) {
    it(`${story.title} / ${story.name} (${story.id})`, async () => {
      const context = await acquire();
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Storage.clearDataForOrigin', { origin: site.url, storageTypes: 'indexeddb,local_storage,websql,service_workers' });
        await cdp.detach();
        // `a11y.manual`: the a11y addon does not run its own axe pass at the same time as this one.
        await page.goto(`${site.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
        // Storybook's own record of the render: "finished" comes after the play function and its checks.
        await page
          .waitForFunction(
            () => {
              const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders?: { phase?: string }[] } }).__STORYBOOK_PREVIEW__;
              return preview?.storyRenders?.some((r) => r.phase === 'finished' || r.phase === 'errored') ?? false;
            },
            undefined,
            { timeout: 20_000 },
          )
          .catch(() => undefined);
        const shown = await page.evaluate(() => document.body.classList.contains('sb-show-main'));
        assert.ok(shown, 'the story rendered (no Storybook error screen)');
        // Widgets finish their own updates (strings, content) before the check.
        await page.evaluate(async () => {
          for (let round = 0; round < 2; round++) {
            const els = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('m4a-'));
            await Promise.all(els.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
            await new Promise((r) => setTimeout(r, 100));
          }
        });
        await page.addScriptTag({ path: AXE });
        const violations = (await page.evaluate(
          async (tags) =>
            (
              await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(
                { include: ['#storybook-root'] },
                { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
              )
            ).violations,
          WCAG_TAGS,
        )) as Violation[];
        const report = violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`,
        );
        assert.deepEqual(report, [], `axe violations in ${story.id}`);
      } finally {
        await page.close();
        release(context);
      }
    });
  }
});
