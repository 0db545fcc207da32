/**
 * The PostgreSQL pool as Kysely's dialect sees it, with the hot queries (server/db/prepared.ts) as named prepared
 * statements: each connection parses and plans such a query once instead of on every call, which is most of what
 * the database spends on a small insert. Every other query goes through unnamed, as before.
 */
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { statementName } from './prepared.js';

export function namedStatements(pool: pg.Pool): PostgresPool {
  const wrap = (client: pg.PoolClient): PostgresPoolClient =>
    ({
      query(text: unknown, values?: unknown[]) {
        const name = typeof text === 'string' ? statementName(text) : undefined;
        if (name) return client.query({ name, text: text as string, values });
        return (client.query as (a: unknown, b?: unknown[]) => unknown)(text, values);
      },
      release: (destroy?: boolean) => client.release(destroy),
    }) as PostgresPoolClient;
  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() };
}
