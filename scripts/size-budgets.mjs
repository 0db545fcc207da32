// The byte budgets of issue 15, checked on the built dist/ (run `npm run build` first): `npm test` runs this as one
// check, `npm run bench` prints it with the rest. Deterministic and fast: sizes are read from the files, never from a
// browser; exits non-zero when a page total or the classic loader is over its budget (or, for a page not yet down to
// its budget, over the ceiling it has reached: CEILINGS).
//
// A page with one widget loads, in a browser with the HTML Sanitizer API (Chromium, where the bench measures):
// - the core: dist/m4a-widgets.js and its static imports (the classic loader m4a-widgets.iife.js: itself, then the
//   same entry and chunks);
// - the element's chunk and its static imports (the drop-in requests them together: vite.config.ts);
// - for the widgets that need a backend, on a page whose config names the REST backend (as the transfer bench's
//   pages do): the config store and backend registry with the built-in types, the config and options schemas, and
//   the REST adapter, each with its imports (none of them on a page without config: core/config-link.ts).
// Nothing else: no second language, no DOMPurify, no device queue without a pending write. scripts/bench-transfer.mjs
// measures the same pages in Chromium and lists the files; the two sets should agree (the bench prints both).
// Sizes are gzip at level 9, per file, as a server compresses them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const KB = 1024;
/** Page totals for one widget (gzip), and the classic loader with the chunks it fetches first. */
export const BUDGETS = {
  'm4a-program-explainer': 16 * KB,
  'm4a-coverage-faq': 24 * KB,
  'm4a-signup-form': 32 * KB,
  'm4a-rep-lookup': 34 * KB,
  'm4a-event-list': 36 * KB,
  classicLoader: 8 * KB,
};
/**
 * What this checkout holds today where it is still over its budget: the check fails above these, so a page can only
 * get smaller until it meets the budget (then the budget holds). Lower them as savings land; never raise them.
 */
export const CEILINGS = {
  'm4a-program-explainer': 23 * KB,
  'm4a-coverage-faq': 33 * KB,
  'm4a-signup-form': 43 * KB,
  'm4a-rep-lookup': 43.5 * KB,
  'm4a-event-list': 47.5 * KB,
};
const NEEDS_BACKEND = ['m4a-signup-form', 'm4a-event-list', 'm4a-rep-lookup'];
/** Chunks an element imports once it runs: its built-in English content (src/shared/content/). */
const RUNTIME_CHUNKS = {
  'm4a-program-explainer': [/^explainer\.en-/, /^sources-/],
  'm4a-coverage-faq': [/^faq\.en-/, /^sources-/],
  'm4a-cost-calculator': [/^default-model-/, /^default-model\.en-/],
};
/** What a page whose config names the REST backend loads with its first widget (the chunk groups of vite.config.ts). */
const BACKEND_CHUNKS = [/^schemas-/, /^rest-/];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A module in dist and its static imports, recursively (what the browser fetches before running it). */
export function staticDeps(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticDeps(posix.join(dirname(file), m[1]), seen);
  }
  return seen;
}

