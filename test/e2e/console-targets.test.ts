/**
 * The console's Local targets page against a real server: add, edit, reorder and save (the whole list, as the API
 * takes it), what a reload shows; a bad phone said beside its field in Spanish, by the browser's check and by the
 * server's 422; a viewer and a server reading M4A_TARGETS_FILE see the list without edit controls; the JSON export
 * imports back unchanged. Needs `npx vite build --mode console` (or `npm run build`) first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from '../support/e2e.js';
import en from '../../src/console/messages.en.js';
import es from '../../src/console/messages.es.js';
import { createAccount, OWNER, signIn, startConsoleServer, type ConsoleServer } from './console-helpers.js';

const served = async (server: ConsoleServer) =>
  ((await (await fetch(`${server.url}/api/targets`)).json()) as { targets: { id: string; phone?: string }[] }).targets;

async function openTargets(page: Page, server: ConsoleServer, heading: string = en['targets.title']) {
  await page.goto(`${server.url}/console/#/targets`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Fills the form for a new target: a Madison alder with a district table and a sourced stance. */
async function addAlder(page: Page, id: string, name: string) {
  await page.getByRole('button', { name: en['targets.add'] }).click();
  await page.locator('#tg-id').fill(id);
  await page.locator('#tg-name').fill(name);
  await page.locator('#tg-title').fill('Alder');
  await page.locator('#tg-titleEs').fill('Concejal');
  await page.locator('#tg-phone').fill('608-555-0106');
  await page.getByLabel(en['targets.coverage.districts']).check();
  await page.locator('#tg-districts').fill('6');
  await page.locator('#tg-zipToDistrict').fill('53703: 2, 4, 6\n53704,6');
  await page.locator('#tg-position').selectOption('supports');
  await page.locator('#tg-sourceName').fill('Example pledge list');
  await page.locator('#tg-sourceUrl').fill('https://example.org/pledge');
  await page.locator('#tg-asOf').fill('2026-11-02');
  await page.getByRole('button', { name: en['targets.keep'] }).click();
  await page.getByRole('row', { name: new RegExp(name) }).waitFor();
}

