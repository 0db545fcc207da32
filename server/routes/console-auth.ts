/**
 * Mounted under `/api/console`: who is signed in, the setup and invite links, sign-in and sign-out, the account's
 * own password and second factor.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { apiError } from '../http/problem.js';
import { transaction } from '../db/index.js';
import { audit } from '../accounts/audit.js';
import { endSession } from '../accounts/sessions.js';
import { acceptLink, changePassword, describeLink, signIn, totpRequired } from '../accounts/service.js';
import { confirmTotp, removeTotp, startTotp } from '../accounts/second-factor.js';
import { MAX_PASSWORD_LENGTH } from '../accounts/passwords.js';
import {
  ConsoleLink,
  ConsoleOk as OK,
  ConsoleSession as SessionAnswer,
  TotpEnrolment,
} from 'm4a-widgets/shared/schemas/console.js';
import { publicUser } from '../accounts/users.js';
import {
  clearSessionCookie,
  peerAddress,
  requireRole,
  sessionOf,
  setSessionCookie,
  signedOutCsrf,
  type ConsoleEnv,
} from './console-guard.js';

const Email = z.string().check(z.trim(), z.email('Type an email address like name@example.org.'), z.maxLength(254));
const Password = z.string().check(z.maxLength(MAX_PASSWORD_LENGTH));
const Token = z.object({ token: z.string().check(z.minLength(20), z.maxLength(100)) });
const Code = z.string().check(z.regex(/^\d{6}$/, 'Type the 6 digits your authenticator app shows.'));

export function consoleAuthRoutes(deps: AppDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const db = deps.database;

  const sessionDoc = describe({
    summary: 'The signed-in account (or none) and the CSRF token to send',
    tags: ['console'],
    response: SessionAnswer,
  });
  app.get('/session', sessionDoc, async (c) => {
    const session = c.var.session;
    return c.json({
      user: session ? publicUser(session.user) : null,
      csrf: session?.csrf ?? signedOutCsrf(c, deps),
      secondFactorRequired: await totpRequired(db),
    });
  });

  const linkDoc = describe({
    summary: 'What a setup or invite link offers (the token travels in the body, never in a logged URL)',
    tags: ['console'],
    response: ConsoleLink,
    failures: [403, 409],
  });
  app.post('/links/check', linkDoc, validate('json', Token), async (c) =>
    c.json(await describeLink(db, c.req.valid('json').token, deps.now())),
  );

  const Accept = z.object({
    token: Token.shape.token,
    email: Email,
    name: z.string().check(z.trim(), z.minLength(1, 'Type your name.'), z.maxLength(100)),
    password: Password,
  });
  const acceptDoc = describe({
    summary: 'Create an account with a setup or invite link, and sign in',
    tags: ['console'],
    status: 201,
    response: SessionAnswer,
    failures: [403, 409],
  });
  app.post('/links/accept', acceptDoc, validate('json', Accept), async (c) => {
    const created = await acceptLink(db, c.req.valid('json'), deps.now());
    setSessionCookie(c, deps, created.token);
    return c.json({ user: created.user, csrf: created.csrf, secondFactorRequired: await totpRequired(db) }, 201);
  });

  const SignIn = z.object({ email: Email, password: Password, code: z.optional(z.string().check(z.maxLength(10))) });
  const signInDoc = describe({
    summary: 'Sign in (password, then the TOTP code when the account has one); throttled per account and address',
    tags: ['console'],
    response: SessionAnswer,
    failures: [401, 403, 429],
  });
  app.post('/sign-in', signInDoc, validate('json', SignIn), async (c) => {
    const body = c.req.valid('json');
    const result = await signIn(db, { ...body, address: peerAddress(c) }, deps.now());
    if (!result.ok && result.reason === 'throttled') {
      c.header('Retry-After', String(Math.ceil(result.retryAfterMs / 1000)));
      return apiError(c, 429, 'throttled', 'Too many failed sign-ins. Wait a few minutes, then try again.');
    }
    if (!result.ok && result.reason === 'totp_required') {
      return apiError(c, 401, 'second_factor', 'Type the 6-digit code from your authenticator app.');
    }
    if (!result.ok) return apiError(c, 401, 'wrong_credentials', 'That email and password do not match an account.');
    setSessionCookie(c, deps, result.token);
    return c.json({ user: result.user, csrf: result.csrf, secondFactorRequired: await totpRequired(db) });
  });

  const signOutDoc = describe({
    summary: 'Sign out: the session ends on every instance',
    tags: ['console'],
    response: OK,
  });
  app.post('/sign-out', signOutDoc, async (c) => {
    const session = c.var.session;
    if (session) {
      await transaction(db, async (q) => {
        await endSession(q, session.tokenHash);
        await audit(q, deps.now(), { actor: session.user.id, action: 'sign-out' });
      });
    }
    clearSessionCookie(c, deps);
    return c.json({ ok: true });
  });

  const PasswordChange = z.object({ current: Password, password: Password });
  const passwordDoc = describe({
    summary: 'Change your password (your other sessions end)',
    tags: ['console'],
    response: OK,
  });
  app.post(
    '/password',
    passwordDoc,
    requireRole(deps, 'viewer', { enrolment: true }),
    validate('json', PasswordChange),
    async (c) => {
      const session = sessionOf(c);
      await changePassword(db, session.user, { ...c.req.valid('json'), keepSession: session.tokenHash }, deps.now());
      return c.json({ ok: true });
    },
  );

  const totpStartDoc = describe({
    summary: 'Start enrolling an authenticator app: its secret and otpauth URI',
    tags: ['console'],
    response: TotpEnrolment,
  });
  app.post('/totp/start', totpStartDoc, requireRole(deps, 'viewer', { enrolment: true }), async (c) =>
    c.json(await startTotp(db, sessionOf(c).user)),
  );

  const totpConfirmDoc = describe({
    summary: 'Confirm the authenticator with a code from it',
    tags: ['console'],
    response: OK,
  });
  app.post(
    '/totp/confirm',
    totpConfirmDoc,
    requireRole(deps, 'viewer', { enrolment: true }),
    validate('json', z.object({ code: Code })),
    async (c) => {
      await confirmTotp(db, sessionOf(c).user.id, c.req.valid('json').code, deps.now());
      return c.json({ ok: true });
    },
  );

  const totpRemoveDoc = describe({
    summary: 'Remove your authenticator',
    tags: ['console'],
    response: OK,
    failures: [409],
  });
  app.delete('/totp', totpRemoveDoc, requireRole(deps, 'viewer'), async (c) => {
    const { user } = sessionOf(c);
    if (await totpRequired(db))
      return apiError(c, 409, 'second_factor_required', 'The owner requires a second factor.');
    await removeTotp(db, user.id, user.id, deps.now());
    return c.json({ ok: true });
  });
  return app;
}
