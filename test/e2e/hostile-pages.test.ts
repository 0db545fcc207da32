/**
 * Each widget on host pages it does not control: a strict Content-Security-Policy (also with Trusted Types
 * required), aggressive global CSS, the library loaded twice or in both builds, and a page that uses the widgets'
 * custom property names for itself. Each time the widget must render, work, and leave no error in the console.
 * Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchConsole, type RunningServer } from '../support/e2e.js';
import {
  FLOWS,
  PHOTO_ORIGIN,
  STRICT_CSP,
  STRICT_CSP_WITH_PHOTOS,
  TAGS,
  TRUSTED_TYPES,
  WIDGET_HTML,
  controlsOf,
  hermetic,
  hostPage,
  layoutProblems,
  openHostPage,
  startHostileServer,
  textStylesOf,
  whenReady,
  type Loader,
  type ServedFile,
  type Tag,
} from '../support/hostile-pages.js';

/** A theme's "reset" gone wrong, and rules written for the host's own buttons, inputs and layout. */
const AGGRESSIVE_CSS = `
*, *::before, *::after { all: unset !important; }
html { font-size: 40px !important; }
body { line-height: 0.8 !important; letter-spacing: 0.2em !important; word-spacing: 1em !important; text-transform: uppercase !important;
  white-space: nowrap !important; text-indent: 3em !important; font-style: italic !important; font-weight: 900 !important;
  color: #777 !important; text-shadow: 0 0 4px red !important; cursor: wait !important; }
* { box-sizing: content-box !important; }
button { display: none !important; }
input, select, textarea { opacity: 0 !important; }
div { width: 10px !important; }
a { pointer-events: none !important; color: transparent !important; }
svg { width: 500px !important; height: 500px !important; }
h1, h2, h3, h4, p, ul, li { margin: 5em !important; font-size: 3em !important; }
`;

/**
 * A host that named its own variables like ours: private names (which must not reach inside), near-misses of
 * the public tokens, on the root and again right on every element of the page (the widgets' hosts included).
 */
const CLASHING_PROPERTIES = `
:root, main * {
  --_m4a-accent: rgb(255, 0, 0); --_m4a-on-accent: rgb(255, 255, 0); --_m4a-text: rgb(0, 255, 0);
  --_m4a-muted: rgb(0, 255, 255); --_m4a-surface: rgb(0, 0, 0); --_m4a-raised: rgb(40, 0, 40);
  --_m4a-border: rgb(255, 0, 255); --_m4a-danger: rgb(0, 0, 255); --_m4a-focus: rgb(255, 128, 0);
  --_m4a-font: fantasy; --_m4a-size: 31px; --_m4a-leading: 4; --_m4a-radius: 40px;
  --_m4a-s1: 41px; --_m4a-s2: 42px; --_m4a-s3: 43px; --_m4a-s4: 44px; --_m4a-s5: 45px; --_m4a-card-min: 900px;
  --m4a-accent: rgb(255, 0, 0); --m4a-color: rgb(255, 0, 0); --m4a-space: 99px; --m4a-font: fantasy; --m4a-size: 50px;
}
`;

const css = (body: string): ServedFile => ({ body, contentType: 'text/css' });

/** Computed styles that show whether a widget's theme held: its root, first button, first text field, heading, item. */
async function themeOf(page: Page, tag: Tag) {
  const selectors = ['[part~="base"]', '.button', '.input', 'h2, h3, h4', '[part~="item"], [part~="card"]'];
  // No helper functions inside: the callback runs in the page as written.
  return page
    .locator(tag)
    .first()
    .evaluate(
      (host, sels) =>
        sels.map((sel) => {
          const el = host.shadowRoot?.querySelector(sel);
          if (!el) return `${sel}: none`;
          const s = getComputedStyle(el);
          return `${sel}: color ${s.color}; background ${s.backgroundColor}; border ${s.borderTopColor}; radius ${s.borderTopLeftRadius}; padding ${s.padding}; font ${s.fontFamily} ${s.fontSize}/${s.lineHeight}; gap ${s.gap}`;
        }),
      selectors,
    );
}

