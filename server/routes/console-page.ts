/**
 * The console's page at `/console/` (dist/console, built by `vite build --mode console`), on the API's origin so
 * its session cookie can be SameSite=Strict. It may not be framed (clickjacking) and runs only its own scripts.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { join, relative } from 'node:path';
import { ROOT } from '../paths.js';

export function consolePageRoutes(): Hono {
  const app = new Hono();
  const root = relative(process.cwd(), join(ROOT, 'dist/console')) || '.';
  let serve: MiddlewareHandler | undefined;
  app.get('/console', (c) => c.redirect('/console/'));
  app.use(
    '/console/*',
    compress(),
    secureHeaders({
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // uPlot sizes its canvas and legend with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
      },
    }),
    async (c, next) => {
      await next();
      if (c.req.path.includes('/assets/') && c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      else c.header('Cache-Control', 'no-cache');
    },
    async (c, next) => {
      // Made on first use: before `npm run build` there is no folder yet, and tests never ask for the page.
      if (!existsSync(root)) return c.text('The console is not built yet: run npm run build.', 503);
      serve ??= serveStatic({ root, rewriteRequestPath: (p) => p.replace(/^\/console/, '') || '/' });
      return serve(c, next);
    },
  );
  return app;
}
