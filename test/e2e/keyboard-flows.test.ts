/**
 * Keyboard-only visitors: each flow uses Tab, Shift+Tab, Enter, Space, the arrow keys and typing, nothing else, on
 * the built drop-in served by the reference server. Where focus lands is read from the page (through shadow roots)
 * after each key, and every control reached must show a focus indicator. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchConsole, type RunningServer } from '../support/e2e.js';
import {
  VISITOR,
  WIDGET_HTML,
  hermetic,
  hostPage,
  openHostPage,
  startHostileServer,
  whenReady,
  type Tag,
} from '../support/hostile-pages.js';

interface Focused {
  tag: string;
  id: string;
  part: string;
  type: string;
  name: string;
  /** The focus indicator as drawn: outline style and width, or a box shadow. */
  indicator: string;
}

/** The element that has focus, looking through shadow roots, and how it is named and drawn. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const h = el as HTMLElement;
    const labels = (h as HTMLInputElement).labels;
    const name = h.getAttribute('aria-label') ?? (labels?.length ? labels[0]!.textContent : h.textContent) ?? '';
    const s = getComputedStyle(h);
    const indicator =
      s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
        ? `outline ${s.outlineWidth}`
        : s.boxShadow !== 'none'
          ? 'box-shadow'
          : 'none';
    return {
      tag: h.localName,
      id: h.id,
      part: h.getAttribute('part') ?? '',
      type: h.getAttribute('type') ?? '',
      name: name.trim().replace(/\s+/g, ' '),
      indicator,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until focus is on a control matching `want`, at most `max` times; every control
 * passed on the way must show a focus indicator.
 */
async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  what: string,
  { back = false, max = 80 } = {},
): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f) continue;
    path.push(`${f.tag}${f.id ? `#${f.id}` : ''} "${f.name.slice(0, 40)}"`);
    assert.notEqual(f.indicator, 'none', `no visible focus indicator on ${path.at(-1)}`);
    if (want(f)) return f;
  }
  throw new Error(`${what} not reached with ${back ? 'Shift+Tab' : 'Tab'} after ${max} presses: ${path.join(' → ')}`);
}

const named = (name: string | RegExp) => (f: Focused) =>
  typeof name === 'string' ? f.name === name : name.test(f.name);

async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
}

