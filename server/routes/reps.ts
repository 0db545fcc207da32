import { Hono, type Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { idempotencyKey, type IdempotencyEnv } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import {
  CallOutcome,
  CallStats,
  CallStatsQuery,
  RepLookupQuery,
  RepLookupResult,
} from 'm4a-widgets/shared/schemas/representative.js';
import { RepsService } from '../reps/service.js';
import { callStats } from '../reps/calls.js';
import { WriteOutcome, WriteStats, WriteStatsQuery } from 'm4a-widgets/shared/schemas/letters.js';
import { writeStats } from '../reps/letters.js';

/** Query strings carry text: a ZIP is trimmed, coordinates become numbers (blank ones NaN: the schema names them). */
function lookupQuery(c: Context) {
  const q = c.req.query();
  const num = (v: string | undefined) => (v === undefined ? undefined : v.trim() === '' ? Number.NaN : Number(v));
  return {
    ...(q.zip !== undefined ? { zip: q.zip.trim() } : {}),
    ...(q.address !== undefined ? { address: q.address } : {}),
    ...(q.lat !== undefined ? { lat: num(q.lat) } : {}),
    ...(q.lng !== undefined ? { lng: num(q.lng) } : {}),
  };
}

/**
 * `GET /api/reps?zip=|address=|lat=&lng=` -> RepLookupResult; `POST /api/call-outcomes` -> Receipt;
 * `GET /api/call-outcomes/stats[?legislatorId=]` -> CallStats for this week; `POST /api/write-outcomes` -> Receipt;
 * `GET /api/write-outcomes/stats[?targetId=]` -> WriteStats (letters sent this week).
 * Addresses and coordinates are never logged (request logs carry the path only) nor cached by intermediaries.
 */
export function repRoutes(deps: AppDeps, service = new RepsService(deps)): Hono<IdempotencyEnv> {
  const app = new Hono<IdempotencyEnv>();

  app.get(
    '/reps',
    describe({
      summary: 'Legislators for a ZIP, an address or a point, with stances',
      response: RepLookupResult,
      failures: [503],
    }),
    validate('query', RepLookupQuery, { read: lookupQuery }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await service.lookup(query);
      c.header('Cache-Control', query.zip !== undefined ? 'public, max-age=3600' : 'no-store');
      return c.json(result);
    },
  );

  app.post(
    '/call-outcomes',
    describe({ summary: 'Record how a call went (no visitor data)', status: 201, response: Receipt }),
    idempotencyKey(),
    validate('json', CallOutcome),
    async (c) => {
      const receipt = await service.recordCall(c.req.valid('json'), c.var.idempotencyKey);
      return c.json(receipt, receipt.status === 'created' ? 201 : 200);
    },
  );

  app.get(
    '/call-outcomes/stats',
    describe({ summary: 'Calls recorded this week', response: CallStats }),
    validate('query', CallStatsQuery),
    async (c) => {
      const { legislatorId } = c.req.valid('query');
      const stats = await callStats(deps.database, deps.now(), legislatorId);
      c.header('Cache-Control', 'no-store');
      return c.json(stats);
    },
  );

  app.post(
    '/write-outcomes',
    describe({
      summary: 'Record a letter written to an office (never its text, no visitor data)',
      status: 201,
      response: Receipt,
    }),
    idempotencyKey(),
    validate('json', WriteOutcome),
    async (c) => {
      const receipt = await service.recordWrite(c.req.valid('json'), c.var.idempotencyKey);
      return c.json(receipt, receipt.status === 'created' ? 201 : 200);
    },
  );

  app.get(
    '/write-outcomes/stats',
    describe({ summary: 'Letters reported sent this week', response: WriteStats }),
    validate('query', WriteStatsQuery),
    async (c) => {
      const { targetId } = c.req.valid('query');
      const stats = await writeStats(deps.database, deps.now(), targetId);
      c.header('Cache-Control', 'no-store');
      return c.json(stats);
    },
  );

  return app;
}
