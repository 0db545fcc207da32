/**
 * Lighthouse figures for `npm run bench`: the demo home page (all five widgets, the ES-module drop-in, the reference
 * server's own API) audited by the lighthouse npm package with its defaults: mobile emulation and simulated
 * throttling, performance category only. Budget: CLS 0 and a performance score of at least 98.
 *
 * Lighthouse drives its own Chromium over the DevTools protocol (not the Playwright browser of the bench context):
 * started here with `--remote-debugging-port=0` and a throwaway profile, the port read from Chromium's own
 * "DevTools listening on" line. Only loopback is audited. `bench()` returns the figures and prints nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromePath, CHROME_ARGS } from './browser.mjs';

const BUDGET_SCORE = 98;
const BUDGET_CLS = 0;

/** Starts Chromium with a DevTools port chosen by the OS; resolves once the port is known. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'm4a-lighthouse-'));
  const child = spawn(
    await chromePath(),
    [...CHROME_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port in 30 s:\n${err}`)), 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code} before listening:\n${err}`));
    });
  });
  return {
    port,
    async close() {
      if (child.exitCode === null) {
        await new Promise((r) => {
          child.once('exit', r);
          child.kill('SIGTERM');
        });
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const round = (n, digits = 0) => Number(n.toFixed(digits));

/** @param {{ baseUrl: string }} context */
export async function bench({ baseUrl }) {
  const url = `${baseUrl}/`;
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(url)) throw new Error(`lighthouse bench audits loopback only, not ${url}`);
  const chrome = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error('lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audit = (id) => {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`lighthouse audit ${id} has no value`);
      return value;
    };
    const score = round((lhr.categories.performance.score ?? 0) * 100);
    const cls = round(audit('cumulative-layout-shift'), 3);
    const over = [
      ...(score < BUDGET_SCORE ? [`score ${score} < ${BUDGET_SCORE}`] : []),
      ...(cls > BUDGET_CLS ? [`CLS ${cls} > ${BUDGET_CLS}`] : []),
    ];
    return {
      page: '/ (all five widgets), mobile emulation, simulated throttling',
      lighthouseVersion: lhr.lighthouseVersion,
      performanceScore: score,
      cumulativeLayoutShift: cls,
      totalBlockingTimeMs: round(audit('total-blocking-time')),
      largestContentfulPaintMs: round(audit('largest-contentful-paint')),
      firstContentfulPaintMs: round(audit('first-contentful-paint')),
      speedIndexMs: round(audit('speed-index')),
      budget: `CLS ${BUDGET_CLS}, score >= ${BUDGET_SCORE}`,
      budgetOk: over.length === 0,
      ...(over.length ? { overBudget: `OVER BUDGET: ${over.join(', ')}` } : {}),
    };
  } finally {
    await chrome.close();
  }
}
