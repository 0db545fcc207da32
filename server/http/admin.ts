/** The organizer (admin) guard; it documents itself in the contract as the `organizer` bearer scheme. */
import type { MiddlewareHandler } from 'hono';
import { uniqueSymbol } from 'hono-openapi';
import { createHash, timingSafeEqual } from 'node:crypto';
import { errorResponse } from './describe.js';
import { apiError } from './problem.js';

export const ORGANIZER_SCHEME = 'organizer';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Organizer endpoints: `Authorization: Bearer <M4A_ADMIN_TOKEN>`, compared in constant time. */
export function requireAdmin(token: string): MiddlewareHandler {
  const expected = digest(token);
  const guard: MiddlewareHandler = async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!given || !timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer');
      return apiError(c, 401, 'unauthorized', 'An organizer token is required: send Authorization: Bearer <token>.');
    }
    return next();
  };
  const spec = {
    tags: [ORGANIZER_SCHEME],
    security: [{ [ORGANIZER_SCHEME]: [] }],
    responses: { 401: errorResponse('An organizer token is required') },
  };
  return Object.assign(guard, { [uniqueSymbol]: { spec } });
}
