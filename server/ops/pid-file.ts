/**
 * `<sqlite file>.pid`: written by a server while it has the file open, removed when it stops. `npm run restore`
 * refuses to replace a file whose server is alive. A file left by a crash names a process that is gone: ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export const pidFileOf = (dbFile: string) => `${dbFile}.pid`;

export function writePidFile(dbFile: string): () => void {
  const file = pidFileOf(dbFile);
  writeFileSync(file, `${process.pid}\n`);
  return () => rmSync(file, { force: true });
}

/** The pid of a live server holding the file, or null. */
export function runningServer(dbFile: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFileOf(dbFile), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive, but another user's.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
