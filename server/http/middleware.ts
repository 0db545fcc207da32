/**
 * Cross-cutting rules of the `/api` routes: one log line per request (method, path, status: never the query
 * string, which can hold an address), CORS for the configured origins, a body size limit, security headers.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { ServerConfig } from '../config.js';
import type { Logger } from '../log.js';
import { apiError } from './problem.js';

export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}

export function apiGuards(config: ServerConfig): MiddlewareHandler[] {
  const allowAny = config.M4A_CORS_ORIGINS.includes('*');
  return [
    cors({
      origin: (origin) => (allowAny || config.M4A_CORS_ORIGINS.includes(origin) ? origin : null),
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
    bodyLimit({
      maxSize: config.M4A_BODY_LIMIT,
      onError: (c) =>
        apiError(c, 413, 'body_too_large', `The request body is larger than ${config.M4A_BODY_LIMIT} bytes.`),
    }),
    secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }),
  ];
}
