/**
 * Queries built and compiled once. Kysely builds and compiles a query on every call, which on the signup path costs
 * more than SQLite takes to run it; a hot query is built here once with a stand-in for each value, and each call
 * only puts the real values where the stand-ins came out (on SQLite the statement itself is prepared once too,
 * server/db/sqlite-statements.ts).
 */
import { createQueryId, type Compilable, type CompiledQuery } from 'kysely';

/** SQL text of every query compiled once, and the name PostgreSQL connections prepare it under. */
const statementNames = new Map<string, string>();

/** The prepared statement's name for a query compiled here (server/db/pg-statements.ts). */
export const statementName = (text: string): string | undefined => statementNames.get(text);

/** Stand-ins, seen only while compiling: unlike any constant a query itself might hold. */
const standIn = (i: number) => `\u0000m4a-value-${i}\u0000`;

/**
 * `build` receives an object whose fields are stand-ins for `names` and must pass each one to Kysely as a value;
 * the returned function fills them in from `values`.
 */
export function compiledOnce<K extends string, T extends Record<K, unknown>, R>(
  names: readonly K[],
  build: (values: T) => Compilable<R>,
): (values: T) => CompiledQuery<R> {
  const index = new Map(names.map((name, i) => [standIn(i), name]));
  const compiled = build(Object.fromEntries(names.map((name, i) => [name, standIn(i)])) as T).compile();
  const order = compiled.parameters.map((p) => {
    const name = typeof p === 'string' ? index.get(p) : undefined;
    if (name === undefined) throw new Error(`compiledOnce: a parameter of ${compiled.sql} is not one of the values`);
    return name;
  });
  const missing = names.filter((name) => !order.includes(name));
  if (missing.length) throw new Error(`compiledOnce: ${missing.join(', ')} did not become parameters`);
  if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `m4a_${statementNames.size}`);
  return (values) => ({ ...compiled, queryId: createQueryId(), parameters: order.map((name) => values[name]) });
}
