/**
 * A cluster-wide lease in `leases` (migration 330: name, holder, expires_at as ISO UTC text): whoever holds an
 * unexpired lease runs the job; several instances on one database therefore run it once. Claimed with one
 * conditional upsert (`INSERT … ON CONFLICT DO UPDATE … WHERE`), which SQLite and PostgreSQL both accept as written.
 */
import type { Db } from '../db.js';

/** Claims `name` for `holder` until `now + ttlMs`; true when this holder has it (fresh, expired or its own). */
export function claimLease(db: Db, name: string, holder: string, now: Date, ttlMs: number): boolean {
  const expires = new Date(now.getTime() + ttlMs).toISOString();
  return db.transaction(() => {
    const r = db
      .prepare(
        `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.expires_at <= ? OR leases.holder = excluded.holder`,
      )
      .run(name, holder, expires, now.toISOString());
    return r.changes === 1;
  })();
}

/** Gives the lease back at once (only its holder can). */
export function releaseLease(db: Db, name: string, holder: string, now: Date): void {
  db.prepare('UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ?').run(now.toISOString(), name, holder);
}
