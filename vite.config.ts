/**
 * Two browser builds of the drop-in (run by scripts/build.mjs):
 * - `es`   → dist/m4a-widgets.js + dist/chunks/*: the core, with each element (and each non-English language) in a
 *            lazy chunk imported relative to the script's own URL, so the dist folder works from any host or path.
 *            And dist/m4a-widgets.iife.js, the classic loader for site builders that only take <script src>: it
 *            runs that same entry, with the same chunks (classicLoader below).
 * - `all`  → dist/m4a-widgets.all.iife.js: one classic script with everything, for hosts that cannot serve further
 *            files next to it (src/all-in-one.ts).
 * Both minify the CSS inside Lit's css`` templates (cssInTemplates below).
 * And the embed builder, a separate static page (not part of the drop-in):
 * - `builder` → dist/builder/index.html + builder.js (+ chunks): served by the reference server at /builder.html
 *            (demo/builder.html loads /dist/builder/builder.js), or hosted anywhere next to the dist folder.
 * And the React 19 example page (docs/embedding.md), also outside the drop-in:
 * - `react` → dist/react-example/index.html + assets: demo/react/, served at /dist/react-example/index.html.
 * And the organizer console: `console` → dist/console/ (src/console/), served by the reference server at /console/.
 */
import { defineConfig, type Plugin } from 'vite';
import { transform as transformCss, transformStyleAttribute } from 'lightningcss';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The drop-in's chunks, besides the entry and what each element needs alone: `tags` holds what the entry imports
 * (the loader's own code, which later chunks share); `core` holds Lit and the base element with what they import,
 * which every widget needs, in one file rather than one per module: each file costs a request, and gzip starts each
 * with an empty dictionary. Rolldown splits the rest by which elements import it.
 */
const CORE_MODULES = [
  /\/node_modules\/lit\/[\w-]+\.js$/,
  /\/node_modules\/lit-html\/(lit-html|is-server|static)\.js$/,
  /\/node_modules\/lit-element\/lit-element\.js$/,
  /\/node_modules\/@lit\/(reactive-element|task)\//,
  /\/src\/core\/(base-element|localized-element|i18n|theme|status|attributes|headings|messages\.en|dom-events|define)\.ts$/,
  /\/src\/shared\/(locale|schemas\/vocab)\.ts$/,
];
/** zod with the schemas a page config is checked by: a page with a config loads them all at once. */
const SCHEMA_MODULES = [
  /\/node_modules\/zod\//,
  /\/src\/core\/config-schema\.ts$/,
  /\/src\/backends\/options\.ts$/,
  /\/src\/shared\/schemas\/common\.ts$/,
];
/** The config store and the backend registry with the built-in types: what a page with a config loads first. */
const REGISTRY_MODULES = [/\/src\/core\/(config|registry)\.ts$/, /\/src\/backends\/index\.ts$/];
/** fetch with the retry policy it reads Retry-After and refusals by (the device queue's backoff shares it). */
const FETCH_MODULES = [/\/src\/core\/fetch\.ts$/, /\/src\/shared\/retry\.ts$/];
const CHUNK_GROUPS = [
  { name: 'tags', priority: 1, tags: ['$initial' as const], test: (id: string) => !id.endsWith('/src/index.ts') },
  { name: 'core', test: (id: string) => CORE_MODULES.some((module) => module.test(id)) },
  { name: 'fetch', test: (id: string) => FETCH_MODULES.some((module) => module.test(id)) },
  { name: 'schemas', test: (id: string) => [...REGISTRY_MODULES, ...SCHEMA_MODULES].some((module) => module.test(id)) },
];
/** jsPDF's optional renderers, which the letter PDF never uses: both resolve to a module that says so. */
const UNUSED_PDF_RENDERERS = {
  find: /^(html2canvas|canvg)$/,
  replacement: fileURLToPath(new URL('./src/elements/rep-lookup/pdf-unused.ts', import.meta.url)),
};
const ALL_IN_ONE = 'm4a-widgets.all.iife.js';
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  if (mode === 'builder') return builderConfig();
  if (mode === 'react') return reactExampleConfig();
  if (mode === 'console') return consoleConfig();
  const all = mode === 'all';
  return {
    define: { __M4A_VERSION__: JSON.stringify(version) },
    resolve: { alias: [UNUSED_PDF_RENDERERS] },
    plugins: all ? [cssInTemplates()] : [cssInTemplates(), parallelChunkLoads(), classicLoader()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !all,
      sourcemap: true,
      reportCompressedSize: false,
      // Lib mode leaves ES output unminified by default; the drop-in is shipped to browsers as is.
      minify: true,
      lib: all
        ? { entry: 'src/all-in-one.ts', formats: ['iife'], name: 'M4AWidgets', fileName: () => ALL_IN_ONE }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'm4a-widgets.js' },
      // The iife format cannot split code: Vite inlines the lazy imports there by itself.
      rollupOptions: {
        output: all
          ? { minify: true }
          : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, codeSplitting: { groups: CHUNK_GROUPS } },
      },
    },
  };
});

