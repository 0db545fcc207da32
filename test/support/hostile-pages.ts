/**
 * Host pages the widgets don't control, for the end-to-end tests under test/e2e/ (hostile-*, keyboard-*, layout-*):
 * page builders (the drop-in loaded as a partner would, plus strict CSP, Trusted Types, aggressive global CSS, a
 * second copy of the library, clashing custom properties), serving them on the reference server's origin so the
 * CSP header applies, a hermetic browser context, and one "does it work" flow per widget.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { TAGS, type Tag } from '../../src/core/tags.js';
import { startServer, type RunningServer } from './e2e.js';

export { TAGS, type Tag };

/** The strict policy of the issue: nothing inline, nothing evaluated, everything from the page's own origin. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/**
 * Where the reference data's legislator photos live. A partner whose CSP allows images from 'self' only must add
 * this origin to `img-src`, or the browser refuses the photos (the cards then show initials).
 */
export const PHOTO_ORIGIN = 'https://unitedstates.github.io';

/** The strict policy with the photo origin allowed: what a partner with a strict CSP sets to show the reference data's photos. */
export const STRICT_CSP_WITH_PHOTOS = STRICT_CSP.replace(
  "img-src 'self' data:",
  `img-src 'self' data: ${PHOTO_ORIGIN}`,
);

/**
 * Trusted Types required for every DOM XSS sink. The policies the library creates: `lit-html` (Lit's templates),
 * `dompurify` (DOMPurify, for FAQ answers) and `m4a` (src/core/trusted-types.ts, for the FAQ's JSON-LD block).
 */
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types dompurify lit-html m4a";

/** The page config every host page carries: the reference server's REST API on the same origin. */
export const CONFIG_BLOCK = `<script type="application/json" id="m4a-config">{ "backends": { "main": { "type": "rest", "url": "/api" } } }</script>`;

/** Each widget as a partner would place it, with the settings the flows below use. */
export const WIDGET_HTML: Record<Tag, string> = {
  'm4a-program-explainer': `<m4a-program-explainer heading="What Medicare for All means" cta-text="Join us" cta-href="#joined"></m4a-program-explainer>`,
  'm4a-coverage-faq': `<m4a-coverage-faq heading="Your questions" no-json-ld></m4a-coverage-faq>`,
  'm4a-signup-form': `<m4a-signup-form source="hostile-e2e"></m4a-signup-form>`,
  'm4a-event-list': `<m4a-event-list url-sync="off"></m4a-event-list>`,
  'm4a-rep-lookup': `<m4a-rep-lookup source="hostile-e2e" no-location></m4a-rep-lookup>`,
  'm4a-cost-calculator': `<m4a-cost-calculator heading="What would I pay?"></m4a-cost-calculator>`,
};

/**
 * How the library gets on the page: the ES-module drop-in (`es`) or the classic loader (`classic`), each also twice
 * under two URLs (so the browser runs two copies of the entry), or both (the classic one runs first, during parsing).
 */
export const LOADERS = ['es', 'classic', 'es-twice', 'classic-twice', 'es-and-classic'] as const;
export type Loader = (typeof LOADERS)[number];

const SCRIPTS: Record<Loader, string> = {
  es: `<script type="module" src="/dist/m4a-widgets.js"></script>`,
  classic: `<script src="/dist/m4a-widgets.iife.js"></script>`,
  'es-twice': `<script type="module" src="/dist/m4a-widgets.js"></script>\n<script type="module" src="/dist/m4a-widgets.js?copy=2"></script>`,
  'classic-twice': `<script src="/dist/m4a-widgets.iife.js"></script>\n<script src="/dist/m4a-widgets.iife.js?copy=2"></script>`,
  'es-and-classic': `<script type="module" src="/dist/m4a-widgets.js"></script>\n<script src="/dist/m4a-widgets.iife.js"></script>`,
};

export interface HostPageOptions {
  title: string;
  body: string;
  lang?: string;
  loader?: Loader;
  /** Same-origin stylesheets (a strict CSP forbids inline `<style>`). */
  stylesheets?: readonly string[];
}

