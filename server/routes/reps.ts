import { Hono } from 'hono';
import type * as z from 'zod/mini';
import type { AppDeps } from '../app.js';
import { HttpProblem, issuesToFields, readJson } from '../http.js';
import { CallOutcome, CallStatsQuery, RepLookupQuery } from 'm4a-widgets/shared/schemas/representative.js';
import { RepsService } from '../reps/service.js';
import { callStats, recordCallOutcome } from '../reps/calls.js';

const LEGISLATOR_ID = /^([A-Z]\d{6}|ocd-person\/[0-9a-f-]{36})$/;

/** Like parseOr400, for query strings: an issue about the whole query is reported on `(query)`. */
function parseQuery<S extends z.ZodMiniType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const fields = issuesToFields(r.error.issues).map((f) => (f.path === '(body)' ? { ...f, path: '(query)' } : f));
    throw new HttpProblem(400, 'invalid_request', fields.map((f) => f.message).join('. ') + '.', fields);
  }
  return r.data;
}

/**
 * `GET /api/reps?zip=|address=|lat=&lng=` -> RepLookupResult; `POST /api/call-outcomes` -> Receipt;
 * `GET /api/call-outcomes/stats[?legislatorId=]` -> CallStats for this week.
 * Addresses and coordinates are never logged (request logs carry the path only) nor cached by intermediaries.
 */
export function repRoutes(deps: AppDeps, service = new RepsService(deps)): Hono {
  const app = new Hono();

  app.get('/reps', async (c) => {
    const q = c.req.query();
    const num = (v: string | undefined) => (v === undefined ? undefined : v.trim() === '' ? Number.NaN : Number(v));
    const query = parseQuery(RepLookupQuery, {
      ...(q.zip !== undefined ? { zip: q.zip.trim() } : {}),
      ...(q.address !== undefined ? { address: q.address } : {}),
      ...(q.lat !== undefined ? { lat: num(q.lat) } : {}),
      ...(q.lng !== undefined ? { lng: num(q.lng) } : {}),
    });
    const result = await service.lookup(query);
    c.header('Cache-Control', query.zip !== undefined ? 'public, max-age=3600' : 'no-store');
    return c.json(result);
  });

  app.post('/call-outcomes', async (c) => {
    const outcome = await readJson(c, CallOutcome);
    const known = service.knows(outcome.legislatorId);
    if (known === false || (known === null && !LEGISLATOR_ID.test(outcome.legislatorId))) {
      throw new HttpProblem(400, 'invalid_request', 'Unknown legislator.', [{ path: 'legislatorId', message: 'Unknown legislator' }]);
    }
    const key = c.req.header('idempotency-key');
    if (key !== undefined && (key.length === 0 || key.length > 200)) {
      throw new HttpProblem(400, 'invalid_request', 'Idempotency-Key must be 1 to 200 characters.');
    }
    const receipt = recordCallOutcome(deps.db, outcome, deps.now(), key);
    return c.json(receipt, receipt.status === 'created' ? 201 : 200);
  });

  app.get('/call-outcomes/stats', (c) => {
    const { legislatorId } = parseQuery(CallStatsQuery, c.req.query());
    c.header('Cache-Control', 'no-store');
    return c.json(callStats(deps.db, deps.now(), legislatorId));
  });

  return app;
}
