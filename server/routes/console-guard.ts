/**
 * The console's HTTP rules, for every `/api/console` route: the session cookie (HttpOnly, SameSite=Strict, Path=/,
 * Secure over HTTPS) resumed into `c.var.session`; on every state change the Origin must be this server's and the
 * `X-CSRF-Token` header must match the session's token (before sign-in: the double-submit cookie's); `requireRole`
 * answers 401 to a signed-out request and 403 to a role that is too low. The guard documents itself in the contract
 * as the `console` cookie scheme.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { uniqueSymbol } from 'hono-openapi';
import { timingSafeEqual } from 'node:crypto';
import type { AppDeps } from '../deps.js';
import { Forbidden, Unauthenticated } from '../errors.js';
import { allows, type Role } from '../accounts/roles.js';
import { resumeSession, type OpenSession } from '../accounts/sessions.js';
import { totpRequired } from '../accounts/service.js';
import { newToken } from '../accounts/tokens.js';
import { errorResponse } from '../http/describe.js';

export const CONSOLE_SCHEME = 'console';
export const SESSION_COOKIE = 'm4a_console';
export const CSRF_COOKIE = 'm4a_console_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export type ConsoleEnv = { Variables: { session: OpenSession | undefined } };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function isHttps(c: Context, deps: AppDeps): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto') === 'https' ||
    (deps.config.M4A_PUBLIC_URL ?? '').startsWith('https:')
  );
}

function cookieOptions(c: Context, deps: AppDeps) {
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c, deps) } as const;
}

export function setSessionCookie(c: Context, deps: AppDeps, token: string): void {
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, deps));
}

export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c, deps));
}

/** The CSRF token a page signed out must echo: a random value in its own HttpOnly cookie, made on first need. */
export function signedOutCsrf(c: Context, deps: AppDeps): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && existing.length >= 32) return existing;
  const token = newToken();
  setCookie(c, CSRF_COOKIE, token, cookieOptions(c, deps));
  return token;
}

/** The TCP peer (sign-in throttling): forwarded-for headers are ignored, any client can forge them. */
export function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function sameOrigin(c: Context, deps: AppDeps): boolean {
  const origin = c.req.header('origin');
  if (!origin) return c.req.header('sec-fetch-site') === 'same-origin';
  if (origin === 'null') return false;
  const publicUrl = deps.config.M4A_PUBLIC_URL;
  if (publicUrl && new URL(publicUrl).origin === origin) return true;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/** Resumes the session and refuses cross-site or token-less state changes, before any console handler runs. */
export function consoleGuard(deps: AppDeps): MiddlewareHandler<ConsoleEnv> {
  const limits = { idleMs: deps.config.M4A_SESSION_IDLE_MS, maxMs: deps.config.M4A_SESSION_MAX_MS };
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await resumeSession(deps.database.kysely, token, deps.now().getTime(), limits) : undefined;
    if (token && !session) clearSessionCookie(c, deps);
    c.set('session', session);
    if (!SAFE.has(c.req.method)) {
      if (!sameOrigin(c, deps))
        throw new Forbidden('cross_site', 'Refused: this request did not come from the console.');
      const expected = session?.csrf ?? getCookie(c, CSRF_COOKIE);
      const given = c.req.header(CSRF_HEADER) ?? '';
      if (!expected || !same(given, expected)) {
        // The page's token belonged to a session that has ended since: say so, so the page asks to sign in again.
        if (token && !session) throw new Unauthenticated('signed_out', 'Your session ended. Sign in again.');
        throw new Forbidden('csrf', 'Refused: the page is out of date. Reload it and try again.');
      }
    }
    await next();
  };
}

/**
 * 401 without a live session, 403 below `role`. With the owner's "require a second factor" on, an account
 * without one may only reach the routes marked `enrolment` (who am I, enrolling, signing out).
 */
export function requireRole(
  deps: AppDeps,
  role: Role,
  options: { enrolment?: boolean } = {},
): MiddlewareHandler<ConsoleEnv> {
  const guard: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
    const session = c.var.session;
    if (!session) throw new Unauthenticated('signed_out', 'Sign in to the console first (or your session ended).');
    if (!allows(session.user.role as Role, role)) {
      throw new Forbidden('forbidden', `This needs the ${role} role or higher.`);
    }
    if (!options.enrolment && !session.user.totp_secret && (await totpRequired(deps.database))) {
      throw new Forbidden('second_factor_required', 'Set up an authenticator app first: the owner requires it.');
    }
    await next();
  };
  const spec = {
    tags: [CONSOLE_SCHEME],
    security: [{ [CONSOLE_SCHEME]: [] }],
    responses: {
      401: errorResponse('Signed out or session ended'),
      403: errorResponse('Role too low, or a cross-site request'),
    },
  };
  return Object.assign(guard, { [uniqueSymbol]: { spec } });
}

/** The signed-in session in a handler behind requireRole. */
export const sessionOf = (c: Context<ConsoleEnv>): OpenSession => c.var.session!;
