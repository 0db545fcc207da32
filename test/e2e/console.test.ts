/**
 * The organizer console end to end, in Chromium against the built console and a real server process: the printed
 * setup link, sign-in and sign-out, wrong password and throttling, the second factor, invite and role change,
 * session expiry, CSRF rejection, each page's main task, deletion, export, and a keyboard-only "find a person and
 * export them". Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from '../support/e2e.js';
import { createAccount, OWNER, postSignup, signIn, startConsoleServer, type ConsoleServer } from './console-helpers.js';

describe('organizer console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let owner: Page;
  const contexts: BrowserContext[] = [];
  const fresh = async () => {
    const c = await browser.newContext({ acceptDownloads: true });
    contexts.push(c);
    return c.newPage();
  };

  before(async () => {
    [server, browser] = await Promise.all([
      startConsoleServer({ M4A_WEBHOOK_URL: 'http://127.0.0.1:9/hook' }),
      launchBrowser(),
    ]);
    await postSignup(server.url);
    await postSignup(server.url, {
      givenName: 'Bo',
      familyName: 'Chen',
      email: 'bo@example.org',
      zip: '60601',
      attribution: { source: 'dsa', utm: { campaign: 'spring' } },
    });
    ownerContext = await browser.newContext({ acceptDownloads: true });
    owner = await ownerContext.newPage();
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('creates the owner from the printed setup link, which then no longer works', async () => {
    const errors = watchConsole(owner);
    assert.match(server.setupLink, /\/console\/#setup=[\w-]{40,}$/);
    await createAccount(owner, server.setupLink, OWNER);
    await owner.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    assert.ok(!owner.url().includes('setup='), 'the spent link left the address bar');
    const again = await fresh();
    await again.goto(server.setupLink);
    await again.getByText(/unknown, already used or expired/).waitFor();
    assert.deepEqual(errors.errors, []);
  });

  it('signs out, refuses a wrong password, signs in', async () => {
    await owner.getByRole('button', { name: 'Sign out' }).click();
    await owner.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signIn(owner, server.url, OWNER.email, 'not the right password');
    await owner.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
    await signIn(owner, server.url, OWNER.email, OWNER.password);
    await owner.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  it('shows the overview: a uPlot chart beside a table with the same numbers', async () => {
    await owner.locator('m4a-console-chart canvas').first().waitFor();
    const table = owner.locator('table[data-table=by-source]');
    const headers = await table.locator('thead th').allTextContents();
    assert.deepEqual(headers.slice(1), ['dsa', 'pnhp', 'Total']);
    assert.deepEqual(await table.locator('tbody tr').last().locator('td').allTextContents(), ['1', '1', '2']);
  });

  it('invites an organizer, who signs up; the owner changes the role to viewer, and People is refused', async () => {
    await owner.getByRole('link', { name: 'Accounts' }).click();
    await owner.getByLabel('Role').first().selectOption('organizer');
    await owner.getByRole('button', { name: 'Create invite link' }).click();
    const link = await owner.locator('input.link').inputValue();
    assert.match(link, /\/console\/#invite=/);
    const org = await fresh();
    await createAccount(org, link, {
      name: 'Oscar Organizer',
      email: 'oscar@example.org',
      password: 'kestrel meadow lantern 42',
    });
    await org.getByRole('link', { name: 'People' }).waitFor();
    await owner.reload();
    await owner.getByLabel('Role of Oscar Organizer').selectOption('viewer');
    await owner.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await org.reload();
    await org.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signIn(org, server.url, 'oscar@example.org', 'kestrel meadow lantern 42');
    await org.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    assert.equal(await org.getByRole('link', { name: 'People' }).count(), 0);
    const status = await org.evaluate(async () => (await fetch('/api/console/people')).status);
    assert.equal(status, 403, 'the API refuses, not only the menu');
  });

  it('throttles sign-in after repeated wrong passwords', async () => {
    const page = await fresh();
    for (let i = 0; i < 5; i++) {
      await signIn(page, server.url, 'oscar@example.org', `wrong password ${i}!`);
      await page.getByRole('alert').waitFor();
    }
    await signIn(page, server.url, 'oscar@example.org', 'kestrel meadow lantern 42');
    await page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' }).waitFor();
  });

  it('refuses a state change without the CSRF token, and one from another site', async () => {
    const noToken = await owner.evaluate(
      async () =>
        (
          await fetch('/api/console/accounts/invites', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ role: 'owner' }),
          })
        ).status,
    );
    assert.equal(noToken, 403);
    const invites = async () =>
      ((await owner.evaluate(async () => (await fetch('/api/console/accounts')).json())) as { invites: unknown[] })
        .invites.length;
    const before = await invites();
    const other = await fresh();
    // localhost and 127.0.0.1 are different sites: the SameSite=Strict cookie stays home, and the Origin is refused.
    await other.goto(server.url.replace('127.0.0.1', 'localhost') + '/');
    await other.evaluate(async (target) => {
      await fetch(`${target}/api/console/accounts/invites`, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        body: JSON.stringify({ role: 'owner' }),
      });
    }, server.url);
    assert.equal(await invites(), before, 'no invite was made from another site');
  });

  it('finds a person and exports them with the keyboard only', async () => {
    await owner.goto(`${server.url}/console/#/people`);
    await owner.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await owner.getByRole('searchbox').focus();
    await owner.keyboard.type('chen');
    await owner.keyboard.press('Enter');
    await owner.getByRole('status').filter({ hasText: '1 people match' }).waitFor();
    const download = owner.waitForEvent('download');
    // From the search box: past the filters and the Search button, to "Export as CSV".
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'Export as CSV'; i++) {
      await owner.keyboard.press('Tab');
      focused = await owner.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    assert.equal(focused, 'Export as CSV');
    await owner.keyboard.press('Enter');
    const csv = readFileSync((await (await download).path())!, 'utf8');
    assert.match(csv, /"Bo","Chen","bo@example.org"/);
    assert.doesNotMatch(csv, /ana@example.org/);
    for (let i = 0; i < 10 && focused !== 'Bo Chen'; i++) {
      await owner.keyboard.press('Tab');
      focused = await owner.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    await owner.keyboard.press('Enter');
    await owner.getByRole('heading', { level: 1, name: 'Bo Chen' }).waitFor();
    await owner.getByText('webhook').first().waitFor();
  });

  it('deletes a person on request and says which destinations must be cleaned', async () => {
    await owner.getByRole('button', { name: 'Delete this person on request' }).click();
    await owner.getByRole('button', { name: 'Yes, delete' }).click();
    await owner.getByText('Deleted 1 signups and 0 RSVPs.').waitFor();
    await owner.getByText('No destination had received the data yet.').waitFor();
    await owner.goto(`${server.url}/console/#/people`);
    await owner.getByRole('status').filter({ hasText: '1 people match' }).waitFor();
  });

  it('creates an event in its own time zone; forwarding pauses and resumes', async () => {
    await owner.getByRole('link', { name: 'Events' }).click();
    await owner.getByRole('button', { name: 'New event' }).click();
    await owner.getByLabel('Title').fill('Town hall on Medicare for All');
    await owner.getByLabel('Type').selectOption('town-hall');
    await owner.getByLabel('Time zone').selectOption('America/Los_Angeles');
    await owner.getByLabel('Starts (local time of the event)').fill('2030-05-01T18:30');
    await owner.getByLabel('Online event', { exact: true }).check();
    await owner.getByRole('button', { name: 'Save event' }).click();
    await owner.getByRole('cell', { name: /America\/Los_Angeles/ }).waitFor();
    const events = (await owner.evaluate(async () => (await fetch('/api/console/events')).json())) as {
      events: { start: string }[];
    };
    assert.equal(events.events[0]!.start, '2030-05-01T18:30:00-07:00');
    await owner.getByRole('link', { name: 'Forwarding' }).click();
    await owner.getByRole('button', { name: 'Pause webhook' }).click();
    await owner.getByRole('button', { name: 'Resume webhook' }).waitFor();
    await owner.getByRole('button', { name: 'Resume webhook' }).click();
    await owner.getByRole('button', { name: 'Pause webhook' }).waitFor();
  });

  it('sets up an authenticator app, then asks for its code at sign-in', async () => {
    await owner.getByRole('link', { name: 'My account' }).click();
    await owner.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await owner.locator('[data-secret]').textContent())!.trim();
    await owner.getByLabel('6-digit code').fill(await generate({ secret }));
    await owner.getByRole('button', { name: 'Confirm' }).click();
    await owner.getByText('An authenticator app is set up').waitFor();
    await owner.getByRole('button', { name: 'Sign out' }).click();
    await signIn(owner, server.url, OWNER.email, OWNER.password);
    const code = owner.getByLabel('6-digit code from your authenticator app');
    await code.waitFor();
    // A fresh step: the code used to confirm cannot be used again.
    await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200));
    await code.fill(await generate({ secret }));
    await owner.getByRole('button', { name: /^Sign in$/ }).click();
    await owner.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });
});

describe('console session expiry', () => {
  it('ends an idle session and asks to sign in again', async () => {
    const server = await startConsoleServer({ M4A_SESSION_IDLE_MS: '2000' });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await createAccount(page, server.setupLink, OWNER);
      await new Promise((r) => setTimeout(r, 2500));
      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByText('Your session ended. Sign in again.').waitFor();
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
