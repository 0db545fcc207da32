// What feature benchmarks get: the reference server running the demo on a loopback port (fresh SQLite file) and a
// launched headless Chromium (playwright-core). Each bench uses them and returns figures.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, CHROME_ARGS } from './browser.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

export async function startBenchContext() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'm4a-bench-'));
  const adminToken = 'bench-admin-token-0123456789';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', M4A_DB: join(dir, 'm4a.sqlite'), M4A_LOG: 'silent', M4A_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('demo:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  const browser = await chromium.launch({ executablePath: await chromePath(), args: CHROME_ARGS, headless: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dbFile: join(dir, 'm4a.sqlite'),
    adminToken,
    browser,
    tmpDir: dir,
    async close() {
      await browser.close();
      await new Promise((r) => {
        child.once('exit', r);
        child.kill('SIGTERM');
      });
    },
  };
}
