/**
 * Visual regression: every story of the built Storybook in headless Chromium, in the light and the dark theme, at
 * phone and desktop width, cropped to the story root and compared with the PNG committed in test/visual/baselines/.
 * More than MAX_DIFF_PIXELS differing pixels (pixelmatch), or another size, fails; the
 * actual and diff images go to test-results/visual/, named in the failure message.
 *
 * Stable by construction: the clock is fixed (stories place events "n days from now"), the time zone and locale
 * are set, animations, transitions and the caret are off, storage is wiped before each story, and the page font
 * is the toolbar's default stack, which resolves to Liberation Sans installed by .ci/run, drawn without
 * anti-aliasing (test/visual/fonts.conf). Each story is opened once per theme at desktop width (after its play
 * function, if any), then narrowed to the phone's width.
 *
 * `npm run test:visual -- --update` writes the baselines anew (and removes those of stories that are gone).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
// @ts-expect-error plain ESM helper without types
import { chromePath, CHROME_ARGS } from '../../scripts/browser.mjs';
import { ensureStorybook, serveStatic, storySettled } from '../support/storybook.js';

const BASELINES = resolve('test/visual/baselines');
const RESULTS = resolve('test-results/visual');
const UPDATE = process.env.M4A_VISUAL_UPDATE === '1';
/** Tolerance for rendering noise; a one-pixel change of any border moves far more pixels than this. */
const MAX_DIFF_PIXELS = 20;
/** A fixed "now" before the 120th Congress (2027-01-03), so no story shows its data as stale by the date alone. */
const NOW = new Date('2026-10-05T15:00:00Z');

/**
 * Native control chrome that Chromium draws itself and changes between versions, none of it ours: a textarea's
 * resize grip moved by a pixel between Chromium 156 and 150. Hidden in every shot (Playwright's screenshot style
 * reaches into shadow roots), so a baseline fails only on what our CSS draws.
 */
const NATIVE_CHROME_OFF = 'textarea { resize: none !important; }';

const THEMES = ['light', 'dark'] as const;
/** Desktop first: each story is opened once per theme at desktop width, then narrowed to the phone's. */
const WIDTHS = [
  { name: 'desktop', width: 1280 },
  { name: 'phone', width: 320 },
] as const;
const MODES = THEMES.flatMap((theme) => WIDTHS.map((w) => `${theme}-${w.name}`));

// A story tagged `no-visual` repeats what other stories show (the theme playground's defaults).
const ALL = ensureStorybook().filter((e) => e.type === 'story' && !e.tags?.includes('no-visual'));
/** `M4A_VISUAL_ONLY=event-list` (`npm run test:visual -- --only event-list`): the stories whose id contains it. */
const ONLY = process.env.M4A_VISUAL_ONLY;
const STORIES = ONLY ? ALL.filter((e) => e.id.includes(ONLY)) : ALL;
const fileOf = (id: string, mode: string) => `${id}.${mode}.png`;

/** PNGs without the alpha channel (screenshots are opaque), at the highest compression: the baselines live in git. */
const encode = (png: PNG) =>
  PNG.sync.write(png, { colorType: 2, inputColorType: 6, inputHasAlpha: true, deflateLevel: 9, filterType: -1 });

/**
 * What differs from the baseline, or `undefined`. In update mode the baseline is written instead, unless the shot
 * still matches it: a regeneration then only changes the images that really changed.
 */
function compare(name: string, actual: Buffer): string | undefined {
  const shot = PNG.sync.read(actual);
  const problem = difference(name, shot, !UPDATE);
  if (!UPDATE || !problem) return problem;
  writeFileSync(join(BASELINES, name), encode(shot));
  return undefined;
}

