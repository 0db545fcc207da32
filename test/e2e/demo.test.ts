import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, watchConsole, type RunningServer } from '../support/e2e.js';
import { PENDING_WRITES_KEY } from '../../src/core/tags.js';
import { faqEn } from '../../src/shared/content/faq.en.js';

const TAGS = ['m4a-program-explainer', 'm4a-coverage-faq', 'm4a-signup-form', 'm4a-event-list', 'm4a-rep-lookup'];

/** When each element chunk was requested, and when the page's load event started (ms since navigation). */
async function loadTimes(page: Page): Promise<{ load: number; chunk: (name: string) => number | undefined }> {
  const { load, chunks } = await page.evaluate(() => ({
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
    chunks: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime] as const),
  }));
  return { load, chunk: (name) => chunks.find(([url]) => url.includes(`/chunks/${name}-`))?.[1] };
}

/**
 * The two drop-ins a partner pastes, and the tag for each: every load-order and loading test runs with both, since
 * the classic loader must behave as the ES module does (it is the same entry: vite.config.ts).
 */
const DROP_INS = [
  {
    name: 'ES module',
    file: 'm4a-widgets.js',
    tag: (src: string) => `<script type="module" src="${src}" blocking="render"></script>`,
  },
  {
    name: 'classic loader',
    file: 'm4a-widgets.iife.js',
    tag: (src: string) => `<script src="${src}" blocking="render"></script>`,
  },
] as const;
type DropIn = (typeof DROP_INS)[number];
const ES_TAG = DROP_INS[0].tag('/dist/m4a-widgets.js');

