/**
 * The console's forms in Spanish against a real server: the API's field errors said in the page's language beside
 * their fields (described by them, focus on the first), never in the server's English; and the authenticator's QR
 * code, drawn under the console's own strict CSP, with its key as text beside it. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from '../support/e2e.js';
import es from '../../src/console/messages.es.js';
import { createAccount, OWNER, startConsoleServer, type ConsoleServer } from './console-helpers.js';

/** The id of the focused element, and the text of what describes it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return { id: el.id, description: ids.map((id) => document.getElementById(id)?.textContent?.trim()).join(' ') };
  });

describe('console forms in Spanish', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let page: Page;
  let watched: ReturnType<typeof watchConsole>;

  before(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
    // No bypassCSP: the QR code must be drawn under the console's own policy.
    page = await (await browser.newContext()).newPage();
    watched = watchConsole(page);
    await page.addInitScript(() => localStorage.setItem('m4a-console-lang', 'es'));
    await createAccount(page, server.setupLink, OWNER);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newEvent() {
    await page.goto(`${server.url}/console/#/events`);
    await page.reload();
    await page.getByRole('button', { name: es['events.new'] }).click();
  }

  it('the event form refused (400, fields named): Spanish messages beside the fields, focus on the first', async () => {
    await newEvent();
    await page.getByRole('button', { name: es['events.save'] }).click();
    await page.locator('#ev-title-error').waitFor();
    assert.equal(await page.locator('#ev-title-error').textContent(), es['field.event.title.too_small']);
    assert.equal(await page.locator('#ev-start-error').textContent(), es['field.event.start']);
    assert.deepEqual(await focused(page), { id: 'ev-title', description: es['field.event.title.too_small'] });
    assert.equal(await page.getByLabel(es['events.field.title']).getAttribute('aria-invalid'), 'true');
    const summary = page.getByRole('alert').filter({ hasText: es['form.problems'] });
    assert.match(
      (await summary.textContent())!,
      new RegExp(`${es['events.field.title']}: ${es['field.event.title.too_small']}`),
    );
    const text = (await page.locator('main').textContent())!;
    assert.ok(!text.includes('An event needs a title'), 'the server’s English is not shown');
  });

  it('an end before the start: the event schema’s own rule, said in Spanish beside the end', async () => {
    await newEvent();
    await page.getByLabel(es['events.field.title']).fill('Asamblea');
    await page.getByLabel(es['events.field.start']).fill('2030-05-01T18:30');
    await page.getByLabel(es['events.field.end']).fill('2030-05-01T17:00');
    await page.getByLabel(es['events.field.online'], { exact: true }).check();
    await page.getByRole('button', { name: es['events.save'] }).click();
    await page.locator('#ev-end-error').waitFor();
    assert.deepEqual(await focused(page), { id: 'ev-end', description: es['field.event.end.custom'] });
    assert.equal(await page.locator('.field-error').count(), 1);
  });

  it('my password: a wrong current one is said beside that field', async () => {
    await page.goto(`${server.url}/console/#/me`);
    await page.reload();
    await page.getByLabel(es['me.current']).fill('not my password at all');
    await page.getByLabel(es['me.new']).fill('a brand new long passphrase');
    await page.getByRole('button', { name: es['me.changePassword'], exact: true }).click();
    await page.locator('#me-current-error').waitFor();
    assert.deepEqual(await focused(page), { id: 'me-current', description: es['field.account.current'] });
    assert.equal(await page.locator('#me-current').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#me-password').getAttribute('aria-invalid'), 'false');
  });

  it('authenticator enrolment: a QR code (our SVG, under the CSP) with its name, the key beside it', async () => {
    await page.getByRole('button', { name: es['me.totpStart'] }).click();
    const qr = page.getByRole('img', { name: es['me.totpQr'] });
    await qr.waitFor();
    const src = (await qr.getAttribute('src'))!;
    assert.match(src, /^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    assert.match(svg, /<path stroke="#000000" d="M\d/, 'the dark modules are drawn as one path');
    assert.ok(!/<script|on\w+=/i.test(svg), 'nothing in it runs');
    // Drawn, not refused by the page's CSP: the image decoded to its size.
    assert.ok(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
    const secret = (await page.locator('[data-secret]').textContent())!.trim();
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    const uri = (await page.getByRole('link', { name: es['me.totpLink'] }).getAttribute('href'))!;
    assert.ok(uri.includes(`secret=${secret}`), 'the key shown is the one in the code');
    assert.deepEqual(
      watched.errors.filter((e) => /Content Security Policy/i.test(e)),
      [],
    );
  });
});
