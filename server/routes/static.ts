import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { join, relative } from 'node:path';
import { ROOT } from '../paths.js';

/** The built drop-in under `/dist`, the demo pages at `/`. */
export function staticRoutes(): Hono {
  const app = new Hono();
  const rel = (dir: string) => relative(process.cwd(), join(ROOT, dir)) || '.';
  // Pages and scripts go out gzipped; lazy chunks carry a content hash in their names, so browsers may keep them.
  app.use('/*', compress());
  app.use('/dist/chunks/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/dist/*', serveStatic({ root: rel('dist'), rewriteRequestPath: (p) => p.replace(/^\/dist/, '') }));
  // demo/react/ is the source of the React example; the built page is what a visitor should see.
  app.get('/react/*', (c) => c.redirect('/dist/react-example/index.html'));
  app.use('/*', serveStatic({ root: rel('demo') }));
  return app;
}
