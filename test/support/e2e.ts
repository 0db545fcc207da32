/**
 * End-to-end support: the reference server started exactly as `npm start` starts it (after the build), on a free
 * loopback port with a throwaway database, and a headless Chromium driven by playwright-core.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain ESM helper without types
import { chromePath, CHROME_ARGS } from '../../scripts/browser.mjs';
// @ts-expect-error plain ESM helper without types
import { startServerProcess } from '../../scripts/server-process.mjs';

export interface RunningServer {
  url: string;
  dbFile: string;
  adminToken: string;
  stop(): Promise<void>;
}

/** `env` adds or overrides server settings (e.g. a higher signup rate limit). */
export function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  return startServerProcess(env);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromePath(), args: CHROME_ARGS, headless: true });
}

/** Collects what the page reports: console errors and warnings, uncaught exceptions, failed requests. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { errors, warnings };
}
