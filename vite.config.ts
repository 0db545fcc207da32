/**
 * Two browser builds of the drop-in (run by scripts/build.mjs):
 * - `es`   → dist/m4a-widgets.js + dist/chunks/*: the core, with each element (and each non-English language) in a
 *            lazy chunk imported relative to the script's own URL, so the dist folder works from any host or path.
 * - `iife` → dist/m4a-widgets.iife.js: one classic script with everything, for CMSs that only take <script src>.
 */
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    define: { __M4A_VERSION__: JSON.stringify(version) },
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
