/** Server processes on one PostgreSQL for the cluster test: started, SIGKILLed and restarted by the test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    s.on('error', reject);
  });
}

export const ADMIN_TOKEN = 'cluster-admin-token-0123456789';

/** A new, empty database beside the one the test URL names; returns its URL. */
export async function freshDatabase(url: string): Promise<string> {
  const name = `m4a_cluster_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

export interface Instance {
  readonly url: string;
  /** Resolves once the server prints its address (it has migrated and listens). */
  start(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function instance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), 'm4a-cluster-'));
  let child: ChildProcess | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    start() {
      const proc = spawn(process.execPath, ['--conditions=m4a-source', '--import', 'tsx', 'server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          M4A_LOG: 'silent',
          M4A_ADMIN_TOKEN: ADMIN_TOKEN,
          M4A_SEED_DEMO: '0',
          M4A_DB: join(scratch, 'reps.sqlite'),
          // No reference data: each instance would otherwise import it at start, which is not under test here.
          M4A_REPS_DATA: scratch,
          M4A_REPS_REFRESH: 'off',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let output = '';
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start in 60 s:\n${output}`)), 60_000);
        proc.stdout!.on('data', (d) => {
          output += d;
          if (output.includes('demo:')) {
            clearTimeout(timer);
            resolve();
          }
        });
        proc.stderr!.on('data', (d) => (output += d));
        proc.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`exited with ${code}:\n${output}`));
        });
      });
    },
    kill(signal) {
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill(signal);
      });
    },
  };
}
