/**
 * Host analytics: a page listens on `document` for every event docs/analytics.md documents while a visitor goes
 * through every widget's flows, typing a known name, email, phone, ZIP, address and caller name. Every documented
 * event must fire and reach `document`; nothing undocumented may fire; no detail may contain what was typed, unless
 * the partner opted in with `event-detail="full"`. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, watchConsole, type RunningServer } from '../support/e2e.js';
import {
  FLOWS,
  VISITOR,
  VISITOR_TRACES,
  hermetic,
  hostPage,
  openHostPage,
  startHostileServer,
  whenReady,
} from '../support/hostile-pages.js';

/** The event names of the table in docs/analytics.md. */
const DOCUMENTED = [...readFileSync('docs/analytics.md', 'utf8').matchAll(/^\| `(m4a-[a-z-]+)` \|/gm)].map(
  (m) => m[1]!,
);

interface Seen {
  type: string;
  target: string;
  detail: string;
}

/**
 * Before any page script: records every `m4a-*` event any element dispatches (documented or not), and every
 * documented one that reaches `document`.
 */
async function recordEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript((names: string[]) => {
    const w = window as unknown as { __dispatched: unknown[]; __heard: unknown[] };
    w.__dispatched = [];
    w.__heard = [];
    const original = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('m4a-')) {
        w.__dispatched.push({
          type: event.type,
          target: (this as Element).localName ?? String(this),
          detail: JSON.stringify((event as CustomEvent).detail ?? null),
        });
      }
      return original.call(this, event);
    };
    for (const name of names) {
      document.addEventListener(name, (event) =>
        w.__heard.push({
          type: event.type,
          target: (event.target as Element).localName,
          detail: JSON.stringify((event as CustomEvent).detail ?? null),
        }),
      );
    }
  }, DOCUMENTED);
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __dispatched: Seen[]; __heard: Seen[] };
    return { dispatched: w.__dispatched, heard: w.__heard };
  });

const PAGE_BODY = `
<section><h2>Explainer</h2>
  <m4a-program-explainer heading="What Medicare for All means" cta-text="Join us" cta-href="#joined"></m4a-program-explainer>
  <m4a-program-explainer id="misconfigured" layout="sideways"></m4a-program-explainer>
</section>
<section><h2>FAQ</h2><m4a-coverage-faq no-json-ld></m4a-coverage-faq></section>
<section><h2>Sign up</h2><m4a-signup-form id="signup" source="analytics-e2e"></m4a-signup-form></section>
<section><h2>Sign up, connection lost</h2><m4a-signup-form id="signup-offline" source="analytics-e2e"></m4a-signup-form></section>
<section><h2>Events</h2><m4a-event-list url-sync="off"></m4a-event-list></section>
<section><h2>Call your legislators</h2><m4a-rep-lookup source="analytics-e2e" no-location></m4a-rep-lookup></section>
<section><h2>What would I pay?</h2><m4a-cost-calculator></m4a-cost-calculator></section>`;

async function fillSignup(form: Locator, email: string): Promise<void> {
  await form.getByLabel('First name').fill(VISITOR.givenName);
  await form.getByLabel('Last name').fill(VISITOR.familyName);
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Phone number (optional)').fill(VISITOR.phone);
  await form.getByLabel('ZIP code').fill(VISITOR.zip);
  await form.getByLabel('Contact my legislators').check();
}

