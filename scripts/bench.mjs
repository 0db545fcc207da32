// `npm run bench`: sizes of every drop-in file (raw, gzip, brotli), the byte budgets (scripts/size-budgets.mjs: the
// core, a page with ONE widget, the classic loader, the all-in-one script); then the timings each feature contributes
// (scripts/bench-*.{mjs,ts}), printed with their budgets. Prints tables and writes bench/results/latest.json. Exits
// non-zero when a size is over its budget (timings only report theirs). `--only event-list,transfer` runs just those
// feature benches (named after scripts/bench-<name>; the sizes always run, they take a second); `--no-build` uses
// dist/ as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { BUDGETS, formatSizeReport, sizeReport, staticDeps } from './size-budgets.mjs';

const TAGS = ['program-explainer', 'coverage-faq', 'signup-form', 'event-list', 'rep-lookup', 'cost-calculator'];
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : (process.argv[process.argv.indexOf(onlyArg) + 1] ?? '')).split(',')
  : undefined;
const want = (bench) => !only || only.includes(bench);

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const size = (file) => {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kb = (n) => (n / 1024).toFixed(1);

const total = (files, key) => [...files].reduce((sum, f) => sum + size(f)[key], 0);

const files = readdirSync('dist', { recursive: true })
  .map((f) => join('dist', String(f)))
  .filter((f) => /^dist\/(m4a-widgets[^/]*|chunks\/[^/]+)\.js$/.test(f))
  .sort();
const fileSizes = Object.fromEntries(files.map((f) => [f, size(f)]));

const core = staticDeps('dist/m4a-widgets.js');
const entryCode = readFileSync('dist/m4a-widgets.js', 'utf8');
const perWidget = {};
for (const tag of TAGS) {
  // The minifier may quote the dynamic import's specifier with backticks.
  const chunk = entryCode.match(new RegExp(`["'\`](\\./chunks/${tag}-[^"'\`]+\\.js)["'\`]`))?.[1];
  if (!chunk) continue;
  const all = staticDeps(posix.join('dist', chunk), new Set(core));
  const own = [...all].filter((f) => !core.has(f));
  perWidget[tag] = {
    chunk: posix.join('dist', chunk),
    ownGzip: total(own, 'gzip'),
    pageGzip: total(all, 'gzip'),
    pageBrotli: total(all, 'brotli'),
  };
}
const budgets = sizeReport();

console.log('\nDrop-in files (KB)');
console.log('file'.padEnd(48), 'raw'.padStart(8), 'gzip'.padStart(8), 'brotli'.padStart(8));
for (const [f, s] of Object.entries(fileSizes))
  console.log(f.padEnd(48), kb(s.raw).padStart(8), kb(s.gzip).padStart(8), kb(s.brotli).padStart(8));
console.log(
  `\nCore every page loads (m4a-widgets.js + static imports): ${kb(total(core, 'gzip'))} KB gzip, ${kb(total(core, 'brotli'))} KB brotli`,
);
console.log('\nOne widget on a page, static imports only (core + its chunk and their imports)');
console.log('widget'.padEnd(20), 'own gz'.padStart(8), 'page gz'.padStart(8), 'page br'.padStart(8));
for (const [tag, w] of Object.entries(perWidget)) {
  console.log(tag.padEnd(20), kb(w.ownGzip).padStart(8), kb(w.pageGzip).padStart(8), kb(w.pageBrotli).padStart(8));
}
console.log(`\n${formatSizeReport(budgets).join('\n')}`);

const results = {
  date: new Date().toISOString(),
  sizes: { files: fileSizes, coreGzip: total(core, 'gzip'), coreBrotli: total(core, 'brotli'), perWidget, budgets },
  timings: {},
};

// Feature benchmarks: each scripts/bench-<name>.{mjs,ts} exports `bench(context)` and returns figures.
const extra = readdirSync('scripts')
  .filter((f) => /^bench-.+\.(mjs|ts)$/.test(f) && f !== 'bench-context.mjs')
  .filter((f) => want(f.replace(/^bench-|\.(mjs|ts)$/g, '')))
  .sort();
if (extra.length && !process.argv.includes('--sizes-only')) {
  const { startBenchContext } = await import('./bench-context.mjs');
  const context = await startBenchContext();
  try {
    for (const f of extra) {
      const name = f.replace(/^bench-|\.(mjs|ts)$/g, '');
      try {
        const mod = await import(pathToFileURL(join('scripts', f)).href);
        const figures = await (mod.bench ?? mod.default)(context);
        results.timings[name] = figures;
        console.log(`\n${name}`);
        for (const [k, v] of Object.entries(figures ?? {}))
          console.log(
            `  ${k.padEnd(40)} ${typeof v === 'number' ? (Number.isInteger(v) ? v : v.toFixed(2)) : JSON.stringify(v)}`,
          );
      } catch (err) {
        results.timings[name] = { error: String(err?.message ?? err) };
        console.log(`\n${name}: failed: ${err?.message ?? err}`);
      }
    }
  } finally {
    await context.close();
  }
}

// README's size table (between the size-table markers) is regenerated after the feature benches: the page totals of
// scripts/size-budgets.mjs with their budgets, and what the transfer bench measured in Chromium. Only on a run where
// that bench measured: one that left it out (`--only event-list`, `--sizes-only`) or where it failed would replace
// the Chromium column with "not measured", so it leaves the table as it is.
const transfer = results.timings.transfer;
const measured = transfer && !transfer.error ? transfer : undefined;
const status = (n, budget) => (budget !== undefined && n > budget ? ' **over budget**' : '');
const sizeTable = [
  '| element | own code, gzip | page total, gzip | budget | measured in Chromium, gzip |',
  '|---|---:|---:|---:|---:|',
  ...Object.entries(perWidget).map(([tag, w]) => {
    const page = budgets.pages[`m4a-${tag}`];
    const m = measured?.[`m4a-${tag}`];
    const budget = BUDGETS[`m4a-${tag}`];
    return (
      `| \`<m4a-${tag}>\` | ${kb(w.ownGzip)} KB | ${page ? `${kb(page.gzip)} KB${status(page.gzip, budget)}` : '-'} | ` +
      `${budget ? `${kb(budget)} KB` : '-'} | ${m ? `${kb(m.jsGzip)} KB` : 'not measured'} |`
    );
  }),
  '',
  `Core every page loads (\`m4a-widgets.js\` and its static imports): ${kb(budgets.coreGzip)} KB gzip. Classic loader ` +
    `\`m4a-widgets.iife.js\` with the core chunks it fetches: ${kb(budgets.classicLoader?.gzip ?? 0)} KB gzip (budget ` +
    `${kb(BUDGETS.classicLoader)} KB). All-in-one \`m4a-widgets.all.iife.js\`: ${kb(budgets.allInOneGzip ?? 0)} KB gzip.`,
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const block = /(<!-- size-table:start -->\n)[\s\S]*?(\n<!-- size-table:end -->)/;
if (!measured) {
  console.log('the transfer bench did not measure on this run: the size table in README.md is left as it is');
} else if (block.test(readme)) {
  writeFileSync(
    'README.md',
    readme.replace(block, (_, start, end) => `${start}${sizeTable}${end}`),
  );
  console.log('updated the size table in README.md');
} else {
  console.log('README.md has no <!-- size-table:start --> … <!-- size-table:end --> block: size table not written');
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results/latest.json');
if (!existsSync('dist/m4a-widgets.js')) process.exit(1);
if (budgets.over.length) {
  console.log(`over budget: ${budgets.over.join(', ')}`);
  process.exit(1);
}