/** A complete host page: no inline script or style, so it is valid under the strict CSP. */
export function hostPage(o: HostPageOptions): string {
  const links = (o.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${links}
${SCRIPTS[o.loader ?? 'es']}
${CONFIG_BLOCK}
</head>
<body>
<main>
<h1>${o.title}</h1>
${o.body}
</main>
</body>
</html>`;
}

export interface ServedFile {
  body: string;
  contentType: string;
}

/**
 * Serves `html` at `path` on the server's origin (with `csp` as its Content-Security-Policy header, if given) and
 * `files` beside it, then opens it. Routes stay on the page, so reloads get the same answers.
 */
export async function openHostPage(
  page: Page,
  server: RunningServer,
  path: string,
  html: string,
  opts: { csp?: string; files?: Record<string, ServedFile> } = {},
): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
  if (opts.csp) headers['content-security-policy'] = opts.csp;
  await page.route(`${server.url}${path}`, (route) => route.fulfill({ status: 200, headers, body: html }));
  for (const [file, f] of Object.entries(opts.files ?? {})) {
    await page.route(`${server.url}${file}`, (route) =>
      route.fulfill({ status: 200, contentType: f.contentType, body: f.body }),
    );
  }
  await page.goto(`${server.url}${path}`);
}

/** A 1×1 PNG standing in for legislator photos, so no test depends on the internet. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Keeps a context off the internet: legislator photos get a stand-in image; any other request that leaves the
 * server's origin is aborted and listed, so a test can assert the widgets made none.
 */
export async function hermetic(context: BrowserContext, server: RunningServer): Promise<string[]> {
  const external: string[] = [];
  await context.route(
    (url) => url.origin !== server.url && (url.protocol === 'http:' || url.protocol === 'https:'),
    (route) => {
      const url = route.request().url();
      if (url.startsWith(`${PHOTO_ORIGIN}/`))
        return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
      external.push(url);
      return route.abort('blockedbyclient');
    },
  );
  // Every CSP or Trusted Types violation also lands in the console, with the directive that was hit.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return external;
}

/** Where the reference rep data is: the shared folder when present, else the small fixtures in the repo. */
export function repsDataEnv(): Record<string, string> {
  const shared = resolve(process.env['M4A_REPS_DATA'] ?? join(process.cwd(), '..', 'shared', 'data', 'reps'));
  const complete = (dir: string) =>
    existsSync(join(dir, 'legislators-current.json')) && existsSync(join(dir, 'zccd.csv'));
  return { M4A_REPS_DATA: complete(shared) ? shared : resolve('test/fixtures/reps') };
}

/**
 * The reference server for these tests: rep data imported (waited for), signups neither rate-limited nor held to
 * a minimum fill time (these flows type fast and often), and no internet geocoder (addresses fall back to ZIPs).
 */
export function startHostileServer(): Promise<RunningServer> {
  return startServerWithReps({
    M4A_SIGNUP_RATE: '10000',
    M4A_SIGNUP_MIN_FILL_MS: '0',
    M4A_GEOCODER_URL: 'http://127.0.0.1:9/geocoder',
    M4A_GEOCODER_TIMEOUT_MS: '500',
  });
}

/** The reference server with rep data (repsDataEnv), once a ZIP lookup answers. */
export async function startServerWithReps(env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await startServer({ ...repsDataEnv(), ...env });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(`${server.url}/api/reps?zip=53703`).catch(() => undefined);
    if (res?.ok) break;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`rep data was not imported within 60 s (last status ${res?.status ?? 'none'})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return server;
}

/** Strings a visitor types in the flows; no event detail may contain any of them. */
export const VISITOR = {
  givenName: 'Zuzanna',
  familyName: 'Quellwater',
  email: 'zuzanna.quellwater@example.org',
  phone: '608-555-0199',
  zip: '53703',
  address: '1 Quellwater Lane, Madison, WI',
  callerName: 'Zuzanna from Madison',
} as const;

/** Forms in which the visitor's strings could end up in an event detail (digits only for the phone). */
export const VISITOR_TRACES: readonly string[] = [...Object.values(VISITOR), '6085550199'];

const TIMEOUT = 20_000;

/** What shows that a widget has loaded its content (not just drawn its first frame). */
export const READY: Record<Tag, string> = {
  'm4a-program-explainer': '[part~="item"]',
  'm4a-coverage-faq': 'button[part~="toggle"]',
  'm4a-signup-form': 'form input',
  'm4a-event-list': '[part~="card"]',
  'm4a-rep-lookup': 'input#zip',
  'm4a-cost-calculator': 'input#income',
};

/** Waits until the first `tag` on the page has loaded its content and the page is quiet. */
export async function whenReady(page: Page, tag: Tag): Promise<Locator> {
  const root = page.locator(tag).first();
  await root.locator(READY[tag]).first().waitFor({ timeout: TIMEOUT });
  await page.waitForLoadState('networkidle');
  return root;
}

/**
 * What each widget must still do on a hostile page: explainer items shown (and its call to action followed),
 * FAQ search narrows the list and a question opens, a signup is sent (or saved), an event filter changes the
 * list, a ZIP lookup shows legislators and a call outcome is recorded.
 */
export const FLOWS: Record<Tag, (root: Locator, page: Page) => Promise<void>> = {
  async 'm4a-program-explainer'(root, page) {
    const items = root.locator('[part~="item"]');
    await items.first().waitFor({ timeout: TIMEOUT });
    assert.ok((await items.count()) >= 3, 'explainer shows its items');
    for (const item of await items.all()) assert.ok(await item.isVisible(), 'every explainer item is visible');
    await root.getByRole('link', { name: 'Join us' }).click();
    await page.waitForURL(/#joined$/);
  },

  async 'm4a-coverage-faq'(root) {
    const toggles = root.locator('button[part~="toggle"]');
    await toggles.first().waitFor({ timeout: TIMEOUT });
    const all = await toggles.count();
    await root.getByLabel('Search the questions').fill('doctor');
    await root.locator('[part~="summary"]').filter({ hasText: /match/ }).waitFor({ timeout: TIMEOUT });
    const matching = await toggles.count();
    assert.ok(matching > 0 && matching < all, `search narrows the list (${matching} of ${all})`);
    const first = toggles.first();
    if ((await first.getAttribute('aria-expanded')) === 'true') await first.click();
    await first.click();
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    await root.locator('[part~="answer"]:not([hidden])').first().waitFor({ state: 'visible' });
  },

  async 'm4a-signup-form'(root) {
    await root.getByLabel('First name').waitFor({ timeout: TIMEOUT });
    await root.getByLabel('First name').fill(VISITOR.givenName);
    await root.getByLabel('Last name').fill(VISITOR.familyName);
    await root.getByLabel('Email address').fill(VISITOR.email);
    await root.getByLabel('Phone number (optional)').fill(VISITOR.phone);
    await root.getByLabel('ZIP code').fill(VISITOR.zip);
    await root.getByLabel('Host an event').check();
    await root.getByRole('button', { name: 'Sign up' }).click();
    await root
      .getByRole('heading', { name: /^(Thank you for signing up!|Your signup is saved)$/ })
      .waitFor({ timeout: TIMEOUT });
  },

  async 'm4a-event-list'(root) {
    const cards = root.locator('[part~="card"]');
    await cards.first().waitFor({ timeout: TIMEOUT });
    const before = await root.locator('[part~="card"] [part~="title"]').allTextContents();
    await root.getByRole('checkbox', { name: 'Canvass' }).check();
    await root
      .locator('[part~="count"]')
      .filter({ hasNotText: /Updating|Loading/ })
      .waitFor({ timeout: TIMEOUT });
    await root.locator('[part~="list"][aria-busy="false"]').waitFor({ timeout: TIMEOUT });
    const after = await root.locator('[part~="card"] [part~="title"]').allTextContents();
    assert.ok(after.length > 0, 'some canvasses remain');
    assert.notDeepEqual(after, before, 'the filter changed the list');
    const badges = await root
      .locator('[part~="card"]')
      .evaluateAll((els) => els.map((el) => el.querySelector('[part~="badge"]')?.textContent?.trim() ?? ''));
    assert.ok(
      badges.every((b) => b.startsWith('Canvass')),
      `only canvasses are listed: ${badges.join(', ')}`,
    );
  },

  async 'm4a-rep-lookup'(root) {
    await root.getByLabel('ZIP code').waitFor({ timeout: TIMEOUT });
    await root.getByLabel('ZIP code').fill(VISITOR.zip);
    await root.getByRole('button', { name: 'Find my legislators' }).click();
    const cards = root.locator('[part~="card"]');
    await cards.first().waitFor({ timeout: TIMEOUT });
    assert.ok((await cards.count()) >= 3, 'two senators and a representative at least');
    await root.locator('button[part~="call"]').first().click();
    await root.getByRole('button', { name: 'Talked to staff' }).click();
    await root
      .locator('[part~="thanks"]')
      .filter({ hasText: /was counted/ })
      .waitFor({ timeout: TIMEOUT });
  },

  async 'm4a-cost-calculator'(root) {
    await root.getByLabel('Household income before taxes').waitFor({ timeout: TIMEOUT });
    await root.getByLabel('Household income before taxes').fill('60000');
    await root.getByText('Through a job').click();
    // A family of four at $60,000 with the national averages: 8,736 today, 4% × 31,000 = 1,240 under the option.
    await root.locator('[part~="headline"]').filter({ hasText: '$7,496 less a year' }).waitFor({ timeout: TIMEOUT });
    assert.ok(await root.locator('[part~="table"]').isVisible(), 'the table of costs is shown');
  },
};

/** A control as seen by the visitor: what it is, and whether it is drawn with a usable size. */
export interface ControlView {
  key: string;
  shown: boolean;
  width: number;
  height: number;
}

/**
 * The interactive controls inside a widget's shadow root (not those hidden from everyone on purpose: inside
 * `aria-hidden`, `hidden`, or a closed `<details>`), with whether each is actually drawn: not `display: none`,
 * not invisible, not transparent, and with a size.
 */
export async function controlsOf(root: Locator): Promise<ControlView[]> {
  return root.evaluate((host) => {
    const shadow = host.shadowRoot;
    if (!shadow) return [];
    const controls = [...shadow.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary')];
    return controls
      .filter(
        (c) =>
          !c.closest('[aria-hidden="true"], [hidden], .visually-hidden') &&
          !c.closest('details:not([open]) > :not(summary)'),
      )
      .map((c) => {
        const r = c.getBoundingClientRect();
        const label =
          c.getAttribute('aria-label') ?? c.getAttribute('name') ?? c.textContent?.trim().slice(0, 40) ?? '';
        const shown =
          c.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 0 && r.height > 0;
        return {
          key: `${c.localName}#${c.id}[${c.getAttribute('part') ?? ''}] ${label}`,
          shown,
          width: r.width,
          height: r.height,
        };
      });
  });
}

/**
 * What is wrong with a widget's layout as drawn now, one line per problem: a control or label sticking out of the
 * widget or the viewport, cut off by a clipping box, or overlapping another; a box inside that scrolls sideways.
 * Elements hidden from everyone on purpose (`aria-hidden`, `hidden`, visually hidden, closed `<details>`) don't count.
 */
export async function layoutProblems(root: Locator): Promise<string[]> {
  return root.evaluate((host) => {
    const problems: string[] = [];
    const shadow = host.shadowRoot;
    if (!shadow) return ['no shadow root'];
    const base = shadow.querySelector<HTMLElement>('[part~="base"]') ?? host;
    const box = base.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const shown = [...shadow.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary, label')]
      .filter((c) => !c.closest('[aria-hidden="true"], [hidden], .visually-hidden'))
      .filter((c) => c.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map((c) => ({
        el: c,
        r: c.getBoundingClientRect(),
        // One box per line for a link that wraps: its bounding box would cover its neighbours on those lines.
        lines: [...c.getClientRects()].filter((l) => l.width > 0 && l.height > 0),
        name: `${c.localName}${c.id ? `#${c.id}` : ''}${c.getAttribute('part') ? `[${c.getAttribute('part')}]` : ''} "${(c.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`,
      }))
      .filter((x) => x.r.width > 0 && x.r.height > 0);
    for (const x of shown) {
      if (x.r.left < box.left - 1 || x.r.right > box.right + 1) problems.push(`${x.name} sticks out of the widget`);
      if (x.r.left < -1 || x.r.right > viewport + 1) problems.push(`${x.name} is outside the viewport`);
      for (let a = x.el.parentElement; a && a !== base; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowX;
        if (overflow !== 'hidden' && overflow !== 'clip') continue;
        const clip = a.getBoundingClientRect();
        if (x.r.left < clip.left - 1 || x.r.right > clip.right + 1)
          problems.push(`${x.name} is cut off by ${a.localName}.${a.className}`);
      }
    }
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!;
        const b = shown[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const overlap = a.lines.some((p) =>
          b.lines.some(
            (q) =>
              Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
              Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1,
          ),
        );
        if (overlap) problems.push(`${a.name} overlaps ${b.name}`);
      }
    }
    for (const el of shadow.querySelectorAll<HTMLElement>('*')) {
      const overflow = getComputedStyle(el).overflowX;
      if (
        (overflow === 'auto' || overflow === 'scroll') &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.closest('[aria-hidden="true"], .visually-hidden')
      ) {
        problems.push(`${el.localName}.${el.className} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return problems;
  });
}

/** The text styles of a widget's root, first button, first field and first heading (to compare across pages). */
export async function textStylesOf(root: Locator): Promise<string[]> {
  return root.evaluate((host) =>
    ['[part~="base"]', '.button', '.input', 'h2, h3, h4', 'p'].map((sel) => {
      const el = host.shadowRoot?.querySelector(sel);
      if (!el) return `${sel}: none`;
      const s = getComputedStyle(el);
      const leading = (parseFloat(s.lineHeight) / parseFloat(s.fontSize)).toFixed(2);
      return `${sel}: ${s.color} ${s.fontStyle} ${s.fontWeight} leading ${leading} spacing ${s.letterSpacing}/${s.wordSpacing} indent ${s.textIndent} ${s.textTransform} ${s.whiteSpace} shadow ${s.textShadow} box ${s.boxSizing}`;
    }),
  );
}