describe('events for host analytics', () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startHostileServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('docs/analytics.md documents the events the widgets declare', () => {
    assert.ok(DOCUMENTED.length >= 10, `documented: ${DOCUMENTED.join(', ')}`);
    const declared = new Set<string>();
    // DOM event modules are named dom-events.ts, apart from the calendar events of src/shared/calendar.
    const widgets = ['program-explainer', 'coverage-faq', 'signup-form', 'event-list', 'rep-lookup', 'cost-calculator'];
    const eventModule = (dir: string) => `${dir}/dom-events.ts`;
    for (const file of ['src/core/dom-events.ts', ...widgets.map((w) => eventModule(`src/elements/${w}`))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/static readonly type = '(m4a-[a-z-]+)'/g))
        declared.add(m[1]!);
    }
    assert.deepEqual([...declared].sort(), [...DOCUMENTED].sort());
  });

  it('every documented event fires during the flows, reaches document, and carries nothing the visitor typed', async () => {
    const context = await browser.newContext();
    const external = await hermetic(context, server);
    await recordEvents(context);
    const page = await context.newPage();
    const log = watchConsole(page);
    await openHostPage(page, server, '/analytics.html', hostPage({ title: 'Analytics', body: PAGE_BODY }));

    // Each widget's code loads as the visitor scrolls near it, so each step scrolls to its widget first.
    const reach = (locator: Locator) => locator.evaluate((el) => el.scrollIntoView());
    // Explainer: the call to action (the misconfigured one reports m4a-error on its own).
    await FLOWS['m4a-program-explainer'](page.locator('m4a-program-explainer').first(), page);
    // FAQ: search, then open a question.
    await reach(page.locator('m4a-coverage-faq'));
    await FLOWS['m4a-coverage-faq'](page.locator('m4a-coverage-faq'), page);
    // Signup, sent.
    const signup = page.locator('#signup');
    await reach(signup);
    await signup.getByLabel('First name').waitFor({ timeout: 20_000 });
    await fillSignup(signup, VISITOR.email);
    await signup.getByRole('button', { name: 'Sign up' }).click();
    await signup.getByRole('heading', { name: 'Thank you for signing up!' }).waitFor({ timeout: 20_000 });
    // Signup while the API is unreachable: saved, then sent when the visitor asks to try again.
    const offline = page.locator('#signup-offline');
    await reach(offline);
    await fillSignup(offline, `offline.${VISITOR.email}`);
    await page.route('**/api/signups', (route) => route.abort('internetdisconnected'));
    await offline.getByRole('button', { name: 'Sign up' }).click();
    await offline.getByRole('heading', { name: 'Your signup is saved' }).waitFor({ timeout: 20_000 });
    await page.unroute('**/api/signups');
    await offline.getByRole('button', { name: 'Try sending now' }).click();
    await offline.getByRole('heading', { name: 'Thank you for signing up!' }).waitFor({ timeout: 20_000 });
    // Events: a filter, then an inline RSVP.
    const events = page.locator('m4a-event-list');
    await reach(events);
    await FLOWS['m4a-event-list'](events, page);
    await events.locator('button[part~="rsvp"]').first().click();
    const rsvp = events.locator('form[part~="rsvp-form"]');
    await rsvp.getByLabel('First name').fill(VISITOR.givenName);
    await rsvp.getByLabel('Last name (optional)').fill(VISITOR.familyName);
    await rsvp.getByLabel('Email').fill(VISITOR.email);
    await rsvp.getByLabel('ZIP code').fill(VISITOR.zip);
    await rsvp.getByLabel('Phone (optional)').fill(VISITOR.phone);
    await rsvp.getByRole('button', { name: 'Send RSVP' }).click();
    await events.getByText('Thank you! Your RSVP is confirmed.').waitFor({ timeout: 20_000 });
    // Rep lookup by address (the geocoder is unreachable here, so the server falls back to the ZIP in it), then a call.
    const reps = page.locator('m4a-rep-lookup');
    await reach(reps);
    await reps.getByLabel('ZIP code').fill(VISITOR.zip);
    await reps.getByLabel('Street address (optional)').fill(VISITOR.address);
    await reps.getByRole('button', { name: 'Find my legislators' }).click();
    await reps.locator('[part~="card"]').first().waitFor({ timeout: 20_000 });
    await reps.locator('button[part~="call"]').first().click();
    await reps.getByLabel('Your name (optional)').fill(VISITOR.callerName);
    await reps.getByRole('button', { name: 'Left a voicemail' }).click();
    await reps.locator('[part~="thanks"]').waitFor({ timeout: 20_000 });
    // Then a letter to the second legislator: signed with the visitor's name and address, downloaded, sent.
    const second = reps.locator('[part~="card"]').nth(1);
    await second.getByRole('button', { name: /^Write to .+: open the letter$/ }).click();
    const letter = reps.locator('[part~="write-panel"]');
    await letter.getByLabel('Your name', { exact: true }).fill(`${VISITOR.givenName} ${VISITOR.familyName}`);
    await letter.getByLabel('Your postal address (optional)').fill(VISITOR.address);
    const download = page.waitForEvent('download');
    await letter.getByRole('button', { name: 'Download a PDF' }).click();
    await download;
    await letter.getByRole('button', { name: 'I sent it' }).click();
    await letter.getByText(/^Thank you! Your letter to .+ was counted\.$/).waitFor({ timeout: 20_000 });
    // Cost calculator: an income typed, the result shown and announced (after typing pauses).
    const costs = page.locator('m4a-cost-calculator');
    await reach(costs);
    await costs.getByLabel('Household income before taxes').waitFor({ timeout: 20_000 });
    await costs.getByLabel('Household income before taxes').fill('73219');
    await costs
      .locator('[part~="headline"]')
      .filter({ hasText: 'Under this financing option' })
      .waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1000); // the announcement (and its event) waits for typing to pause
    await page.waitForTimeout(600); // the FAQ's search event waits for typing to pause
    await page.waitForLoadState('networkidle');

    const { dispatched, heard } = await recorded(page);
    const types = (list: Seen[]) => [...new Set(list.map((e) => e.type))].sort();
    assert.deepEqual(
      types(dispatched).filter((t) => !DOCUMENTED.includes(t)),
      [],
      'undocumented events',
    );
    assert.deepEqual(types(dispatched), [...DOCUMENTED].sort(), 'every documented event fired');
    assert.deepEqual(
      heard.map((e) => `${e.type} ${e.target} ${e.detail}`),
      dispatched.map((e) => `${e.type} ${e.target} ${e.detail}`),
      'every event reached document, from the widget element',
    );
    const leaks = dispatched.filter((e) =>
      VISITOR_TRACES.some((s) => e.detail.toLowerCase().includes(s.toLowerCase())),
    );
    assert.deepEqual(leaks, [], 'personal data in event details');

    // The details say what happened, as documented.
    const detail = (type: string) =>
      dispatched.filter((e) => e.type === type).map((e) => JSON.parse(e.detail) as Record<string, unknown>);
    assert.deepEqual(detail('m4a-error'), [{ tag: 'm4a-program-explainer', kind: 'config', field: 'layout' }]);
    assert.deepEqual(detail('m4a-explainer-cta'), [{ href: '#joined' }]);
    assert.deepEqual(
      detail('m4a-signup-submitted').map((d) => d['status']),
      ['sent', 'queued'],
    );
    assert.deepEqual(detail('m4a-signup-submitted')[0], { status: 'sent', interests: 1, source: 'analytics-e2e' });
    assert.deepEqual(detail('m4a-signup-replayed'), [{ earlierVisit: false, interests: 1, source: 'analytics-e2e' }]);
    assert.deepEqual(
      detail('m4a-event-rsvp').map((d) => d['status']),
      ['sent'],
    );
    assert.match(String(detail('m4a-event-rsvp')[0]!['eventId']), /^reference:/);
    assert.deepEqual(
      detail('m4a-lookup-done').map((d) => d['status']),
      ['ok'],
    );
    assert.ok(Number(detail('m4a-lookup-done')[0]!['count']) >= 3);
    assert.deepEqual(
      detail('m4a-call-outcome').map((d) => d['outcome']),
      ['left-voicemail'],
    );
    assert.deepEqual(
      detail('m4a-write-outcome').map((d) => [d['outcome'], d['channel']]),
      [['sent', 'pdf']],
    );
    assert.equal(detail('m4a-write-outcome')[0]!['targetId'], await second.getAttribute('data-id'));
    assert.ok(detail('m4a-faq-search').every((d) => typeof d['resultCount'] === 'number' && d['category'] === null));
    assert.deepEqual(detail('m4a-faq-toggle').at(-1)?.['open'], true);
    assert.ok(detail('m4a-events-filtered').every((d) => typeof d['count'] === 'number'));
    // Only that a result was shown, and from which model: never an amount (the income typed was 73,219).
    assert.deepEqual(detail('m4a-cost-result-shown'), [{ origin: 'backend' }]);
    assert.deepEqual(
      dispatched.filter((e) => /73,?219/.test(e.detail)),
      [],
      'amounts in event details',
    );

    // The browser logs the one request this test cut off; nothing else.
    assert.deepEqual(log.errors, ['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    assert.deepEqual(external, []);
    await context.close();
  });

  it('with event-detail="full" the signup events carry the person, as the partner asked', async () => {
    const context = await browser.newContext();
    await hermetic(context, server);
    await recordEvents(context);
    const page = await context.newPage();
    await openHostPage(
      page,
      server,
      '/analytics-full.html',
      hostPage({ title: 'Opt-in', body: '<m4a-signup-form event-detail="full"></m4a-signup-form>' }),
    );
    const form = await whenReady(page, 'm4a-signup-form');
    await fillSignup(form, `full.${VISITOR.email}`);
    await form.getByRole('button', { name: 'Sign up' }).click();
    await form.getByRole('heading', { name: 'Thank you for signing up!' }).waitFor({ timeout: 20_000 });
    const { heard } = await recorded(page);
    assert.deepEqual(
      heard.filter((e) => e.type.startsWith('m4a-signup')).map((e) => [e.type, JSON.parse(e.detail)]),
      [
        [
          'm4a-signup-submitted',
          {
            status: 'sent',
            interests: 1,
            person: {
              givenName: VISITOR.givenName,
              familyName: VISITOR.familyName,
              email: `full.${VISITOR.email}`,
              phone: '+16085550199',
              zip: VISITOR.zip,
            },
          },
        ],
      ],
    );
    await context.close();
  });
});