/** Compares with the baseline; `keep` writes the actual and diff images for the failure message to name. */
function difference(name: string, shot: PNG, keep: boolean): string | undefined {
  const baselinePath = join(BASELINES, name);
  const save = (suffix: string, png: PNG) => {
    if (!keep) return '(not kept)';
    mkdirSync(RESULTS, { recursive: true });
    const path = join(RESULTS, name.replace(/\.png$/, `.${suffix}.png`));
    writeFileSync(path, encode(png));
    return relative(process.cwd(), path);
  };
  if (!existsSync(baselinePath)) {
    return (
      `no baseline ${relative(process.cwd(), baselinePath)} (actual: ${save('actual', shot)}); ` +
      'run `npm run test:visual -- --update` and commit the new baseline'
    );
  }
  const base = PNG.sync.read(readFileSync(baselinePath));
  // Another size is a failure of its own; the diff then covers the area both images have.
  const width = Math.min(base.width, shot.width);
  const height = Math.min(base.height, shot.height);
  const crop = (png: PNG) => {
    if (png.width === width && png.height === height) return png;
    const out = new PNG({ width, height });
    PNG.bitblt(png, out, 0, 0, width, height, 0, 0);
    return out;
  };
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(crop(base).data, crop(shot).data, diff.data, width, height, { threshold: 0.1 });
  const resized = base.width !== shot.width || base.height !== shot.height;
  if (resized || pixels > MAX_DIFF_PIXELS) {
    const what = resized ? `size ${shot.width}×${shot.height}, baseline ${base.width}×${base.height}; ` : '';
    return (
      `${name}: ${what}${pixels} pixels differ from the baseline (at most ${MAX_DIFF_PIXELS}); ` +
      `actual: ${save('actual', shot)}, diff: ${save('diff', diff)}`
    );
  }
  return undefined;
}

describe('visual: every story, light and dark, phone and desktop', { concurrency: 2 }, () => {
  let browser: Browser;
  let site: { url: string; server: Server };
  // Two lanes, each a browser context that keeps Storybook's bundles cached and shoots one story at a time.
  const free: BrowserContext[] = [];
  const waiting: ((c: BrowserContext) => void)[] = [];
  const acquire = () => free.pop() ?? new Promise<BrowserContext>((r) => waiting.push(r));
  const release = (c: BrowserContext) => (waiting.length ? waiting.shift()!(c) : free.push(c));

  before(async () => {
    mkdirSync(BASELINES, { recursive: true });
    rmSync(RESULTS, { recursive: true, force: true });
    [browser, site] = await Promise.all([
      chromium.launch({
        executablePath: await chromePath(),
        args: CHROME_ARGS,
        headless: true,
        env: { ...process.env, FONTCONFIG_FILE: resolve('test/visual/fonts.conf') },
      }),
      serveStatic(),
    ]);
    const options = {
      viewport: { width: WIDTHS[0].width, height: 800 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      colorScheme: 'light',
      locale: 'en-US',
      timezoneId: 'America/Chicago',
    } as const;
    free.push(await browser.newContext(options), await browser.newContext(options));
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => site?.server.close(r));
  });

  for (const story of STORIES) {
    it(`${story.title} / ${story.name} (${story.id})`, async () => {
      const context = await acquire();
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Storage.clearDataForOrigin', {
          origin: site.url,
          storageTypes: 'indexeddb,local_storage,websql,service_workers',
        });
        await cdp.detach();
        await page.clock.setFixedTime(NOW);
        for (const theme of THEMES) {
          await page.setViewportSize({ width: WIDTHS[0].width, height: 800 });
          const globals = `theme:${theme};page:auto;font:sans;locale:en;a11y.manual:!true`;
          await page.goto(
            `${site.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`,
          );
          await storySettled(page);
          // A story or play function that throws gets Storybook's error screen instead of the story.
          const shown = await page.evaluate(() => document.body.classList.contains('sb-show-main'));
          assert.ok(shown, `${story.id}: the story rendered (no Storybook error screen)`);
          for (const { name, width } of WIDTHS) {
            if (width !== WIDTHS[0].width) {
              await page.setViewportSize({ width, height: 800 });
              await storySettled(page);
            }
            await page.evaluate(() => document.fonts.ready);
            const shot = await page
              .locator('#storybook-root')
              .screenshot({ animations: 'disabled', caret: 'hide', scale: 'css', style: NATIVE_CHROME_OFF });
            const problem = compare(fileOf(story.id, `${theme}-${name}`), shot);
            if (problem) problems.push(problem);
          }
        }
        if (problems.length) assert.fail(problems.join('\n'));
      } finally {
        await page.close();
        release(context);
      }
    });
  }

  // With --only, the other stories' baselines are simply not looked at.
  if (!ONLY)
    it('every baseline belongs to a story', () => {
      const expected = new Set(ALL.flatMap((s) => MODES.map((m) => fileOf(s.id, m))));
      const orphans = readdirSync(BASELINES).filter((f) => f.endsWith('.png') && !expected.has(f));
      if (UPDATE) for (const f of orphans) rmSync(join(BASELINES, f));
      else assert.deepEqual(orphans, [], 'baselines of stories that are gone: run `npm run test:visual -- --update`');
    });
});
