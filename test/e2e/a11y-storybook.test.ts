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
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/e2e.js';
import { ensureStorybook, serveStatic, storySettled } from '../support/storybook.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const ENTRIES = ensureStorybook().filter((e) => e.type === 'story');

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
    [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
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
        await cdp.send('Storage.clearDataForOrigin', {
          origin: site.url,
          storageTypes: 'indexeddb,local_storage,websql,service_workers',
        });
        await cdp.detach();
        // `a11y.manual`: the a11y addon does not run its own axe pass at the same time as this one.
        await page.goto(
          `${site.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`,
        );
        await storySettled(page);
        const shown = await page.evaluate(() => document.body.classList.contains('sb-show-main'));
        assert.ok(shown, 'the story rendered (no Storybook error screen)');
        await page.addScriptTag({ path: AXE });
        const violations = (await page.evaluate(
          async (tags) =>
            (
              await (
                window as unknown as {
                  axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
                }
              ).axe.run(
                { include: ['#storybook-root'] },
                { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
              )
            ).violations,
          WCAG_TAGS,
        )) as Violation[];
        const report = violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`,
        );
        assert.deepEqual(report, [], `axe violations in ${story.id}`);
      } finally {
        await page.close();
        release(context);
      }
    });
  }
});
