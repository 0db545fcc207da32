// The reference server as `npm start` runs it (after the build), in a child process on a free loopback port with a
// throwaway SQLite file: what the end-to-end tests and the benchmarks run against.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * Starts `server/main.ts` and resolves once it prints its demo URL. `env` adds or overrides server settings.
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ url: string, dbFile: string, tmpDir: string, adminToken: string, stop(): Promise<void> }>}
 */
export async function startServerProcess(env = {}) {
  const port = await freePort();
  const tmpDir = mkdtempSync(join(tmpdir(), 'm4a-server-'));
  const dbFile = join(tmpDir, 'm4a.sqlite');
  const adminToken = 'local-admin-token-0123456789';
  const child = spawn(process.execPath, ['--conditions=m4a-source', '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      M4A_DB: dbFile,
      M4A_LOG: 'silent',
      M4A_ADMIN_TOKEN: adminToken,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('demo:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dbFile,
    tmpDir,
    adminToken: env.M4A_ADMIN_TOKEN ?? adminToken,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
