/**
 * Layout on small screens and at 200% zoom, and reduced motion, for each widget in its fullest states (answers open,
 * errors shown, RSVP and call panels open), on the built drop-in served by the reference server.
 *
 * - 320 px: a 320 × 640 CSS px viewport (WCAG 1.4.10 reflow width).
 * - 200% zoom: a 640 × 400 CSS px viewport at device scale factor 2. Browser zoom at 200% in a 1280 × 800 window
 *   gives exactly that: layout sees 640 CSS px, drawn with two device pixels each. (CSS `zoom` on the root would
 *   also scale, but changes how lengths and `getBoundingClientRect` relate, so it tests less of what visitors see.)
 *
 * Each: no horizontal scrolling of the document, and no control or label sticking out, cut off or overlapping
 * (test/support/hostile-pages.ts `layoutProblems`). With `prefers-reduced-motion: reduce`, nothing inside a widget
 * animates or transitions for longer than 0.01 s. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, watchConsole, type RunningServer } from '../support/e2e.js';
import {
  FLOWS,
  TAGS,
  WIDGET_HTML,
  hermetic,
  hostPage,
  layoutProblems,
  openHostPage,
  startHostileServer,
  whenReady,
  type Tag,
} from '../support/hostile-pages.js';

/** Puts each widget in the state with the most on screen. */
const FULLEST: Record<Tag, (root: Locator, page: Page) => Promise<void>> = {
  async 'm4a-program-explainer'() {},
  async 'm4a-coverage-faq'(root, page) {
    await FLOWS['m4a-coverage-faq'](root, page);
  },
  async 'm4a-signup-form'(root) {
    await root.getByRole('button', { name: 'Sign up' }).click();
    await root.locator('[part~="error-summary"]').waitFor();
  },
  async 'm4a-event-list'(root) {
    await root.getByText('Format and dates').click();
    await root.locator('button[part~="rsvp"]').first().click();
    await root.locator('form[part~="rsvp-form"]').waitFor();
  },
  async 'm4a-rep-lookup'(root) {
    await root.getByLabel('ZIP code').fill('53703');
    await root.getByRole('button', { name: 'Find my legislators' }).click();
    await root.locator('[part~="card"]').first().waitFor({ timeout: 20_000 });
    await root.locator('button[part~="call"]').first().click();
    await root.locator('[part~="call-panel"]').waitFor();
  },
  async 'm4a-cost-calculator'(root, page) {
    await FLOWS['m4a-cost-calculator'](root, page);
    await root.getByText('Every figure and its source').click();
  },
};

const VIEWPORTS = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom (640 CSS px at scale 2)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

describe('layout and motion', () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startHostileServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const { name, viewport, deviceScaleFactor } of VIEWPORTS) {
    describe(name, () => {
      for (const tag of TAGS) {
        it(`${tag}: no sideways scrolling, nothing cut off or overlapping`, async () => {
          const context = await browser.newContext({ viewport, deviceScaleFactor });
          await hermetic(context, server);
          const page = await context.newPage();
          const log = watchConsole(page);
          await openHostPage(
            page,
            server,
            `/layout/${tag}.html`,
            hostPage({ title: 'Layout', body: WIDGET_HTML[tag] }),
          );
          const root = await whenReady(page, tag);
          for (const step of ['first view', 'fullest state']) {
            if (step === 'fullest state') await FULLEST[tag](root, page);
            const doc = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              client: document.documentElement.clientWidth,
            }));
            assert.ok(
              doc.scroll <= doc.client,
              `${step}: the page scrolls sideways (${doc.scroll} > ${doc.client} CSS px)`,
            );
            assert.deepEqual(await layoutProblems(root), [], `${step}: layout problems`);
          }
          assert.deepEqual(log.errors, []);
          await context.close();
        });
      }
    });
  }

  describe('prefers-reduced-motion: reduce', () => {
    for (const tag of TAGS) {
      it(`${tag}: no animation or transition longer than 0.01 s`, async () => {
        const context = await browser.newContext({ reducedMotion: 'reduce' });
        await hermetic(context, server);
        const page = await context.newPage();
        // Slow answers, so loading states (skeletons, spinners) are on screen long enough to be checked.
        let hold = true;
        await page.route(`${server.url}/api/**`, async (route) => {
          if (hold) await new Promise((r) => setTimeout(r, 1500));
          await route.continue();
        });
        await openHostPage(page, server, `/motion/${tag}.html`, hostPage({ title: 'Motion', body: WIDGET_HTML[tag] }));
        const root = page.locator(tag);
        await page.waitForFunction(
          (t) => !!document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]'),
          tag,
        );
        const moving = () =>
          root.evaluate((host) => {
            const shadow = host.shadowRoot!;
            const out: string[] = [];
            for (const a of shadow.getAnimations()) {
              const d = Number(a.effect?.getTiming().duration ?? 0);
              if (a.playState === 'running' && d > 10)
                out.push(`${a.constructor.name} ${d} ms on ${(a.effect as KeyframeEffect).target?.localName}`);
            }
            for (const el of shadow.querySelectorAll('*')) {
              const s = getComputedStyle(el);
              // Computed durations are in seconds ("0.2s", "1e-05s"); no named helpers in code that runs in the page.
              const animation = Math.max(...s.animationDuration.split(',').map((x) => parseFloat(x)));
              const transition = Math.max(...s.transitionDuration.split(',').map((x) => parseFloat(x)));
              if (s.animationName !== 'none' && animation > 0.01)
                out.push(`animation ${s.animationName} ${s.animationDuration} on ${el.localName}.${el.className}`);
              if (s.transitionProperty !== 'none' && transition > 0.01)
                out.push(`transition ${s.transitionDuration} on ${el.localName}.${el.className}`);
            }
            return out;
          });
        assert.deepEqual(await moving(), [], 'while loading');
        hold = false;
        await whenReady(page, tag);
        await FULLEST[tag](root, page);
        assert.deepEqual(await moving(), [], 'loaded, in its fullest state');
        await context.close();
      });
    }
  });
});