/** The embed builder page: an app build rooted at src/builder, with relative URLs so it works from any folder. */
function builderConfig() {
  const root = fileURLToPath(new URL('./src/builder/', import.meta.url));
  return {
    root,
    base: './',
    publicDir: false as const,
    define: { __M4A_VERSION__: JSON.stringify(version) },
    build: {
      target: 'es2022',
      outDir: fileURLToPath(new URL('./dist/builder/', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      reportCompressedSize: false,
      minify: true,
      modulePreload: { polyfill: false },
      rollupOptions: {
        // The builder imports the schemas statically (it validates every choice at once); the drop-in loads them
        // lazily. Sharing modules that way is intended here, so the "ineffective dynamic import" notice is noise.
        checks: { ineffectiveDynamicImport: false },
        output: {
          entryFileNames: 'builder.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

/**
 * The organizer console (docs/console.md): an app build rooted at src/console, served by the reference server at
 * /console/ on the API's own origin. Nothing of it is in the drop-in.
 */
function consoleConfig() {
  return {
    root: fileURLToPath(new URL('./src/console/', import.meta.url)),
    base: '/console/',
    publicDir: false as const,
    // package.json lists the drop-in's side-effect modules only; the console's pages register their elements.
    plugins: [
      {
        name: 'm4a-console-side-effects',
        transform: (code: string, id: string) =>
          id.includes('/src/console/') ? { code, map: null, moduleSideEffects: true } : null,
      },
    ],
    build: {
      target: 'es2022',
      outDir: fileURLToPath(new URL('./dist/console/', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      reportCompressedSize: false,
      minify: true,
      modulePreload: { polyfill: false },
    },
  };
}

/**
 * The React 19 example: an app build rooted at demo/react, JSX through Vite's own transform (automatic runtime).
 * It imports the elements the way an npm user does (`m4a-widgets`, `m4a-widgets/define/<name>.js`); here those
 * specifiers point at the sources, so the page needs no prior build of dist/lib.
 */
function reactExampleConfig() {
  const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
  return {
    root: fileURLToPath(new URL('./demo/react/', import.meta.url)),
    base: './',
    publicDir: false as const,
    define: { __M4A_VERSION__: JSON.stringify(version) },
    oxc: { jsx: { runtime: 'automatic' as const, importSource: 'react' } },
    resolve: {
      alias: [
        { find: /^m4a-widgets\/define\/(.+)\.js$/, replacement: src('define/$1.ts') },
        { find: /^m4a-widgets$/, replacement: src('exports.ts') },
      ],
    },
    build: {
      target: 'es2022',
      outDir: fileURLToPath(new URL('./dist/react-example/', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      reportCompressedSize: false,
      minify: true,
      modulePreload: { polyfill: false },
    },
  };
}

/**
 * Lib mode has no module preloading: `import('./chunks/x.js')` fetches x, and only once x is parsed the chunks x
 * imports, one network round trip later. This rewrites every dynamic import in the drop-in to also import, in the
 * same tick, the chunks it will need that the importer has not loaded yet, so they download in parallel. Plain
 * `import()` calls: no <link> is added to the host page. Evaluation order is unchanged (module graph semantics).
 * Likewise the entry imports its static imports' own imports directly (what Rollup calls hoisting transitive
 * imports), so the core arrives in one round trip rather than one per level.
 */
function parallelChunkLoads(): Plugin {
  return {
    name: 'm4a-parallel-chunk-loads',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
      );
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const dep of chunks.get(file)?.imports ?? []) closure(dep, seen);
        return seen;
      };
      for (const chunk of chunks.values()) {
        const loaded = closure(chunk.fileName);
        if (chunk.isEntry) {
          const hoisted = [...loaded].filter((f) => f !== chunk.fileName && !chunk.imports.includes(f));
          chunk.code =
            hoisted.map((f) => `import"./${posix.relative(posix.dirname(chunk.fileName), f)}";`).join('') + chunk.code;
        }
        const relative = (file: string) => {
          const path = posix.relative(posix.dirname(chunk.fileName), file);
          return path.startsWith('.') ? path : `./${path}`;
        };
        for (const target of chunk.dynamicImports) {
          const extra = [...closure(target)].filter((f) => f !== target && !loaded.has(f));
          if (!extra.length) continue;
          const spec = relative(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const call = new RegExp(`import\\((["'\`])${spec}\\1\\)`, 'g');
          const parallel = `Promise.all([import("${relative(target)}"),${extra.map((f) => `import("${relative(f)}")`).join(',')}]).then((m)=>m[0])`;
          chunk.code = chunk.code.replace(call, parallel);
        }
      }
    },
  };
}

/**
 * The classic loader `m4a-widgets.iife.js`, for pages that only take a classic `<script src>`: it adds the ES entry
 * as a module script next to itself (same nonce, same `blocking`), so the page runs the very drop-in the ES tag
 * runs, with the same chunks, load order, render blocking and load-event timing. The entry's URL carries `?classic`
 * (and the loader's own query), so a page with both tags runs two copies, and the second stays out as any second
 * copy does. The chunks the entry imports statically are requested at once too, in parallel with it, so the loader
 * costs no extra round trip. Under Trusted Types the URL goes through the library's `m4a` policy (the one partners
 * already allow); where that is refused too, it imports the entry instead.
 */
function classicLoader(): Plugin {
  return {
    name: 'm4a-classic-loader',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (entry?.type !== 'chunk') return;
      const relative = (f: string) => `./${posix.relative(posix.dirname(entry.fileName), f)}`;
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
      );
      const core = new Set<string>();
      const add = (file: string): void => {
        if (core.has(file)) return;
        core.add(file);
        for (const dep of chunks.get(file)?.imports ?? []) add(dep);
      };
      for (const dep of entry.imports) add(dep);
      const coreList = JSON.stringify([...core].map(relative));
      const source =
        '(function(){"use strict";' +
        'var c=document.currentScript,b=c&&c.src||location.href,q=new URL(b).search.slice(1),' +
        `e=new URL(${JSON.stringify(relative(entry.fileName))}+"?classic"+(q?"&"+q:""),b).href;` +
        `${coreList}.forEach(function(p){import(new URL(p,b).href).catch(function(){})});` +
        // Trusted Types: the URL goes through the `m4a` policy (only this URL, and JSON scripts as the core's
        // rule), left in the page's pre-load stub for the core to take over (core/trusted-types.ts, namespace.ts).
        'var M=window.M4A,t=window.trustedTypes,p=M&&M.__policy;' +
        'if(t&&!p&&!(M&&M.__m4a))try{p=t.createPolicy("m4a",{' +
        'createScriptURL:function(v){' +
        'if(v.split("?")[0]!==e.split("?")[0])throw new TypeError("m4a: not the drop-in");return v},' +
        'createScript:function(v){JSON.parse(v);return v}});' +
        'window.M4A=Object.assign({q:[],configure:function(x){this.q.push(x)}},M,{__policy:p})}catch(x){}' +
        'try{var s=document.createElement("script");s.type="module";' +
        'if(c){if(c.nonce)s.nonce=c.nonce;var k=c.getAttribute("blocking");if(k)s.setAttribute("blocking",k)}' +
        's.src=p&&p.createScriptURL?p.createScriptURL(e):e;(document.head||document.documentElement).append(s)}' +
        'catch(x){import(e).catch(function(r){console.warn("m4a-widgets: could not load the drop-in.",r)})}})();\n';
      this.emitFile({ type: 'asset', fileName: 'm4a-widgets.iife.js', source });
    },
  };
}

/**
 * Minifies the CSS of Lit's css`` templates with lightningcss (what Vite itself uses for CSS files): a whole
 * stylesheet, or a declaration list (theme tokens). Interpolations stay in place as custom-property placeholders.
 * A template the minifier warns about, or one with escapes, is left as written.
 */
function cssInTemplates(): Plugin {
  return {
    name: 'm4a-css-in-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let out = '';
      let at = 0;
      for (let start = code.indexOf('css`'); start !== -1; start = code.indexOf('css`', at)) {
        const open = start + 4;
        const parsed = templateAt(code, open);
        if (!parsed || /[\w$]/.test(code[start - 1] ?? '')) {
          out += code.slice(at, open);
          at = open;
          continue;
        }
        const minified = minifyTemplate(parsed.parts, parsed.slots, id);
        // The lines the template took stay, after it, so the rest of the file keeps its lines: no source map needed.
        const lines = code.slice(open, parsed.end).split('\n').length - minified.split('\n').length;
        out += code.slice(at, open) + minified + '\n'.repeat(Math.max(0, lines));
        at = parsed.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/** The literal parts and `${…}` slots of the template literal whose text starts at `from`, to its closing backtick. */
function templateAt(code: string, from: number): { parts: string[]; slots: string[]; end: number } | undefined {
  const parts: string[] = [];
  const slots: string[] = [];
  let text = '';
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') return undefined;
    if (c === '`') {
      parts.push(text);
      return { parts, slots, end: i + 1 };
    }
    if (c === '$' && code[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < code.length && depth; j++) {
        if (code[j] === '{') depth++;
        else if (code[j] === '}') depth--;
        else if (code[j] === '`') return undefined;
      }
      parts.push(text);
      text = '';
      slots.push(code.slice(i, j));
      i = j - 1;
      continue;
    }
    text += c;
  }
  return undefined;
}

function minifyTemplate(parts: string[], slots: string[], id: string): string {
  const slot = (n: number) => `--m4a-slot-${n}:0`;
  const css = parts.map((p, n) => (n ? `${slot(n - 1)};${p}` : p)).join('');
  const asWritten = parts.map((p, n) => (n ? slots[n - 1] + p : p)).join('') + '`';
  const attempt = (fn: () => { code: Uint8Array; warnings: unknown[] }) => {
    try {
      const result = fn();
      return result.warnings.length ? undefined : Buffer.from(result.code).toString();
    } catch {
      return undefined;
    }
  };
  const code = Buffer.from(css);
  const minified =
    attempt(() => transformCss({ filename: id, code, minify: true })) ??
    attempt(() => transformStyleAttribute({ filename: id, code, minify: true }));
  if (minified === undefined) return asWritten;
  let text = minified.replace(/[`\\]/g, (c) => `\\${c}`);
  for (let n = 0; n < slots.length; n++) {
    if (!text.includes(slot(n))) return asWritten;
    text = text.replace(slot(n), `${slots[n]};`);
  }
  return text + '`';
}
