/**
 * End to end: on demo/rep-lookup.html (the built drop-in, served by the reference server) a visitor looks up a ZIP,
 * writes to a legislator, downloads the letter as a PDF and says "I sent it"; the outcome becomes exactly one row in
 * SQLite, also when the first request fails and the device queue sends it again. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, watchConsole, type RunningServer } from '../support/e2e.js';
import { startServerWithReps } from '../support/hostile-pages.js';

interface Row {
  target_id: string;
  outcome: string;
  channel: string;
  source: string | null;
  idempotency_key: string;
}

describe('writing to a legislator on the demo page', () => {
  let server: RunningServer;
  let browser: Browser;
  let db: Database.Database;
  const rows = (target: string) => db.prepare('SELECT * FROM write_outcomes WHERE target_id = ?').all(target) as Row[];

  before(async () => {
    server = await startServerWithReps();
    browser = await launchBrowser();
    db = new Database(server.dbFile, { readonly: true });
  });
  after(async () => {
    db?.close();
    await browser?.close();
    await server?.stop();
  });

  /** ZIP → legislators → the Write panel of the `nth` card, signed; returns the widget and the open panel. */
  async function compose(page: Page, nth: number): Promise<{ widget: Locator; panel: Locator; name: string }> {
    await page.goto(`${server.url}/rep-lookup.html`);
    const widget = page.locator('m4a-rep-lookup').first();
    await widget.getByLabel('ZIP code').fill('53703');
    await widget.getByRole('button', { name: 'Find my legislators' }).click();
    const card = widget.locator('[part~="card"]').nth(nth);
    await card.waitFor({ timeout: 20_000 }).catch(async (err: unknown) => {
      throw new Error(`no cards: ${await widget.locator('[part~="base"]').innerText()}`, { cause: err });
    });
    const name = (await card.locator('.name').textContent())!.trim();
    await card.getByRole('button', { name: `Write to ${name}: open the letter` }).click();
    const panel = widget.locator('[part~="write-panel"]');
    await panel.waitFor({ timeout: 20_000 });
    await panel.getByLabel('Your name', { exact: true }).fill('Ana Pérez');
    await panel.getByLabel('Your postal address (optional)').fill('1 Main St\nMadison, WI 53703');
    return { widget, panel, name };
  }

  async function downloadPdf(page: Page, panel: Locator): Promise<void> {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download a PDF' }).click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 1500, `a PDF of ${bytes.length} bytes`);
  }

  it('ZIP → legislators → write → "I sent it" → one row, with the channel and never the letter', async () => {
    const page = await browser.newPage();
    const log = watchConsole(page);
    const { panel, name } = await compose(page, 0);
    await downloadPdf(page, panel);
    await panel.getByRole('button', { name: 'I sent it' }).click();
    await panel.getByText(`Thank you! Your letter to ${name} was counted.`).waitFor({ timeout: 15_000 });
    const id = await page.locator('m4a-rep-lookup').first().locator('[part~="card"]').first().getAttribute('data-id');
    const [row, ...more] = rows(id!);
    assert.equal(more.length, 0);
    assert.deepEqual([row?.outcome, row?.channel, row?.source], ['sent', 'pdf', 'demo']);
    assert.match(row!.idempotency_key, /^[0-9a-f-]{36}$/);
    // Legislators' photos come from the open internet, which this machine has not.
    assert.deepEqual(
      log.errors.filter((e) => !e.includes('ERR_NAME_NOT_RESOLVED')),
      [],
    );
    await page.close();
  });

  it('stores the outcome once when the first request fails and the queue sends it again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { panel, name } = await compose(page, 1);
    const id = await page.locator('m4a-rep-lookup').first().locator('[part~="card"]').nth(1).getAttribute('data-id');
    await downloadPdf(page, panel);
    let failed = 0;
    await page.route('**/api/write-outcomes', (route) => {
      if (failed++ === 0) return route.abort('internetdisconnected');
      return route.continue();
    });
    await panel.getByRole('button', { name: 'I sent it' }).click();
    await panel
      .getByText(
        `Thank you! Your letter to ${name} is saved on this device and will be counted once you are back online.`,
      )
      .waitFor({ timeout: 15_000 });
    // The queue's own retry (a few seconds' backoff) sends it, with the same key.
    const deadline = Date.now() + 30_000;
    while (rows(id!).length === 0 && Date.now() < deadline) await page.waitForTimeout(250);
    assert.equal(failed, 2);
    await page.waitForTimeout(1000);
    assert.equal(rows(id!).length, 1);
    await context.close();
  });
});
