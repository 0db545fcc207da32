/** Mounted under `/api/console`: accounts, invites, settings and the audit log, for owners only. */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { Conflict } from '../errors.js';
import { validate } from '../http/validate.js';
import { auditPage } from '../accounts/audit.js';
import { pendingInvites } from '../accounts/links.js';
import { ROLES } from '../accounts/roles.js';
import { changeAccount, createInvite, setTotpRequired, totpRequired } from '../accounts/service.js';
import { removeTotp } from '../accounts/second-factor.js';
import { INVITE_LINK_MS } from '../accounts/settings.js';
import { listUsers } from '../accounts/users.js';
import { requireRole, sessionOf, type ConsoleEnv } from './console-guard.js';
import {
  AccountList,
  AuditPage,
  ConsoleOk,
  ConsoleSettings,
  ConsoleUser,
  InviteLink,
} from 'm4a-widgets/shared/schemas/console.js';

const TAGS = ['console'];
const Id = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

/** The invite link as the owner passes it on: the console page with the token in its fragment (never sent in a URL). */
export function consoleLink(deps: AppDeps, origin: string, kind: 'setup' | 'invite', token: string): string {
  const base = deps.config.M4A_PUBLIC_URL ?? origin;
  return new URL(`/console/#${kind}=${token}`, base).toString();
}

export function consoleAccountRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const db = deps.database;
  const owner = requireRole(deps, 'owner');

  app.get(
    '/accounts',
    describe({ summary: 'Every console account and the invites not yet used', tags: TAGS, response: AccountList }),
    owner,
    async (c) =>
      c.json({ accounts: await listUsers(db.kysely), invites: await pendingInvites(db.kysely, deps.now().getTime()) }),
  );

  app.post(
    '/accounts/invites',
    describe({
      summary: 'A one-time invite link (7 days) for an account of a role',
      tags: TAGS,
      status: 201,
      response: InviteLink,
    }),
    owner,
    validate('json', z.object({ role: z.enum(ROLES) })),
    async (c) => {
      const link = await createInvite(db, sessionOf(c).user.id, c.req.valid('json').role, deps.now(), INVITE_LINK_MS);
      return c.json(
        { url: consoleLink(deps, new URL(c.req.url).origin, 'invite', link.token), expiresAt: link.expiresAt },
        201,
      );
    },
  );

  const Change = z.object({ role: z.optional(z.enum(ROLES)), disabled: z.optional(z.boolean()) });
  app.patch(
    '/accounts/:id',
    describe({
      summary: 'Change an account’s role, or disable/enable it (its sessions end)',
      tags: TAGS,
      response: ConsoleUser,
      failures: [404, 409],
    }),
    owner,
    validate('param', Id),
    validate('json', Change),
    async (c) =>
      c.json(await changeAccount(db, sessionOf(c).user.id, c.req.valid('param').id, c.req.valid('json'), deps.now())),
  );

  app.delete(
    '/accounts/:id/totp',
    describe({
      summary: 'Reset an account’s authenticator (a lost phone)',
      tags: TAGS,
      response: ConsoleOk,
    }),
    owner,
    validate('param', Id),
    async (c) => {
      await removeTotp(db, sessionOf(c).user.id, c.req.valid('param').id, deps.now());
      return c.json({ ok: true });
    },
  );

  const Settings = ConsoleSettings;
  app.get('/settings', describe({ summary: 'Console settings', tags: TAGS, response: Settings }), owner, async (c) =>
    c.json({ requireSecondFactor: await totpRequired(db) }),
  );
  app.put(
    '/settings',
    describe({ summary: 'Change console settings', tags: TAGS, response: Settings, failures: [409] }),
    owner,
    validate('json', Settings),
    async (c) => {
      const { requireSecondFactor } = c.req.valid('json');
      // Requiring what one lacks would leave the owner only the enrolment page.
      if (requireSecondFactor && !sessionOf(c).user.totp_secret) {
        throw new Conflict('second_factor_missing', 'Set up your own authenticator app before requiring one.');
      }
      await setTotpRequired(db, sessionOf(c).user.id, requireSecondFactor, deps.now());
      return c.json({ requireSecondFactor });
    },
  );

  const AuditQuery = z.object({
    before: z.optional(z.string().check(z.maxLength(64))),
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 100),
  });
  app.get(
    '/audit',
    describe({ summary: 'The audit log, newest first (no personal data in it)', tags: TAGS, response: AuditPage }),
    owner,
    validate('query', AuditQuery),
    async (c) => {
      const { before, limit } = c.req.valid('query');
      return c.json({ entries: await auditPage(db.kysely, limit, before) });
    },
  );
  return app;
}
