/**
 * Mounted under `/api/console/people`: the People page. Organizers and owners see, search, export and mark people;
 * only owners delete on request. Viewers get 403 from every route here: they never see personal data.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { audit } from '../accounts/audit.js';
import { signupsCsv } from '../signups/export.js';
import { signupSettings } from '../signups/settings.js';
import { destinationsFor } from '../forwarding/destinations.js';
import { announceNewSignup } from '../forwarding/forwarder.js';
import { PeopleQuery, peopleFacets, peopleForExport, peoplePage, personDetail } from '../console/people.js';
import { deletePerson, markSpam } from '../console/deletion.js';
import { requireRole, sessionOf, type ConsoleEnv } from './console-guard.js';
import {
  ConsoleOk,
  DeletionReport,
  PeopleFacets,
  PeoplePage,
  PersonDetail,
} from 'm4a-widgets/shared/schemas/console.js';

const TAGS = ['console'];
const Id = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
const ExportQuery = z.extend(PeopleQuery, { format: z._default(z.enum(['csv', 'json']), 'csv') });

export function consolePeopleRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const db = deps.database;
  const organizer = requireRole(deps, 'organizer');

  app.get(
    '/',
    describe({ summary: 'People: signups searched, filtered and paged (cursor)', tags: TAGS, response: PeoplePage }),
    organizer,
    validate('query', PeopleQuery),
    async (c) => c.json(await peoplePage(db, c.req.valid('query'))),
  );

  const facetsDoc = describe({ summary: 'Sources seen, for the People filters', tags: TAGS, response: PeopleFacets });
  app.get('/facets', facetsDoc, organizer, async (c) => c.json(await peopleFacets(db)));

  app.get(
    '/export',
    describe({ summary: 'Export the current filter as CSV (formula-escaped) or JSON', media: 'text/csv', tags: TAGS }),
    organizer,
    validate('query', ExportQuery),
    async (c) => {
      const query = c.req.valid('query');
      const records = await peopleForExport(db, query);
      const now = deps.now();
      await audit(db.kysely, now, {
        actor: sessionOf(c).user.id,
        action: 'export',
        detail: {
          format: query.format,
          count: records.length,
          spam: query.spam,
          filtered: Boolean(query.q || query.from || query.to || query.source),
        },
      });
      c.header(
        'Content-Disposition',
        `attachment; filename="people-${now.toISOString().slice(0, 10)}.${query.format}"`,
      );
      if (query.format === 'json') return c.json({ count: records.length, signups: records });
      return c.body(signupsCsv(records), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    },
  );

  app.get(
    '/:id',
    describe({
      summary: 'One person: attribution and forwarding per destination',
      tags: TAGS,
      response: PersonDetail,
      failures: [404],
    }),
    organizer,
    validate('param', Id),
    async (c) => c.json(await personDetail(db, c.req.valid('param').id)),
  );

  app.post(
    '/:id/spam',
    describe({
      summary: 'Mark a person as spam or not',
      tags: TAGS,
      response: ConsoleOk,
      failures: [404],
    }),
    organizer,
    validate('param', Id),
    validate('json', z.object({ spam: z.boolean() })),
    async (c) => {
      const names = destinationsFor(signupSettings(deps.config)).map((d) => d.name);
      await markSpam(db, sessionOf(c).user.id, c.req.valid('param').id, c.req.valid('json').spam, names, deps.now());
      if (!c.req.valid('json').spam) announceNewSignup(db);
      return c.json({ ok: true });
    },
  );

  app.delete(
    '/:id',
    describe({
      summary: 'Delete a person on request (owner): signups, RSVPs, queued forwards',
      tags: TAGS,
      response: DeletionReport,
      failures: [404],
    }),
    requireRole(deps, 'owner'),
    validate('param', Id),
    async (c) => c.json(await deletePerson(db, sessionOf(c).user.id, c.req.valid('param').id, deps.now())),
  );
  return app;
}
