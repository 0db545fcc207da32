/**
 * Request validation with the shared schemas, as route middleware. Each validator also carries its schema for the
 * contract generator (hono-openapi reads it from the route), so what is checked and what is published are one thing.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import type * as z from 'zod/mini';
import { InvalidInput, parseInput, type DomainError, type InputPlace } from '../errors.js';

type Target = 'json' | 'query' | 'param';

const PLACE: Record<Target, InputPlace> = { json: '(body)', query: '(query)', param: '(path)' };

async function readRaw(c: Context, target: Target): Promise<unknown> {
  if (target === 'query') return c.req.query();
  if (target === 'param') return c.req.param();
  try {
    return await c.req.json();
  } catch {
    throw new InvalidInput('invalid_json', 'The request body is not valid JSON.');
  }
}

export interface ValidateOptions {
  /** Turns the raw request into what the schema parses (e.g. repeated query parameters into arrays). */
  read?: (c: Context) => unknown;
  /** Another error than the 400 (e.g. a 404 for an unknown path parameter). */
  invalid?: (error: InvalidInput, c: Context) => DomainError;
}

/** Validates one part of the request; the handler reads the parsed value with `c.req.valid(target)`. */
export function validate<T extends Target, S extends z.ZodMiniType>(
  target: T,
  schema: S,
  options: ValidateOptions = {},
): MiddlewareHandler<object, string, { out: { [K in T]: z.output<S> } }> {
  const middleware: MiddlewareHandler = async (c, next) => {
    const raw = options.read ? options.read(c) : await readRaw(c, target);
    let value: z.output<S>;
    try {
      value = parseInput(schema, raw, PLACE[target]);
    } catch (err) {
      throw err instanceof InvalidInput && options.invalid ? options.invalid(err, c) : err;
    }
    c.req.addValidatedData(target, value as object);
    await next();
  };
  return Object.assign(middleware, { [uniqueSymbol]: { target, ...resolver(schema) } });
}
