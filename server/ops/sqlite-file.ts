/** What backup and restore both check in an SQLite file: that it is sound, and how many rows each table holds. */
import Database from 'better-sqlite3';

export function inspect(file: string): { ok: boolean; problem?: string; counts: Record<string, number> } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
    const ok = check.length === 1 && check[0] === 'ok';
    return { ok, ...(ok ? {} : { problem: check.slice(0, 5).join('; ') }), counts };
  } finally {
    db.close();
  }
}

export const countsLine = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