describe('widgets on hostile host pages', () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startHostileServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  interface Case {
    tag: Tag;
    path: string;
    csp?: string;
    loader?: Loader;
    files?: Record<string, ServedFile>;
    /** Checks after the page is open and the widget has drawn, before it is used. */
    inspect?: (page: Page) => Promise<void>;
    /** The one console warning this case expects (anything else from the library fails it). */
    expectedWarnings?: RegExp;
  }

  async function works(c: Case): Promise<void> {
    const context = await browser.newContext();
    const external = await hermetic(context, server);
    const page = await context.newPage();
    const log = watchConsole(page);
    try {
      const html = hostPage({
        title: `Hostile page: ${c.tag}`,
        loader: c.loader,
        stylesheets: Object.keys(c.files ?? {}).filter((f) => f.endsWith('.css')),
        body: WIDGET_HTML[c.tag],
      });
      await openHostPage(page, server, c.path, html, { csp: c.csp, files: c.files });
      const root = page.locator(c.tag).first();
      // A host page's CSS may push the widget far down; its code loads as a visitor scrolls near it.
      await root.evaluate((el) => el.scrollIntoView());
      await page.waitForFunction(
        (t) => !!document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]'),
        c.tag,
        { timeout: 20_000 },
      );
      // Back to where a visitor lands, so the checks below see the page as it was meant to be seen.
      await page.evaluate(() => window.scrollTo(0, 0));
      await c.inspect?.(page);
      await FLOWS[c.tag](root, page);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(log.errors, [], 'no console errors');
      const ours = log.warnings.filter((w) => w.startsWith('m4a-widgets'));
      assert.deepEqual(
        ours.filter((w) => !c.expectedWarnings?.test(w)),
        [],
        'no unexpected warnings from the library',
      );
      if (c.expectedWarnings)
        assert.equal(
          ours.filter((w) => c.expectedWarnings!.test(w)).length,
          1,
          'the second copy says once that it stays out',
        );
      assert.deepEqual(external, [], 'no requests outside the page origin');
    } finally {
      await context.close();
    }
  }

  // The drop-in's two forms, the ES module and the classic loader, under each policy (issue 15).
  const FORMS = [
    { loader: 'es', name: 'ES module' },
    { loader: 'classic', name: 'classic loader' },
  ] as const;

  describe(`strict CSP (${STRICT_CSP}, plus img-src ${PHOTO_ORIGIN} for legislator photos)`, () => {
    for (const { loader, name } of FORMS) {
      for (const tag of TAGS) {
        it(`${tag} renders and works (${name})`, () =>
          works({ tag, path: `/hostile/csp/${loader}/${tag}.html`, csp: STRICT_CSP_WITH_PHOTOS, loader }));
      }
    }

    it(`m4a-rep-lookup under img-src 'self' only: the browser refuses the photos, the cards show initials`, async () => {
      const context = await browser.newContext();
      await hermetic(context, server);
      const page = await context.newPage();
      const log = watchConsole(page);
      await openHostPage(
        page,
        server,
        '/hostile/csp-no-photos.html',
        hostPage({ title: 'No photos', body: WIDGET_HTML['m4a-rep-lookup'] }),
        {
          csp: STRICT_CSP,
        },
      );
      await FLOWS['m4a-rep-lookup'](page.locator('m4a-rep-lookup'), page);
      const root = page.locator('m4a-rep-lookup');
      await root.locator('.initials').first().waitFor({ timeout: 10_000 });
      assert.equal(await root.locator('img[part~="photo"]').count(), 0, 'refused photos are replaced by initials');
      const photoRefusals = (e: string) => e.includes(PHOTO_ORIGIN) && /img-src/.test(e);
      assert.ok(log.errors.some(photoRefusals), 'the browser reports the refused photos');
      assert.deepEqual(
        log.errors.filter((e) => !photoRefusals(e)),
        [],
        'nothing else is refused',
      );
      await context.close();
    });
  });

  describe(`strict CSP with Trusted Types required (${TRUSTED_TYPES})`, () => {
    for (const { loader, name } of FORMS) {
      for (const tag of TAGS) {
        it(`${tag} renders and works (${name})`, () =>
          works({
            tag,
            path: `/hostile/trusted-types/${loader}/${tag}.html`,
            csp: `${STRICT_CSP_WITH_PHOTOS}; ${TRUSTED_TYPES}`,
            loader,
          }));
      }
    }

    it('m4a-coverage-faq also adds its schema.org block under Trusted Types', async () => {
      const context = await browser.newContext();
      await hermetic(context, server);
      const page = await context.newPage();
      const log = watchConsole(page);
      await openHostPage(
        page,
        server,
        '/hostile/trusted-types/json-ld.html',
        hostPage({ title: 'JSON-LD', body: '<m4a-coverage-faq></m4a-coverage-faq>' }),
        {
          csp: `${STRICT_CSP}; ${TRUSTED_TYPES}`,
        },
      );
      await page.locator('m4a-coverage-faq button[part~="toggle"]').first().waitFor({ timeout: 20_000 });
      const ld = await page.waitForFunction(
        () => document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
        undefined,
        {
          timeout: 10_000,
        },
      );
      assert.equal(JSON.parse(String(await ld.jsonValue()))['@type'], 'FAQPage');
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it('m4a-coverage-faq under Trusted Types that do not allow the m4a policy: works, only the structured data is left out', async () => {
      const context = await browser.newContext();
      await hermetic(context, server);
      const page = await context.newPage();
      const log = watchConsole(page);
      await openHostPage(
        page,
        server,
        '/hostile/trusted-types/no-m4a.html',
        hostPage({ title: 'No m4a policy', body: '<m4a-coverage-faq></m4a-coverage-faq>' }),
        {
          csp: `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html dompurify`,
        },
      );
      await FLOWS['m4a-coverage-faq'](page.locator('m4a-coverage-faq'), page);
      assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0);
      assert.deepEqual(
        log.errors.filter((e) => e.startsWith('pageerror')),
        [],
        'nothing thrown into the page',
      );
      // The browser reports the refused policy once; the widget does not keep retrying.
      assert.ok(log.errors.length <= 3, log.errors.join('\n'));
      await context.close();
    });
  });

  describe('aggressive global CSS (all: unset, inherited text styles, hidden buttons, transparent inputs, 40px root font, 10px divs)', () => {
    for (const tag of TAGS) {
      it(`${tag}: every control a plain page shows is still shown and usable`, async () => {
        // What the widget shows on a plain page is the reference.
        const context = await browser.newContext();
        await hermetic(context, server);
        const plain = await context.newPage();
        await openHostPage(
          plain,
          server,
          `/hostile/plain/${tag}.html`,
          hostPage({ title: 'Plain', body: WIDGET_HTML[tag] }),
        );
        const plainRoot = await whenReady(plain, tag);
        const reference = (await controlsOf(plainRoot)).filter((c) => c.shown).map((c) => c.key);
        const referenceText = await textStylesOf(plainRoot);
        await context.close();
        assert.ok(reference.length > 0);

        await works({
          tag,
          path: `/hostile/css/${tag}.html`,
          files: { '/hostile/aggressive.css': css(AGGRESSIVE_CSS) },
          inspect: async (page) => {
            const root = await whenReady(page, tag);
            const controls = await controlsOf(root);
            const hidden = controls.filter((c) => !c.shown).map((c) => c.key);
            assert.deepEqual(
              hidden.filter((k) => reference.includes(k)),
              [],
              'controls hidden by the host page',
            );
            assert.deepEqual(
              reference.filter((k) => !controls.some((c) => c.key === k)),
              [],
              'controls missing on the host page',
            );
            const tiny = controls
              .filter((c) => c.shown && (c.width < 16 || c.height < 16))
              .map((c) => `${c.key} ${c.width}x${c.height}`);
            assert.deepEqual(tiny, [], 'controls squeezed by the host page');
            assert.deepEqual(await layoutProblems(root), [], 'layout broken by the host page');
            assert.deepEqual(await textStylesOf(root), referenceText, 'text styles leaking in from the host page');
          },
        });
      });
    }
  });

  // Both under the strict CSP with Trusted Types: a second copy must not create a second policy of the same name.
  describe('the drop-in loaded twice (two copies of its entry), strict CSP with Trusted Types', () => {
    for (const { loader, name } of FORMS) {
      for (const tag of TAGS) {
        it(`${tag} renders and works (${name})`, () =>
          works({
            tag,
            path: `/hostile/twice/${loader}/${tag}.html`,
            loader: `${loader}-twice`,
            csp: `${STRICT_CSP_WITH_PHOTOS}; ${TRUSTED_TYPES}`,
            expectedWarnings: /loaded more than once/,
          }));
      }
    }
  });

  describe('the ES-module and the classic build both loaded, strict CSP with Trusted Types', () => {
    for (const tag of TAGS) {
      it(`${tag} renders and works`, () =>
        works({
          tag,
          path: `/hostile/both/${tag}.html`,
          loader: 'es-and-classic',
          csp: `${STRICT_CSP_WITH_PHOTOS}; ${TRUSTED_TYPES}`,
          expectedWarnings: /loaded more than once/,
        }));
    }
  });

  describe('a host page using the widgets’ custom property names for itself', () => {
    for (const tag of TAGS) {
      it(`${tag} keeps its own theme and works`, async () => {
        const context = await browser.newContext();
        await hermetic(context, server);
        const plain = await context.newPage();
        await openHostPage(
          plain,
          server,
          `/hostile/plain-theme/${tag}.html`,
          hostPage({ title: 'Plain', body: WIDGET_HTML[tag] }),
        );
        await whenReady(plain, tag);
        const reference = await themeOf(plain, tag);
        await context.close();

        await works({
          tag,
          path: `/hostile/properties/${tag}.html`,
          files: { '/hostile/properties.css': css(CLASHING_PROPERTIES) },
          inspect: async (page) => {
            await whenReady(page, tag);
            assert.deepEqual(await themeOf(page, tag), reference);
          },
        });
      });
    }
  });
});
