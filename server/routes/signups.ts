import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppDeps } from '../deps.js';
import { describe } from '../http/describe.js';
import { idempotencyKey, type IdempotencyEnv } from '../http/idempotency.js';
import { apiError } from '../http/problem.js';
import { validate } from '../http/validate.js';
import { SIGNUP_HONEYPOT_FIELD, SignupRequest } from 'm4a-widgets/shared/schemas/signup.js';
import { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { signupSettings } from '../signups/settings.js';
import { signupStore, type SpamReason } from '../signups/store.js';
import { destinationsFor } from '../forwarding/destinations.js';
import { announceNewSignup } from '../forwarding/forwarder.js';
import { databaseRateLimitStore } from '../http/rate-limit-store.js';

/**
 * Rate-limit key: the TCP peer address. Forwarded-for headers are ignored because any client can forge them.
 * IPv6 clients usually own a whole /64, so they are counted per /64.
 */
function clientKey(c: Context): string {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    // No Node socket (in-process requests): everyone shares one bucket.
  }
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * `POST /api/signups`: validates with the shared schema, stores once per `Idempotency-Key`, queues forwarding.
 * Bots (honeypot filled, or filled faster than a person can) get the same 201 as people; their row is kept but
 * flagged, because browser autofill can trip both checks and a flagged signup can still be recovered by an organizer.
 */
export function signupRoutes(deps: AppDeps): Hono<IdempotencyEnv> {
  const settings = signupSettings(deps.config);
  const destinations = destinationsFor(settings).map((d) => d.name);
  const store = signupStore(deps.database);
  const app = new Hono<IdempotencyEnv>();

  const limiter = rateLimiter({
    windowMs: settings.rateLimit.windowMs,
    limit: settings.rateLimit.limit,
    standardHeaders: 'draft-6',
    keyGenerator: clientKey,
    store: databaseRateLimitStore(deps.database, settings.rateLimit.windowMs, 'signups'),
    // The limiter has already set Retry-After (seconds until this client's window resets). The widget on a
    // partner's site reads it cross-origin, which CORS allows only for headers the response exposes.
    handler: (c) => {
      c.header('Access-Control-Expose-Headers', 'Retry-After');
      return apiError(
        c,
        429,
        'rate_limited',
        'Too many signups from this network. Try again after Retry-After seconds.',
      );
    },
  });

  app.post(
    '/',
    describe({ summary: 'Store a volunteer signup', status: 201, response: Receipt, failures: [429] }),
    limiter,
    // A retry of a stored signup gets its first receipt, even one that would not pass validation (rules changed).
    idempotencyKey({
      replay: async (key) => {
        const id = await store.idForKey(key);
        return id ? { id, status: 'duplicate' } : undefined;
      },
    }),
    validate('json', SignupRequest),
    async (c) => {
      const key = c.var.idempotencyKey;
      const signup = c.req.valid('json');
      let spamReason: SpamReason | null = null;
      if (signup[SIGNUP_HONEYPOT_FIELD]) spamReason = 'honeypot';
      else if (signup.elapsedMs < settings.minFillMs) spamReason = 'too-fast';

      const received = { idempotencyKey: key, signup, receivedAt: deps.now(), spamReason, destinations };
      const { id, created } = await store.insert(received);
      if (!created) return c.json({ id, status: 'duplicate' } satisfies Receipt, 200);
      if (spamReason) deps.log.warn('signup flagged as spam', { id, reason: spamReason });
      else if (destinations.length > 0) announceNewSignup(deps.database);
      return c.json({ id, status: 'created' } satisfies Receipt, 201);
    },
  );
  return app;
}