/** Serves a partner-like page at `url`: the drop-in in <head> (render-blocking), then `body`. */
async function routePage(page: Page, url: string, title: string, body: string, dropIn: DropIn): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>${title}</title><link rel="icon" href="/favicon.svg">
        ${dropIn.tag(`/dist/${dropIn.file}`)}${body}`,
    }),
  );
}

/** Serves the server's demo page with `dropIn` in place of its ES-module tag. */
async function routeDemo(page: Page, url: string, dropIn: DropIn): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    assert.ok(html.includes(ES_TAG), 'the demo page loads the ES drop-in as expected');
    await route.fulfill({ response, body: html.replace(ES_TAG, dropIn.tag(`/dist/${dropIn.file}`)) });
  });
}

describe('demo page served by the reference server', () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const dropIn of DROP_INS) {
    describe(dropIn.name, () => {
      it('renders all five elements with no console errors, what is on screen first', async () => {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        const log = watchConsole(page);
        await page.addInitScript(`document.addEventListener('m4a-loaded', (e) => {
          if (e.target.localName === 'm4a-program-explainer') window.__explainerShown = performance.now();
        });`);
        await routeDemo(page, `${server.url}/`, dropIn);
        await page.goto(`${server.url}/`);
        await page.locator('m4a-program-explainer [part~="item"]').first().waitFor({ timeout: 20_000 });
        await page.waitForLoadState('networkidle');
        // Far below the first screen: their code is only fetched after the first screen shows its content.
        const shown = await page.evaluate(() => (window as unknown as { __explainerShown: number }).__explainerShown);
        const times = await loadTimes(page);
        for (const later of ['signup-form', 'event-list']) {
          const t = times.chunk(later);
          assert.ok(
            t === undefined || t > shown,
            `${later} requested at ${t} ms, before the explainer showed its content (${shown} ms)`,
          );
        }
        for (const tag of TAGS) {
          await page.locator(tag).scrollIntoViewIfNeeded();
          await page.waitForFunction(
            (t) =>
              (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0 &&
              customElements.get(t) !== undefined,
            tag,
            { timeout: 20_000 },
          );
        }
        await page.waitForLoadState('networkidle');
        assert.deepEqual(log.errors, []);
        await page.close();
      });

      it('loads an element at once with loading="eager"', async () => {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        await routePage(
          page,
          `${server.url}/eager.html`,
          'eager',
          `
            <div style="height: 5000px"></div>
            <m4a-program-explainer loading="eager"></m4a-program-explainer><m4a-coverage-faq></m4a-coverage-faq>`,
          dropIn,
        );
        await page.goto(`${server.url}/eager.html`);
        await page.waitForFunction(() => customElements.get('m4a-program-explainer') !== undefined, undefined, {
          timeout: 20_000,
        });
        await page.waitForLoadState('networkidle');
        // Requested as the page loads, where a lazy element far down waits until the page has loaded and is idle.
        const times = await loadTimes(page);
        assert.ok(times.chunk('program-explainer')! < times.load);
        const faq = times.chunk('coverage-faq');
        assert.ok(
          faq === undefined || faq > times.load,
          `the FAQ requested at ${faq} ms, before the load event (${times.load} ms)`,
        );
        await page.close();
      });

      it('loads the FAQ far down the page at once when the address links to one of its questions, and opens it', async () => {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        const log = watchConsole(page);
        const [first, second] = faqEn.items;
        await routePage(
          page,
          `${server.url}/deep.html`,
          'deep link',
          `
            <div style="height: 5000px"></div>
            <m4a-coverage-faq></m4a-coverage-faq>`,
          dropIn,
        );
        const question = (id: string) => page.locator(`m4a-coverage-faq button[part~="toggle"][data-id="${id}"]`);
        await page.goto(`${server.url}/deep.html#faq-${first!.id}`);
        await question(first!.id).waitFor({ timeout: 20_000 });
        assert.equal(await question(first!.id).getAttribute('aria-expanded'), 'true');
        // Followed later, the same link opens the question it names.
        await page.evaluate((id) => (location.hash = `#faq-${id}`), second!.id);
        await page.waitForFunction(
          (id) =>
            document
              .querySelector('m4a-coverage-faq')
              ?.shadowRoot?.querySelector(`button[data-id="${id}"]`)
              ?.getAttribute('aria-expanded') === 'true',
          second!.id,
          { timeout: 20_000 },
        );
        assert.deepEqual(log.errors, []);
        await page.close();
      });

      it('loads the signup form at once, far down the page, when a signup on this device still waits to be sent', async () => {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        await routePage(
          page,
          `${server.url}/waiting.html`,
          'waiting',
          `
            <div style="height: 5000px"></div>
            <m4a-signup-form backend-url="/api"></m4a-signup-form><m4a-rep-lookup backend-url="/api"></m4a-rep-lookup>`,
          dropIn,
        );
        // What the outbox leaves while a write waits (core/device-queue.ts); the form's code then replays it on load.
        await page.addInitScript(`localStorage.setItem(${JSON.stringify(PENDING_WRITES_KEY)}, '1')`);
        await page.goto(`${server.url}/waiting.html`);
        await page.waitForFunction(() => customElements.get('m4a-signup-form') !== undefined, undefined, {
          timeout: 20_000,
        });
        await page.waitForLoadState('networkidle');
        const times = await loadTimes(page);
        assert.ok(times.chunk('signup-form')! < times.load);
        const reps = times.chunk('rep-lookup');
        assert.ok(
          reps === undefined || reps > times.load,
          `the lookup requested at ${reps} ms, before the load event (${times.load} ms)`,
        );
        await page.close();
      });

      // Layout shifts as Chromium reports them (the Layout Instability API that CLS is computed from), all five widgets
      // loading against the real API. Each element keeps its reserved space from the first frame (blocking="render" on
      // the script) and only grows past it, so nothing on screen moves.
      for (const viewport of [
        { width: 412, height: 823 },
        { width: 1280, height: 800 },
      ]) {
        it(`moves nothing on screen while the widgets load (${viewport.width} px wide)`, async () => {
          const page = await browser.newPage({ viewport });
          const log = watchConsole(page);
          await page.addInitScript(`
            window.__shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                // What moved, for the failure message: the node, its widget, and its old and new top.
                const moved = (e.sources || []).map((s) => [s.node && s.node.nodeName, s.node && s.node.getRootNode().host && s.node.getRootNode().host.localName, Math.round(s.previousRect.top), Math.round(s.currentRect.top)].join(' '));
                window.__shifts.push({ value: e.value, scrollY: scrollY, moved: moved });
              }
            })
              .observe({ type: 'layout-shift', buffered: true });`);
          await routeDemo(page, `${server.url}/`, dropIn);
          await page.goto(`${server.url}/`);
          await page.locator('m4a-program-explainer [part~="item"]').first().waitFor({ timeout: 20_000 });
          await page.waitForLoadState('networkidle');
          // Then down the page a screen at a time, each widget loading as it nears the screen.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0; y < height; y += viewport.height) {
            await page.evaluate((top) => window.scrollTo(0, top), y);
            // Until every widget within a screen of the viewport has loaded and shows its first content.
            await page.waitForFunction(
              (tags) =>
                [...document.querySelectorAll(tags.join(','))]
                  .filter((el) => el.getBoundingClientRect().top < 2 * innerHeight)
                  .every((el) => customElements.get(el.localName) && !el.matches(':state(loading)')),
              TAGS,
              { timeout: 20_000 },
            );
          }
          for (const tag of TAGS)
            await page.waitForFunction((t) => customElements.get(t) !== undefined, tag, { timeout: 20_000 });
          await page.locator('m4a-event-list [part~="card"]').first().waitFor({ timeout: 20_000 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          assert.deepEqual(await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts), []);
          assert.deepEqual(log.errors, []);
          await page.close();
        });
      }

      it('needs neither the schema library nor DOMPurify for the explainer and FAQ with their built-in content', async () => {
        const page = await browser.newPage();
        const log = watchConsole(page);
        const scripts: string[] = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
        });
        await routePage(
          page,
          `${server.url}/content-only.html`,
          'content only',
          `
            <m4a-program-explainer></m4a-program-explainer><m4a-coverage-faq></m4a-coverage-faq>`,
          dropIn,
        );
        await page.goto(`${server.url}/content-only.html`);
        await page.locator('m4a-coverage-faq button[part~="toggle"]').first().click();
        await page.locator('m4a-program-explainer [part~="item"]').first().waitFor();
        await page.waitForLoadState('networkidle');
        // zod's code lands in the shared chunk named "common"; the config and content schemas in their own chunks.
        assert.deepEqual(
          scripts.filter((s) => /\/(common|config-schema|content|purify\.es)-[\w-]{8}\.js$/.test(s)),
          [],
        );
        assert.ok(scripts.some((s) => s.includes('/chunks/coverage-faq-')));
        assert.deepEqual(log.errors, []);
        await page.close();
      });

      it("shows the partner's own HTML inside an element from the first frame, before its code arrives", async () => {
        const page = await browser.newPage();
        const log = watchConsole(page);
        let release: () => void = () => {};
        const held = new Promise<void>((r) => (release = r));
        // Hold the explainer's code back, as a slow network would.
        await page.route(/\/dist\/chunks\/program-explainer-[\w-]+\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await routePage(
          page,
          `${server.url}/light.html`,
          'light DOM',
          `
            <m4a-program-explainer><article><h3>One program</h3><p>Everyone is covered.</p></article></m4a-program-explainer>`,
          dropIn,
        );
        await page.goto(`${server.url}/light.html`);
        const box = await page.evaluate(() => {
          const el = document.querySelector('m4a-program-explainer')!;
          return {
            defined: !!customElements.get('m4a-program-explainer'),
            height: el.getBoundingClientRect().height,
            text: el.querySelector('p')!.getBoundingClientRect().height,
          };
        });
        assert.equal(box.defined, false);
        assert.equal(box.height, 480, 'the reserved height');
        assert.ok(box.text > 0, 'the partner content is laid out (slotted), not hidden');
        release();
        await page.locator('m4a-program-explainer [part~="item"]').first().waitFor();
        assert.equal(
          await page
            .locator('m4a-program-explainer')
            .evaluate((el) => el.shadowRoot!.querySelectorAll('slot[data-m4a-placeholder]').length),
          0,
        );
        assert.deepEqual(log.errors, []);
        await page.close();
      });

      it('serves the drop-in from any path: lazy chunks resolve relative to the script', async () => {
        const page = await browser.newPage();
        const log = watchConsole(page);
        const chunkRequests: string[] = [];
        page.on('request', (r) => {
          if (r.url().includes('/chunks/')) chunkRequests.push(r.url());
        });
        await page.route(`${server.url}/nested/page.html`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="es"><title>nested</title><link rel="icon" href="/favicon.svg">
              ${dropIn.tag(`../dist/${dropIn.file}`)}
              <m4a-signup-form backend-url="/api"></m4a-signup-form>`,
          }),
        );
        await page.goto(`${server.url}/nested/page.html`);
        await page.waitForFunction(() => customElements.get('m4a-signup-form') !== undefined, undefined, {
          timeout: 20_000,
        });
        await page.waitForLoadState('networkidle');
        assert.ok(chunkRequests.length > 0);
        assert.ok(chunkRequests.every((u) => u.startsWith(`${server.url}/dist/chunks/`)));
        assert.ok(
          !chunkRequests.some((u) => /event-list|rep-lookup|coverage-faq|program-explainer/.test(u)),
          'only the chunk of the element on the page',
        );
        assert.deepEqual(log.errors, []);
        await page.close();
      });
    });
  }

  it('is harmless when the drop-in is loaded twice and both builds are on one page', async () => {
    const page = await browser.newPage();
    const log = watchConsole(page);
    await page.route(`${server.url}/double.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>double</title><link rel="icon" href="/favicon.svg">
          <script type="module" src="/dist/m4a-widgets.js"></script>
          <script type="module" src="/dist/m4a-widgets.js?again"></script>
          <script src="/dist/m4a-widgets.iife.js"></script>
          <m4a-program-explainer></m4a-program-explainer>`,
      }),
    );
    await page.goto(`${server.url}/double.html`);
    await page.waitForFunction(() => customElements.get('m4a-program-explainer') !== undefined, undefined, {
      timeout: 20_000,
    });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.filter((w) => w.includes('loaded more than once')).length, 2);
    await page.close();
  });
});