describe('keyboard-only flows', () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startHostileServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(tag: Tag): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext();
    await hermetic(context, server);
    const page = await context.newPage();
    const log = watchConsole(page);
    await openHostPage(
      page,
      server,
      `/keyboard/${tag}.html`,
      hostPage({ title: `Keyboard: ${tag}`, body: WIDGET_HTML[tag] }),
    );
    await whenReady(page, tag);
    return { page, errors: log.errors, close: () => context.close() };
  }

  it('FAQ: search, open an answer, move between questions with the arrow keys', async () => {
    const { page, errors, close } = await open('m4a-coverage-faq');
    const faq = page.locator('m4a-coverage-faq');
    await tabTo(page, named('Search the questions'), 'the search box');
    await type(page, 'doctor');
    await faq.locator('[part~="summary"]').filter({ hasText: /match/ }).waitFor();
    const first = await tabTo(page, (f) => f.part.includes('toggle'), 'the first question');
    // Questions whose answers match the search are already open, to show the matches: Enter and Space toggle.
    const expanded = (id: string) => faq.locator(`#${id}`).getAttribute('aria-expanded');
    const wasOpen = (await expanded(first.id)) === 'true';
    await page.keyboard.press('Enter');
    await faq.locator(`#${first.id}[aria-expanded="${!wasOpen}"]`).waitFor({ timeout: 2000 });
    if (wasOpen) await page.keyboard.press('Enter');
    await faq.locator(`#${first.id}[aria-expanded="true"]`).waitFor();
    await faq.locator(`#${first.id.replace(/^q-/, 'a-')}`).waitFor({ state: 'visible' });
    assert.match((await faq.locator(`#${first.id.replace(/^q-/, 'a-')}`).innerText()).toLowerCase(), /doctor/);
    // ↓ moves to the next question; Space opens it too.
    await page.keyboard.press('ArrowDown');
    const second = await focused(page);
    assert.ok(
      second && second.part.includes('toggle') && second.id !== first.id,
      'ArrowDown moves to the next question',
    );
    const secondWasOpen = (await expanded(second.id)) === 'true';
    await page.keyboard.press('Space');
    await faq.locator(`#${second.id}[aria-expanded="${!secondWasOpen}"]`).waitFor({ timeout: 2000 });
    // ↑ comes back; Shift+Tab leads back to the search box.
    await page.keyboard.press('ArrowUp');
    assert.equal((await focused(page))?.id, first.id);
    await tabTo(page, named('Search the questions'), 'the search box', { back: true, max: 10 });
    assert.deepEqual(errors, []);
    await close();
  });

  it('signup: fill in every field and submit', async () => {
    const { page, errors, close } = await open('m4a-signup-form');
    const form = page.locator('m4a-signup-form');
    await tabTo(page, named('First name'), 'First name');
    await type(page, VISITOR.givenName);
    await tabTo(page, named('Last name'), 'Last name', { max: 2 });
    await type(page, VISITOR.familyName);
    await tabTo(page, named('Email address'), 'Email address', { max: 2 });
    await type(page, `keyboard.${VISITOR.email}`);
    await tabTo(page, named('Phone number (optional)'), 'Phone', { max: 2 });
    await type(page, VISITOR.phone);
    await tabTo(page, named('ZIP code'), 'ZIP code', { max: 2 });
    await type(page, VISITOR.zip);
    await tabTo(page, named('Go to town halls and panels'), 'a way to help', { max: 5 });
    await page.keyboard.press('Space');
    assert.equal(await form.getByLabel('Go to town halls and panels').isChecked(), true);
    await tabTo(page, named('Sign up'), 'the Sign up button', { max: 10 });
    await page.keyboard.press('Enter');
    await form.getByRole('heading', { name: 'Thank you for signing up!' }).waitFor({ timeout: 20_000 });
    // Focus follows to the confirmation, so a screen reader reads it and Tab continues from there.
    assert.equal((await focused(page))?.name, 'Thank you for signing up!');
    assert.deepEqual(errors, []);
    await close();
  });

  it('signup: Enter on an empty form leads to the error summary, its links lead to the field', async () => {
    const { page, errors, close } = await open('m4a-signup-form');
    await tabTo(page, named('Sign up'), 'the Sign up button');
    await page.keyboard.press('Enter');
    const summary = await focused(page);
    assert.match(summary?.name ?? '', /There is a problem/);
    await tabTo(page, named('Enter your first name'), 'the first error link', { max: 3 });
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.name, 'First name');
    assert.deepEqual(errors, []);
    await close();
  });

  it('event list: RSVP inline to a reference-server event', async () => {
    const { page, errors, close } = await open('m4a-event-list');
    const list = page.locator('m4a-event-list');
    const rsvp = await tabTo(page, (f) => f.part.includes('rsvp'), 'an RSVP button');
    assert.match(rsvp.name, /^RSVP: /);
    await page.keyboard.press('Enter');
    await list.locator('form[part~="rsvp-form"]').waitFor();
    await tabTo(page, named('First name'), 'First name', { max: 3 });
    await type(page, VISITOR.givenName);
    await tabTo(page, named('Email'), 'Email', { max: 3 });
    await type(page, `keyboard.${VISITOR.email}`);
    await tabTo(page, named('ZIP code'), 'ZIP code', { max: 2 });
    await type(page, VISITOR.zip);
    await page.keyboard.press('Enter');
    await list.getByText('Thank you! Your RSVP is confirmed.').waitFor({ timeout: 20_000 });
    assert.equal((await focused(page))?.name, 'Thank you! Your RSVP is confirmed.');
    assert.deepEqual(errors, []);
    await close();
  });

  it('rep lookup: a ZIP, then a call and its outcome', async () => {
    const { page, errors, close } = await open('m4a-rep-lookup');
    const reps = page.locator('m4a-rep-lookup');
    await tabTo(page, named('ZIP code'), 'ZIP code');
    await type(page, VISITOR.zip);
    await page.keyboard.press('Enter');
    await reps.locator('[part~="card"]').first().waitFor({ timeout: 20_000 });
    const call = await tabTo(page, (f) => f.part.includes('call'), 'a Call button');
    assert.match(call.name, /^Call .+: open the call script$/);
    await page.keyboard.press('Enter');
    // Focus moves to the panel's heading; the caller's name comes next, then the outcomes.
    assert.match((await focused(page))?.name ?? '', /^Call (Senator|Representative) /);
    await tabTo(page, named('Your name (optional)'), 'the caller’s name', { max: 3 });
    await type(page, VISITOR.callerName);
    await tabTo(page, named('Talked to staff'), 'an outcome', { max: 5 });
    await page.keyboard.press('Space');
    await reps
      .locator('[part~="thanks"]')
      .filter({ hasText: /was counted/ })
      .waitFor({ timeout: 20_000 });
    assert.match((await focused(page))?.name ?? '', /^Thank you! Your call to .+ was counted\.$/);
    // The next legislator is one Tab away.
    await tabTo(page, named(/^Next: call /), 'the next call', { max: 2 });
    assert.deepEqual(errors, []);
    await close();
  });
});
