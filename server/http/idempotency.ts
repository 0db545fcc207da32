/**
 * The contract's rule for every write a client may retry (signups, RSVPs, call outcomes): an `Idempotency-Key`
 * header, unique per submission and reused on every retry, so the server stores it once. The middleware checks the
 * key, hands it to the handler as `c.var.idempotencyKey`, and documents the header in the generated contract.
 */
import type { MiddlewareHandler } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import { Receipt } from 'm4a-widgets/shared/schemas/common.js';
import { InvalidInput } from '../errors.js';

/** Printable ASCII without spaces, so keys survive any proxy and log line unchanged. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

export type IdempotencyEnv = { Variables: { idempotencyKey: string } };

export interface IdempotencyOptions {
  /** The receipt of a write already stored under this key: answered when the request would be refused as invalid. */
  replay?: (key: string) => Promise<Receipt | undefined>;
}

const HEADER = 'Idempotency-Key';
const MESSAGE = `Send an ${HEADER} header of 8 to 128 printable characters, e.g. a random UUID.`;

export function idempotencyKey(options: IdempotencyOptions = {}): MiddlewareHandler<IdempotencyEnv> {
  const middleware: MiddlewareHandler<IdempotencyEnv> = async (c, next) => {
    const key = c.req.header(HEADER) ?? '';
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw new InvalidInput('invalid_idempotency_key', MESSAGE, [{ path: HEADER, message: MESSAGE }]);
    }
    c.set('idempotencyKey', key);
    await next();
    // A write stored under this key is found by the handler's own insert (the key is UNIQUE), without a read
    // first. Only a retry that no longer passes validation (the rules changed since) needs the lookup: it still
    // gets its first receipt.
    if (options.replay && c.error instanceof InvalidInput) {
      const earlier = await options.replay(key);
      if (earlier) c.res = c.json(earlier, 200);
    }
  };
  const spec = {
    parameters: [
      {
        name: HEADER,
        in: 'header',
        required: true,
        description: 'Unique per submission, reused on every retry: the server stores it once.',
        schema: { type: 'string', minLength: 8, maxLength: 128, pattern: IDEMPOTENCY_KEY.source },
      },
    ],
    responses: {
      200: {
        description: 'Duplicate: the key was seen before; nothing new stored',
        content: { 'application/json': { schema: resolver(Receipt, { options: { io: 'output' } }) } },
      },
    },
  };
  return Object.assign(middleware, { [uniqueSymbol]: { spec } });
}