describe('console: local targets', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watched: ReturnType<typeof watchConsole>;

  before(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    watched = watchConsole(page);
    await page.addInitScript(() => localStorage.setItem('m4a-console-lang', 'en'));
    await createAccount(page, server.setupLink, OWNER);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds, edits, reorders and saves the list; a reload shows it as saved', async () => {
    await openTargets(page, server);
    await page.getByText(en['targets.none']).waitFor();
    await addAlder(page, 'alder-6', 'Pat Example');
    await addAlder(page, 'alder-2', 'Sam Example');
    await page.getByText(en['targets.unsaved']).waitFor();
    assert.deepEqual(await served(server), [], 'nothing is published before Save');

    await page.getByRole('button', { name: 'Move Sam Example up' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Move Sam Example down');
    await page.getByRole('button', { name: 'Edit Pat Example' }).click();
    await page.locator('#tg-phone').fill('608-555-0199');
    await page.getByRole('button', { name: en['targets.keep'] }).click();
    await page.getByRole('button', { name: en['targets.save'] }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 2 targets published.' }).waitFor();
    const list = await served(server);
    assert.deepEqual(
      list.map((t) => [t.id, t.phone]),
      [
        ['alder-2', '608-555-0106'],
        ['alder-6', '608-555-0199'],
      ],
    );

    await page.reload();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    assert.deepEqual(await rows.locator('th').allTextContents(), ['Sam Example', 'Pat Example']);
    const row = (await rows.first().textContent())!.replace(/\s+/g, ' ');
    assert.match(row, /Districts 6 \(2 ZIPs in the table\)/);
    assert.match(row, /Supports.*Source: Example pledge list.*Checked Nov 2, 2026/);
    assert.deepEqual(watched.errors, []);
  });

  it('exports the list as targets.json, and imports it back unchanged', async () => {
    await openTargets(page, server);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['targets.export'] }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'targets.json');
    const file = join(mkdtempSync(join(tmpdir(), 'm4a-targets-e2e-')), 'targets.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { targets: unknown[] };
    assert.deepEqual(exported.targets, await served(server));

    await page.getByRole('button', { name: 'Remove Sam Example' }).click();
    await page.getByRole('button', { name: en['targets.save'] }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 1 targets published.' }).waitFor();

    await page.getByLabel(en['targets.import']).setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Imported 2 targets' }).waitFor();
    await page.getByRole('button', { name: en['targets.save'] }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 2 targets published.' }).waitFor();
    assert.deepEqual(await served(server), exported.targets);

    const bad = join(tmpdir(), `m4a-bad-targets-${process.pid}.json`);
    writeFileSync(bad, JSON.stringify({ targets: [{ ...exported.targets[0]!, phone: 'call us' }] }));
    await page.getByLabel(en['targets.import']).setInputFiles(bad);
    const report = page.getByRole('alert').filter({ hasText: en['targets.importRefused'] });
    assert.match((await report.textContent())!, /Entry 1 \(alder-2\): Phone \(optional\) — Write the phone number/);
    assert.equal(await page.locator('tbody tr').count(), 2, 'the list shown did not change');
  });

  it('in Spanish, a bad phone is said beside the field, by the browser and by the server', async () => {
    const es_ = await (await browser.newContext()).newPage();
    await es_.addInitScript(() => localStorage.setItem('m4a-console-lang', 'es'));
    await signIn(es_, server.url, OWNER.email, OWNER.password);
    await es_.getByRole('navigation').waitFor();
    await openTargets(es_, server, es['targets.title']);
    await es_.getByRole('button', { name: 'Editar a Pat Example' }).click();
    await es_.locator('#tg-phone').fill('llámenos');
    await es_.getByRole('button', { name: es['targets.keep'] }).click();
    await es_.locator('#tg-phone-error').waitFor();
    assert.equal(await es_.locator('#tg-phone-error').textContent(), es['field.target.phone']);
    assert.equal(await es_.evaluate(() => document.activeElement?.id), 'tg-phone');
    assert.equal(await es_.locator('#tg-phone').getAttribute('aria-invalid'), 'true');
    await es_.getByRole('button', { name: es['targets.cancel'] }).click();

    // The server checks with the same schema: a request changed on its way still gets a 422, said in Spanish.
    await es_.route('**/api/console/targets', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = JSON.parse(route.request().postData()!) as { targets: Record<string, unknown>[] };
      body.targets[1]!['phone'] = 'llámenos';
      await route.continue({ postData: JSON.stringify(body) });
    });
    await es_.getByRole('button', { name: es['targets.save'] }).click();
    await es_.locator('#tg-phone-error').waitFor();
    assert.equal(await es_.locator('#tg-phone-error').textContent(), es['field.target.phone']);
    assert.equal(await es_.locator('#tg-name').inputValue(), 'Pat Example', 'the form is the entry the server named');
    await es_.getByRole('alert').filter({ hasText: es['targets.notSaved'] }).waitFor();
    assert.ok(!(await es_.locator('main').textContent())!.includes('Write the phone'), 'not the server’s English');
    assert.equal((await served(server)).length, 2);
    await es_.context().close();
  });

  it('shows a viewer the list without edit controls; the API refuses the viewer’s write', async () => {
    await page.goto(`${server.url}/console/#/accounts`);
    await page.getByLabel('Role').first().selectOption('viewer');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.locator('input.link').inputValue();
    const viewer = await (await browser.newContext()).newPage();
    await createAccount(viewer, link, {
      name: 'Vi Viewer',
      email: 'vi@example.org',
      password: 'kestrel meadow lantern 42',
    });
    await viewer.getByRole('link', { name: en['nav.targets'] }).click();
    await viewer.getByText(en['targets.viewerOnly']).waitFor();
    await viewer.getByRole('row', { name: /Pat Example/ }).waitFor();
    for (const name of [en['targets.add'], en['targets.save'], 'Edit Pat Example', en['targets.import']]) {
      assert.equal(await viewer.getByRole('button', { name }).count(), 0, name);
    }
    assert.equal(await viewer.getByLabel(en['targets.import']).count(), 0);
    const status = await viewer.evaluate(async () => {
      const session = (await (await fetch('/api/console/session')).json()) as { csrf: string };
      const res = await fetch('/api/console/targets', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
        body: JSON.stringify({ targets: [] }),
      });
      return res.status;
    });
    assert.equal(status, 403);
    await viewer.context().close();
  });
});

describe('console: local targets from M4A_TARGETS_FILE', () => {
  let server: ConsoleServer;
  let browser: Browser;

  before(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'm4a-targets-file-')), 'targets.json');
    const mayor = { id: 'mayor', name: 'Alex Example', title: 'Mayor', level: 'city', phone: '608-555-0100' };
    writeFileSync(file, JSON.stringify({ targets: [mayor] }));
    [server, browser] = await Promise.all([startConsoleServer({ M4A_TARGETS_FILE: file }), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says the list is read from the file, and shows it without edit controls to the owner', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(() => localStorage.setItem('m4a-console-lang', 'en'));
    await createAccount(page, server.setupLink, OWNER);
    await openTargets(page, server);
    await page.getByText(en['targets.readOnly']).waitFor();
    await page.getByRole('row', { name: /Alex Example/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: en['targets.add'] }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Edit Alex Example' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: en['targets.export'] }).count(), 1);
  });
});
