/**
 * axe (WCAG 2.2 AA) over every console page in English and Spanish, and each page usable at 320 px: nothing wider
 * than the screen but the tables' own scrolling boxes. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/e2e.js';
import {
  axeViolations,
  createAccount,
  OWNER,
  postSignup,
  startConsoleServer,
  type ConsoleServer,
} from './console-helpers.js';

const PAGES = [
  'overview',
  'people',
  'person',
  'events',
  'event-form',
  'event-form-errors',
  'targets',
  'target-form',
  'target-form-errors',
  'forwarding',
  'accounts',
  'audit',
  'me',
  'me-totp',
] as const;

/** A local target with every part the page shows: a Spanish title, a district table, a sourced stance. */
async function putTargets(url: string) {
  const alder = {
    id: 'alder-6',
    name: 'Pat Example',
    title: { en: 'Alder, District 6', es: 'Concejal, distrito 6' },
    level: 'city',
    phone: '608-555-0106',
    coverage: { districts: ['6'], zipToDistrict: { '53703': ['2', '6'] } },
    stance: {
      position: 'supports',
      source: { name: 'Example pledge', url: 'https://example.org/p' },
      asOf: '2026-11-02',
    },
  };
  const res = await fetch(`${url}/api/admin/targets`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer local-admin-token-0123456789' },
    body: JSON.stringify({ targets: [alder, { id: 'mayor', name: 'Alex Example', title: 'Mayor', level: 'city' }] }),
  });
  assert.equal(res.status, 200);
}

describe('console accessibility', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let personId = '';

  before(async () => {
    [server, browser] = await Promise.all([
      startConsoleServer({ M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' }),
      launchBrowser(),
    ]);
    for (let i = 0; i < 3; i++) await postSignup(server.url, { email: `p${i}@example.org`, givenName: `Person${i}` });
    // bypassCSP: axe is injected as an inline script, which the console's policy (rightly) refuses.
    context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
    await page.goto(server.setupLink);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'setup link page');
    await createAccount(page, server.setupLink, OWNER);
    const people = (await page.evaluate(async () => (await fetch('/api/console/people')).json())) as {
      people: { id: string }[];
    };
    personId = people.people[0]!.id;
    await putTargets(server.url);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(name: (typeof PAGES)[number]) {
    const hash =
      name === 'person'
        ? `people/${personId}`
        : name.startsWith('event-form')
          ? 'events'
          : name.startsWith('target-form')
            ? 'targets'
            : name.split('-')[0];
    await page.goto(`${server.url}/console/#/${hash}`);
    // A new hash alone does not reload the page: the language saved just before applies from a fresh load.
    await page.reload();
    await page.locator('main h1').waitFor();
    if (name.startsWith('event-form')) {
      await page.locator('m4a-console-events button').first().click();
      await page.locator('form.event-form').waitFor();
    }
    if (name === 'event-form-errors') {
      // Sent empty: the API's field errors beside the fields, and the summary above them.
      await page.locator('form.event-form button[type=submit]').click();
      await page.locator('.error-summary').waitFor();
    }
    if (name.startsWith('target-form')) {
      // Districts: every field of the form shows, the ZIP table too.
      await page.locator('#tg-add').click();
      await page.locator('input[name=coverage][value=districts]').check();
      await page.locator('#tg-zipToDistrict').waitFor();
    }
    if (name === 'target-form-errors') {
      // The browser's check, with the shared schema: messages beside the fields, and the summary above them.
      await page.locator('#tg-phone').fill('call us');
      await page.locator('form.target-form button[type=submit]').click();
      await page.locator('form.target-form .error-summary').waitFor();
    }
    if (name === 'me-totp') {
      await page.locator('m4a-console-me section button').first().click();
      await page.locator('img.qr').waitFor();
    }
    await page.waitForLoadState('networkidle');
  }

  for (const lang of ['en', 'es'] as const) {
    for (const name of PAGES) {
      it(`${name} (${lang}) has no axe violations, and fits 320 px`, async () => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.evaluate((l) => localStorage.setItem('m4a-console-lang', l), lang);
        await open(name);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(await axeViolations(page), [], `${name} ${lang}`);
        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(overflow <= 320, `${name} is ${overflow}px wide at 320px`);
        assert.deepEqual(await axeViolations(page), [], `${name} ${lang} at 320 px`);
      });
    }
  }

  it('the sign-in page (both languages) has no axe violations', async () => {
    const signedOut = await browser.newContext({ bypassCSP: true });
    const p = await signedOut.newPage();
    for (const lang of ['en', 'es']) {
      await p.addInitScript((l) => localStorage.setItem('m4a-console-lang', l), lang);
      await p.goto(`${server.url}/console/`);
      await p.locator('main h1').waitFor();
      assert.deepEqual(await axeViolations(p), [], `sign-in ${lang}`);
    }
    await signedOut.close();
  });
});
