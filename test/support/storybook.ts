/**
 * The built Storybook for the tests that open it (the axe sweep, the visual suite, the index check): built with
 * `npm run build-storybook` when `storybook-static/index.json` is missing, lists no stories, or is older than what it
 * is built from, then served by a small static server on loopback.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const STATIC = resolve('storybook-static');
const INDEX = join(STATIC, 'index.json');

export interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function entries(): IndexEntry[] {
  if (!existsSync(INDEX)) return [];
  return Object.values((JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> }).entries);
}

/** Every entry of the built Storybook's index.json (stories and docs), building it first when needed. */
export function ensureStorybook(): IndexEntry[] {
  const sources = Math.max(...['stories', 'src', '.storybook', 'custom-elements.json'].map(newestMtime));
  const stories = () => entries().filter((e) => e.type === 'story');
  const fresh = existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources && stories().length > 0;
  if (!fresh) execFileSync('npm', ['run', '--silent', 'build-storybook'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!stories().length) throw new Error(`${INDEX} lists no stories after the build`);
  return entries();
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

/**
 * Serves a copy of the build taken now: the checkout is shared, and a rebuild started by another run (it empties
 * storybook-static/ first) must not pull the files from under a suite that is halfway through.
 */
export function serveStatic(): Promise<{ url: string; server: Server }> {
  const copy = mkdtempSync(join(tmpdir(), 'm4a-storybook-'));
  const root = join(copy, 'static');
  cpSync(STATIC, root, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // Cacheable, so each story's page reuses Storybook's bundles instead of loading them again.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    });
    createReadStream(file).pipe(res);
  });
  server.on('close', () => rmSync(copy, { recursive: true, force: true }));
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server }),
    ),
  );
}

/**
 * Waits for Storybook's own record of the render ("finished" comes after the play function and its checks, even
 * when they threw: the error screen then shows), then for the widgets' own updates (strings, content). Returns the
 * phase, `undefined` if none came (a story whose loading never settles is taken as it is).
 */
export async function storySettled(page: Page): Promise<string | undefined> {
  const phase = await page
    .waitForFunction(
      () => {
        const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders?: { phase?: string }[] } })
          .__STORYBOOK_PREVIEW__;
        return preview?.storyRenders?.find((r) => r.phase === 'finished' || r.phase === 'errored')?.phase ?? false;
      },
      undefined,
      { timeout: 20_000 },
    )
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(() => undefined);
  await page.evaluate(async () => {
    for (let round = 0; round < 2; round++) {
      const els = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('m4a-'));
      await Promise.all(els.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  return phase;
}
