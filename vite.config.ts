/**
 * Two browser builds of the drop-in (run by scripts/build.mjs):
 * - `es`   → dist/m4a-widgets.js + dist/chunks/*: the core, with each element (and each non-English language) in a
 *            lazy chunk imported relative to the script's own URL, so the dist folder works from any host or path.
 * - `iife` → dist/m4a-widgets.iife.js: one classic script with everything, for CMSs that only take <script src>.
 * And the embed builder, a separate static page (not part of the drop-in):
 * - `builder` → dist/builder/index.html + builder.js (+ chunks): served by the reference server at /builder.html
 *            (demo/builder.html loads /dist/builder/builder.js), or hosted anywhere next to the dist folder.
 * And the React 19 example page (docs/embedding.md), also outside the drop-in:
 * - `react` → dist/react-example/index.html + assets: demo/react/, served at /dist/react-example/index.html.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  if (mode === 'builder') return builderConfig();
  if (mode === 'react') return reactExampleConfig();
  const iife = mode === 'iife';
  return {
    define: { __M4A_VERSION__: JSON.stringify(version) },
    plugins: iife ? [] : [parallelChunkLoads()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !iife,
      sourcemap: true,
      reportCompressedSize: false,
      // Lib mode leaves ES output unminified by default; the drop-in is shipped to browsers as is.
      minify: true,
      lib: iife
        ? { entry: 'src/iife.ts', formats: ['iife'], name: 'M4AWidgets', fileName: () => 'm4a-widgets.iife.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'm4a-widgets.js' },
      // The iife format cannot split code: Vite inlines the lazy imports there by itself.
      rollupOptions: { output: iife ? { minify: true } : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
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
        output: { entryFileNames: 'builder.js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
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
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
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
          chunk.code = hoisted.map((f) => `import"./${posix.relative(posix.dirname(chunk.fileName), f)}";`).join('') + chunk.code;
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
