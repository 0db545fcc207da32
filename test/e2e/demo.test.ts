import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServer, watchConsole, type RunningServer } from '../support/e2e.js';

const TAGS = ['m4a-program-explainer', 'm4a-coverage-faq', 'm4a-signup-form', 'm4a-event-list', 'm4a-rep-lookup'];

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

  it('renders all five elements with no console errors', async () => {
    const page = await browser.newPage();
    const log = watchConsole(page);
    await page.goto(`${server.url}/`);
    for (const tag of TAGS) {
      await page.waitForFunction((t) => customElements.get(t) !== undefined, tag, { timeout: 20_000 });
      await page.waitForFunction(
        (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
        tag,
        { timeout: 20_000 },
      );
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.errors, []);
    await page.close();
  });

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
    await page.waitForFunction(() => customElements.get('m4a-program-explainer') !== undefined, undefined, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.filter((w) => w.includes('loaded more than once')).length, 2);
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
          <script type="module" src="../dist/m4a-widgets.js"></script>
          <m4a-signup-form backend-url="/api"></m4a-signup-form>`,
      }),
    );
    await page.goto(`${server.url}/nested/page.html`);
    await page.waitForFunction(() => customElements.get('m4a-signup-form') !== undefined, undefined, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    assert.ok(chunkRequests.length > 0);
    assert.ok(chunkRequests.every((u) => u.startsWith(`${server.url}/dist/chunks/`)));
    assert.ok(!chunkRequests.some((u) => /event-list|rep-lookup|coverage-faq|program-explainer/.test(u)), 'only the chunk of the element on the page');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
