/**
 * Which database the server uses: `DATABASE_URL` (`postgres://…` or `postgresql://…`) selects PostgreSQL; unset or
 * `sqlite:<file>` keeps the embedded SQLite file (`M4A_DB`). Errors name the setting and the problem, never the URL
 * itself, since it carries the password.
 */
export type Engine = 'sqlite' | 'postgres';

export type DatabaseTarget = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** The target named by `DATABASE_URL`, else the SQLite file `sqliteFile`. */
export function databaseTarget(databaseUrl: string | undefined, sqliteFile: string): DatabaseTarget {
  const value = databaseUrl?.trim();
  if (!value) return { engine: 'sqlite', file: sqliteFile };
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new DatabaseUrlError('DATABASE_URL: sqlite: needs a file, e.g. sqlite:.data/m4a.sqlite');
    return { engine: 'sqlite', file };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DatabaseUrlError('DATABASE_URL: not a URL; use postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    const scheme = /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) ? url.protocol : 'an unknown scheme';
    throw new DatabaseUrlError(`DATABASE_URL: ${scheme} is not supported; use postgres:// or sqlite:<file>`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new DatabaseUrlError('DATABASE_URL: no host; use postgres://user:password@host:5432/database');
  }
  if (url.pathname.length <= 1) throw new DatabaseUrlError('DATABASE_URL: no database name after the host');
  if (url.port && !/^\d+$/.test(url.port)) throw new DatabaseUrlError('DATABASE_URL: the port is not a number');
  return { engine: 'postgres', url: value };
}

/** For logs: the engine and where, with any password left out. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === 'sqlite') return `sqlite ${target.file}`;
  const url = new URL(target.url);
  const host = url.hostname || url.searchParams.get('host') || '';
  return `postgres ${url.username ? `${decodeURIComponent(url.username)}@` : ''}${host}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
