import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { openapiDocument } from '../contract.js';
import { contentRoutes } from './content.js';
import { eventRoutes } from './events.js';
import { signupRoutes } from './signups.js';
import { repRoutes } from './reps.js';
import { targetRoutes } from './targets.js';
import { adminRoutes } from './admin.js';
import { consoleRoutes } from './console.js';

const SERVER = ['server'];

/**
 * Every `/api` route, each feature from its own module. The contract is generated from this very app, once, on
 * its first request.
 */
export function apiRoutes(deps: AppDeps): Hono {
  const api = new Hono();
  api.get('/health', describe({ summary: 'Liveness', tags: SERVER, response: z.object({ ok: z.boolean() }) }), (c) =>
    c.json({ ok: true }),
  );
  let contract: ReturnType<typeof openapiDocument> | undefined;
  api.get('/openapi.json', describe({ summary: 'This contract (OpenAPI 3.1)', tags: SERVER }), async (c) =>
    c.json(await (contract ??= openapiDocument(api))),
  );
  api.route('/content', contentRoutes(deps));
  api.route('/events', eventRoutes(deps));
  api.route('/signups', signupRoutes(deps));
  api.route('/', repRoutes(deps));
  api.route('/', targetRoutes(deps));
  api.route('/admin', adminRoutes(deps));
  api.route('/console', consoleRoutes(deps));
  return api;
}
