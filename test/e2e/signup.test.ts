/**
 * End to end: a visitor signs up on demo/signup-form.html (the built drop-in, served by the reference server) and
 * the signup becomes exactly one row in SQLite, also when the network fails and the page is reloaded before it
 * comes back. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, startServer, watchConsole, type RunningServer } from '../support/e2e.js';

/** The server's default minimum fill time: a faster submit is stored but flagged as a bot. */
const MIN_FILL_MS = 3000;

interface Row {
  idempotency_key: string;
  given_name: string;
  family_name: string;
  email: string;
  phone: string | null;
  zip: string;
  interests: string;
  source: string | null;
  utm_source: string | null;
  utm_campaign: string | null;
  page_url: string | null;
  site: string | null;
  lang: string | null;
  elapsed_ms: number;
  spam_reason: string | null;
}

describe('signup on the demo page', () => {
  let server: RunningServer;
  let browser: Browser;
  let db: Database.Database;
  const rows = (email: string) => db.prepare('SELECT * FROM signups WHERE email = ?').all(email) as Row[];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    db = new Database(server.dbFile, { readonly: true });
  });
  after(async () => {
    db?.close();
    await browser?.close();
    await server?.stop();
  });

  /** Opens the page and fills the first form like a person; returns the form and when it appeared. */
  async function fill(
    page: Page,
    email: string,
    path = '/signup-form.html',
  ): Promise<{ form: Locator; shownAt: number }> {
    await page.goto(`${server.url}${path}`);
    const form = page.locator('#signup-default');
    await form.getByLabel('Email address').waitFor({ timeout: 20_000 });
    const shownAt = Date.now();
    await form.getByLabel('First name').fill('Ana');
    await form.getByLabel('Last name').fill('Pérez');
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('Phone number (optional)').fill('(608) 555-0123');
    await form.getByLabel('ZIP code').fill('53703');
    await form.getByLabel('Host an event').check();
    return { form, shownAt };
  }

  /** People take a few seconds; so does this test, or the server would rightly flag the signup. */
  async function submitLikeAPerson(page: Page, form: Locator, shownAt: number): Promise<void> {
    const wait = shownAt + MIN_FILL_MS + 300 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    await form.getByRole('button', { name: 'Sign up' }).click();
  }

  it('stores a signup from the page as one row, with attribution', async () => {
    const page = await browser.newPage();
    const log = watchConsole(page);
    const { form, shownAt } = await fill(
      page,
      'ana.e2e@example.org',
      '/signup-form.html?utm_source=e2e&utm_campaign=launch',
    );
    await submitLikeAPerson(page, form, shownAt);
    await form.getByRole('heading', { name: 'Thank you for signing up!' }).waitFor({ timeout: 15_000 });
    await form.getByRole('link', { name: 'Find an event near you' }).waitFor();

    const [row, ...more] = rows('ana.e2e@example.org');
    assert.equal(more.length, 0);
    assert.ok(row);
    assert.match(row.idempotency_key, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      {
        given: row.given_name,
        family: row.family_name,
        phone: row.phone,
        zip: row.zip,
        interests: JSON.parse(row.interests),
      },
      { given: 'Ana', family: 'Pérez', phone: '+16085550123', zip: '53703', interests: ['host-event'] },
    );
    assert.deepEqual(
      {
        source: row.source,
        utm_source: row.utm_source,
        utm_campaign: row.utm_campaign,
        site: row.site,
        lang: row.lang,
        spam: row.spam_reason,
      },
      {
        source: 'demo-signup-page',
        utm_source: 'e2e',
        utm_campaign: 'launch',
        site: '127.0.0.1',
        lang: 'en',
        spam: null,
      },
    );
    assert.equal(row.page_url, `${server.url}/signup-form.html?utm_source=e2e&utm_campaign=launch`);
    assert.ok(row.elapsed_ms >= MIN_FILL_MS);
    // Every variant on the page (Spanish with a custom question, dark short form) is set up correctly.
    const forms = await page.$$eval('m4a-signup-form', (els) =>
      els.map((el) => ({
        form: !!el.shadowRoot?.querySelector('form, .panel'),
        alert: !!el.shadowRoot?.querySelector('[role="alert"]'),
      })),
    );
    assert.deepEqual(forms, [
      { form: true, alert: false },
      { form: true, alert: false },
      { form: true, alert: false },
    ]);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.warnings.filter((w) => w.includes('m4a-widgets')),
      [],
    );
    await page.close();
  });

  it('keeps a signup whose request failed, and sends it once after the page is reloaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = 'reload.e2e@example.org';
    const { form, shownAt } = await fill(page, email);
    // The API is unreachable; the page itself still loads.
    await page.route('**/api/signups', (route) => route.abort('internetdisconnected'));
    await submitLikeAPerson(page, form, shownAt);
    await form.getByRole('heading', { name: 'Your signup is saved' }).waitFor({ timeout: 15_000 });
    assert.equal(rows(email).length, 0);

    await page.unroute('**/api/signups');
    await page.reload();
    await page
      .locator('#signup-default')
      .getByText('Your signup saved on this device earlier has now been sent. Thank you!')
      .waitFor({ timeout: 20_000 });
    const stored = rows(email);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.spam_reason, null);
    // The other forms on the page saw the same stored signup; none sent it again.
    await page.waitForTimeout(500);
    assert.equal(rows(email).length, 1);
    await context.close();
  });

  it('sends a signup made offline as soon as the browser is back online, without a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = 'offline.e2e@example.org';
    const { form, shownAt } = await fill(page, email);
    await context.setOffline(true);
    await submitLikeAPerson(page, form, shownAt);
    await form.getByRole('heading', { name: 'Your signup is saved' }).waitFor({ timeout: 15_000 });
    assert.equal(rows(email).length, 0);
    await context.setOffline(false);
    await form.getByRole('heading', { name: 'Thank you for signing up!' }).waitFor({ timeout: 20_000 });
    assert.equal(rows(email).length, 1);
    await context.close();
  });
});