/** Chunks the entry imports at once for `tag` (the first of its `import()` group is the element's own chunk). */
function tagChunks(dist, entryCode, tag) {
  const at = entryCode.indexOf(`"${tag}":`);
  if (at === -1) return undefined;
  const group = entryCode.slice(at, entryCode.indexOf('.then(', at));
  return [...group.matchAll(/import\((?:\$m4aUrl\()?["'`](\.\/chunks\/[^"'`]+\.js)["'`]/g)].map((m) =>
    join(dist, m[1]),
  );
}

/** Every figure, and which are over budget. `dist` defaults to this checkout's. */
export function sizeReport(dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')) {
  const entry = join(dist, 'm4a-widgets.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const entryCode = readFileSync(entry, 'utf8');
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  const core = staticDeps(entry);
  const backend = new Set();
  for (const pattern of BACKEND_CHUNKS) {
    const name = chunks.find((f) => pattern.test(f));
    if (name) staticDeps(join(dist, 'chunks', name), backend);
  }
  const tags = [...entryCode.matchAll(/"(m4a-[a-z-]+)":\(\)=>/g)].map((m) => m[1]);
  const pages = {};
  for (const tag of tags) {
    const files = new Set(core);
    for (const chunk of tagChunks(dist, entryCode, tag) ?? []) staticDeps(chunk, files);
    if (NEEDS_BACKEND.includes(tag)) for (const f of backend) files.add(f);
    for (const pattern of RUNTIME_CHUNKS[tag] ?? []) {
      const name = chunks.find((f) => pattern.test(f));
      if (name) staticDeps(join(dist, 'chunks', name), files);
    }
    const gz = [...files].reduce((sum, f) => sum + gzip(f), 0);
    const list = [...files].map((f) => posix.relative(dist, f)).sort();
    pages[tag] = {
      gzip: gz,
      files: list,
      budget: BUDGETS[tag],
      limit: Math.max(BUDGETS[tag] ?? 0, CEILINGS[tag] ?? 0),
    };
  }
  const loaderFile = join(dist, 'm4a-widgets.iife.js');
  const loader = existsSync(loaderFile)
    ? (() => {
        // The loader, then the entry it adds (the same file as the ES tag's) with the core chunks.
        const files = new Set([loaderFile]);
        for (const f of core) files.add(f);
        return {
          gzip: [...files].reduce((sum, f) => sum + gzip(f), 0),
          own: gzip(loaderFile),
          budget: BUDGETS.classicLoader,
        };
      })()
    : undefined;
  const allInOne = join(dist, 'm4a-widgets.all.iife.js');
  const over = [
    ...Object.entries(pages)
      .filter(([, p]) => p.limit && p.gzip > p.limit)
      .map(([tag]) => tag),
    ...(!loader ? ['classicLoader (missing)'] : loader.gzip > loader.budget ? ['classicLoader'] : []),
  ];
  return {
    coreGzip: [...core].reduce((sum, f) => sum + gzip(f), 0),
    pages,
    classicLoader: loader,
    allInOneGzip: existsSync(allInOne) ? gzip(allInOne) : undefined,
    over,
  };
}

const kb = (n) => (n / KB).toFixed(1);

/** The report as lines of text. */
export function formatSizeReport(r) {
  const mark = (n, budget, limit = budget) =>
    budget === undefined
      ? ''
      : n > limit
        ? '  OVER BUDGET'
        : n > budget
          ? `  over the budget, under today's ceiling ${kb(limit)}`
          : '  ok';
  return [
    'Byte budgets (gzip; page totals for one widget, Chromium, REST config where the widget needs a backend)',
    `${'page'.padEnd(24)} ${'KB'.padStart(6)} ${'budget'.padStart(7)} files`,
    ...Object.entries(r.pages).map(
      ([tag, p]) =>
        `${tag.padEnd(24)} ${kb(p.gzip).padStart(6)} ${(p.budget ? kb(p.budget) : '-').padStart(7)} ${String(p.files.length).padStart(5)}` +
        mark(p.gzip, p.budget, p.limit),
    ),
    r.classicLoader
      ? `${'classic loader'.padEnd(24)} ${kb(r.classicLoader.gzip).padStart(6)} ${kb(r.classicLoader.budget).padStart(7)}` +
        `       (m4a-widgets.iife.js ${kb(r.classicLoader.own)} KB + the core it loads)` +
        mark(r.classicLoader.gzip, r.classicLoader.budget)
      : 'classic loader: dist/m4a-widgets.iife.js is missing  OVER BUDGET',
    `core every page loads (m4a-widgets.js + static imports): ${kb(r.coreGzip)} KB`,
    ...(r.allInOneGzip
      ? [`all-in-one m4a-widgets.all.iife.js (no budget: for hosts that serve one file): ${kb(r.allInOneGzip)} KB`]
      : []),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = sizeReport();
  console.log(formatSizeReport(report).join('\n'));
  if (process.argv.includes('--files'))
    for (const [tag, p] of Object.entries(report.pages)) console.log(tag, p.files.join(' '));
  if (report.over.length) {
    console.log(`over budget: ${report.over.join(', ')}`);
    process.exit(1);
  }
}
