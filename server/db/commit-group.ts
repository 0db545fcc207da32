/**
 * Durable SQLite writes that share one commit. With `synchronous = FULL` every commit waits for the disk (an fsync
 * of the WAL) and better-sqlite3 blocks the process meanwhile, so on a busy disk that wait, not the work, sets how
 * many signups a second one file takes. Writes that arrive together (in one turn of the event loop) therefore run
 * one after the other inside one IMMEDIATE transaction, each in its own savepoint, and are committed once: each
 * write is still all-or-nothing on its own (a failing one undoes only itself), and each caller's promise settles
 * only after the commit, so nothing is acknowledged before it is on disk. PostgreSQL groups commits itself:
 * there a write is simply its own transaction.
 */
import { sql } from 'kysely';
import { transaction, type Db, type Q } from './index.js';

/** Writes per commit at most: one turn of the loop rarely brings more, and a group holds the connection. */
const MAX_GROUP = 256;

interface Pending {
  fn: (q: Q) => Promise<unknown>;
  settle: (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;
}

const queues = new WeakMap<Db, Pending[]>();

async function commitGroup(db: Db, group: Pending[]) {
  const outcomes = await db.kysely
    .connection()
    .execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      const done = [];
      try {
        for (const { fn } of group) {
          await sql`SAVEPOINT m4a_write`.execute(conn);
          try {
            done.push({ ok: true as const, value: await fn(conn) });
          } catch (error) {
            await sql`ROLLBACK TO m4a_write`.execute(conn);
            done.push({ ok: false as const, error });
          }
          await sql`RELEASE m4a_write`.execute(conn);
        }
        await sql`COMMIT`.execute(conn);
      } catch (error) {
        await sql`ROLLBACK`.execute(conn).catch(() => undefined);
        throw error;
      }
      return done;
    })
    .catch((error: unknown) => group.map(() => ({ ok: false as const, error })));
  group.forEach((p, i) => p.settle(outcomes[i]!));
}

function drain(db: Db, queue: Pending[]) {
  setImmediate(() => {
    const group = queue.splice(0, MAX_GROUP);
    void commitGroup(db, group).finally(() => {
      if (queue.length > 0) drain(db, queue);
      else queues.delete(db);
    });
  });
}

/**
 * Runs `fn` atomically and resolves once it is committed: in a transaction of its own on PostgreSQL, in a savepoint
 * of a commit shared with the writes arriving at the same time on SQLite.
 */
export function groupedWrite<T>(db: Db, fn: (q: Q) => Promise<T>): Promise<T> {
  if (db.engine === 'postgres') return transaction(db, fn);
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queues.set(db, (queue = []));
      drain(db, queue);
    }
    queue.push({ fn, settle: (o) => (o.ok ? resolve(o.value as T) : reject(o.error)) });
  });
}
