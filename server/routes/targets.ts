/**
 * Local targets: `GET /api/targets` (public, what the rep lookup's REST backend reads), and organizers' writes,
 * `PUT /api/admin/targets` (the admin token) and `PUT /api/console/targets` (a console session with the organizer
 * role; audited). A write replaces the whole list; a list with any bad entry saves nothing and answers 422 with one
 * field per problem (`targets.2.phone`), its message naming the entry's id.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import type { AppDeps } from '../deps.js';
import { InvalidInput } from '../errors.js';
import { describe } from '../http/describe.js';
import { apiError } from '../http/problem.js';
import { audit } from '../accounts/audit.js';
import {
  ConsoleTargetList,
  LocalTargetList,
  describeTargetProblem,
  targetProblemField,
} from 'm4a-widgets/shared/schemas/targets.js';
import { targetsService, type TargetsResponse } from '../targets/service.js';
import { requireRole, sessionOf, type ConsoleEnv } from './console-guard.js';

const TAGS = ['targets'];

function send(c: Context, response: TargetsResponse) {
  c.header('ETag', response.etag);
  return c.body(response.body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
}

export function targetRoutes(deps: AppDeps): Hono {
  const service = targetsService(deps);
  const app = new Hono();
  app.get(
    '/targets',
    describe({
      summary: 'The partner’s local targets (mayor, council, county…), for the rep lookup',
      tags: TAGS,
      response: LocalTargetList,
    }),
    async (c) => {
      const response = await service.current();
      // Organizers' changes show within a minute; the ETag makes rechecking cheap.
      c.header('Cache-Control', 'public, max-age=60');
      const wanted = c.req.header('if-none-match')?.split(/\s*,\s*/);
      if (wanted?.includes(response.etag)) {
        c.header('ETag', response.etag);
        return c.body(null, 304);
      }
      return send(c, response);
    },
  );
  return app;
}

/**
 * The body's schema for the contract. The handler reads the body itself: entries are checked one by one there, so a
 * bad entry is a 422 naming it (and the others' problems too) rather than a validator's 400 for the first issue.
 */
const documentedBody: MiddlewareHandler = Object.assign(((_, next) => next()) as MiddlewareHandler, {
  [uniqueSymbol]: { target: 'json', ...resolver(LocalTargetList) },
});

const writeDoc = (summary: string) =>
  describe({ summary, tags: TAGS, response: LocalTargetList, failures: [409, 422] });

/** Saves the body's list, or answers why not; `saved` runs after a successful write (the console audits it). */
async function write(c: Context, deps: AppDeps, saved?: (count: number) => Promise<void>) {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new InvalidInput('invalid_json', 'The request body is not valid JSON.');
  }
  const result = await targetsService(deps).replace(body);
  if (!result.ok) {
    const whole = result.problems.find((p) => p.index < 0);
    if (whole) throw new InvalidInput('invalid_request', whole.message, [{ path: '(body)', message: whole.message }]);
    const fields = result.problems.map((p) => ({
      path: targetProblemField(p),
      message: p.id ? `"${p.id}": ${p.message}` : p.message,
    }));
    const message = `Nothing was saved: ${result.problems.map((p) => describeTargetProblem(p)).join('; ')}.`;
    return apiError(c, 422, 'invalid_targets', message, fields);
  }
  await saved?.(result.saved.list.targets.length);
  c.header('Cache-Control', 'no-store');
  return send(c, result.saved);
}

/** `PUT /api/admin/targets`, mounted behind the admin token (server/routes/admin.ts). */
export function adminTargetRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.put('/targets', writeDoc('Replace the local targets (organizer token)'), documentedBody, (c) => write(c, deps));
  return app;
}

/**
 * `GET /api/console/targets` for every role (the list is public anyway; a viewer sees it read-only) and
 * `PUT /api/console/targets` for organizers and owners, behind the console guard (server/routes/console.ts).
 */
export function consoleTargetRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  app.get(
    '/targets',
    describe({
      summary: 'The local targets, and whether this server refuses writes',
      tags: TAGS,
      response: ConsoleTargetList,
    }),
    requireRole(deps, 'viewer'),
    async (c) => {
      const service = targetsService(deps);
      const body: ConsoleTargetList = { ...(await service.current()).list, readOnly: service.readOnly };
      c.header('Cache-Control', 'no-store');
      return c.json(body);
    },
  );
  app.put(
    '/targets',
    writeDoc('Replace the local targets (console, organizer role)'),
    requireRole(deps, 'organizer'),
    documentedBody,
    (c) =>
      write(c, deps, (count) =>
        audit(deps.database.kysely, deps.now(), {
          actor: sessionOf(c).user.id,
          action: 'targets-replaced',
          detail: { count },
        }),
      ),
  );
  return app;
}
