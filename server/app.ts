/**
 * The reference server's HTTP app: the REST contract under `/api`, the built drop-in under `/dist`, the demo at `/`.
 * Each feature lives in its own route module under `server/routes/` and receives the same dependencies.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';
import type { ServerConfig } from './config.js';
import type { Logger } from './log.js';
import { apiError, HttpProblem } from './http.js';
import { contentRoutes } from './routes/content.js';
import { eventRoutes } from './routes/events.js';
import { signupRoutes } from './routes/signups.js';
import { repRoutes } from './routes/reps.js';
import { adminRoutes } from './routes/admin.js';
import { openapi } from './contract.js';

export interface AppDeps {
  db: Db;
  config: ServerConfig;
  log: Logger;
  /** Outbound HTTP (Action Network, geocoder, feeds); tests pass a fetch aimed at fakes on loopback. */
  fetch: typeof fetch;
  /** Clock, replaceable in tests. */
  now: () => Date;
}

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function createApp(deps: AppDeps): Hono {
  const { config, log } = deps;
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  const allowAny = config.M4A_CORS_ORIGINS.includes('*');
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowAny || config.M4A_CORS_ORIGINS.includes(origin) ? origin : null),
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.M4A_BODY_LIMIT,
      onError: (c) => apiError(c, 413, 'body_too_large', `The request body is larger than ${config.M4A_BODY_LIMIT} bytes.`),
    }),
  );
  app.use('/api/*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));

  app.get('/api/health', (c) => c.json({ ok: true }));
  const contract = openapi();
  app.get('/api/openapi.json', (c) => c.json(contract));
  app.route('/api/content', contentRoutes(deps));
  app.route('/api/events', eventRoutes(deps));
  app.route('/api/signups', signupRoutes(deps));
  app.route('/api', repRoutes(deps));
  app.route('/api/admin', adminRoutes(deps));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No endpoint ${c.req.method} ${c.req.path}.`));

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

  app.onError((err, c) => {
    if (err instanceof HttpProblem) return apiError(c, err.status, err.code, err.message, err.fields);
    log.error('unhandled', { path: c.req.path, error: err.message });
    return apiError(c, 500, 'internal', 'Something went wrong on the server.');
  });
  return app;
}
