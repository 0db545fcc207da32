// What feature benchmarks get: the reference server running the demo on a loopback port (fresh SQLite file, signup
// rate limit lifted so load runs measure the server, not the limiter) and a launched headless Chromium
// (playwright-core). Each bench uses them and returns figures.
import { chromium } from 'playwright-core';
import { chromePath, CHROME_ARGS } from './browser.mjs';
import { startServerProcess } from './server-process.mjs';

export async function startBenchContext() {
  const server = await startServerProcess({ M4A_SIGNUP_RATE: '1000000000' });
  const browser = await chromium.launch({ executablePath: await chromePath(), args: CHROME_ARGS, headless: true });
  return {
    baseUrl: server.url,
    dbFile: server.dbFile,
    adminToken: server.adminToken,
    browser,
    tmpDir: server.tmpDir,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
