/**
 * End to end: the React 19 example page (demo/react, built into dist/react-example/ by `npm run build`) served by the
 * reference server. The elements render inside React's tree, take an object property and attributes from React
 * state, and their events reach React through `on<event-name>` props. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, watchConsole, type RunningServer } from '../support/e2e.js';

/** The server's default minimum fill time: a faster submit is stored but flagged as a bot. */
const MIN_FILL_MS = 3000;
const PATH = '/dist/react-example/index.html';

describe('React 19 example page', () => {
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

  async function open(): Promise<{ page: Page; log: ReturnType<typeof watchConsole> }> {
    const page = await browser.newPage();
    const log = watchConsole(page);
    const response = await page.goto(`${server.url}${PATH}`);
    assert.equal(response?.status(), 200, `${PATH} is served (run npm run build first)`);
    for (const tag of ['m4a-event-list', 'm4a-signup-form']) {
      await page.waitForFunction(
        (t) => (document.querySelector(`#app ${t}`)?.shadowRoot?.textContent ?? '').trim().length > 0,
        tag,
        { timeout: 20_000 },
      );
    }
    return { page, log };
  }

  const eventCount = async (page: Page) => Number(await page.getByTestId('event-count').textContent());

  it('renders both elements inside the React tree, with attributes and an object property from React', async () => {
    const { page, log } = await open();
    const form = page.locator('m4a-signup-form');
    const list = page.locator('m4a-event-list');
    await form.getByLabel('Email address').waitFor({ timeout: 20_000 });
    await form.getByLabel('Where do you work? (optional)').waitFor();
    assert.equal(await form.getByLabel(/Phone number/).count(), 0, 'the `fields` object hid the phone field');
    assert.equal(await list.getAttribute('page-size'), '3');
    // The elements were defined before React rendered them, so React 19 set `source` as a property (not reflected).
    assert.equal(await form.evaluate((el) => (el as HTMLElement & { source?: string }).source), 'react-example');
    await list.getByRole('button', { name: 'Search' }).waitFor({ timeout: 20_000 });

    // React state → `lang` and `theme` on both elements; the widgets follow.
    await page.getByRole('radio', { name: 'Español' }).check();
    await form.getByLabel('Correo electrónico').waitFor({ timeout: 10_000 });
    await form.getByLabel('¿Dónde trabaja? (opcional)').waitFor();
    assert.equal(await list.getAttribute('lang'), 'es');
    await page.getByLabel('Theme').selectOption('dark');
    assert.equal(await form.getAttribute('theme'), 'dark');
    assert.equal(await list.getAttribute('theme'), 'dark');

    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('delivers the elements’ events to React: a filter change and a signup', async () => {
    const { page, log } = await open();
    assert.equal(await eventCount(page), 0);

    const list = page.locator('m4a-event-list');
    await list.getByRole('checkbox', { name: 'Canvass' }).check();
    await page.getByTestId('event-log').getByText('m4a-events-filtered').waitFor({ timeout: 15_000 });
    assert.equal(await eventCount(page), 1);

    const form = page.locator('m4a-signup-form');
    await form.getByLabel('Email address').waitFor();
    const shownAt = Date.now();
    await form.getByLabel('First name').fill('Rosa');
    await form.getByLabel('Last name').fill('Parks-Example');
    await form.getByLabel('Email address').fill('react.e2e@example.org');
    await form.getByLabel('ZIP code').fill('53703');
    await form.getByLabel('Where do you work? (optional)').fill('Community clinic');
    const wait = shownAt + MIN_FILL_MS + 300 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    await form.getByRole('button', { name: 'Sign up' }).click();

    const logged = page.getByTestId('event-log').getByText('m4a-signup-submitted');
    await logged.waitFor({ timeout: 15_000 });
    assert.equal(await eventCount(page), 2);
    const detail = await page.getByTestId('event-log').locator('li').last().textContent();
    assert.match(detail ?? '', /"source":"react-example"/);
    assert.doesNotMatch(detail ?? '', /react\.e2e@example\.org/, 'no personal data in the event by default');

    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
