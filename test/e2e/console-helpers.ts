/**
 * Console end-to-end support: the reference server started as `npm start` starts it (after `npm run build`), its
 * printed setup link read from its output, signups posted through the public API, axe over the page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
// @ts-expect-error plain ESM helper without types
import { freePort } from '../../scripts/server-process.mjs';

export interface ConsoleServer {
  url: string;
  dbFile: string;
  setupLink: string;
  stop(): Promise<void>;
}

export async function startConsoleServer(env: Record<string, string> = {}): Promise<ConsoleServer> {
  const port = (await freePort()) as number;
  const dbFile = join(mkdtempSync(join(tmpdir(), 'm4a-console-')), 'm4a.sqlite');
  const child = spawn(process.execPath, ['--conditions=m4a-source', '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      M4A_DB: dbFile,
      M4A_LOG: 'silent',
      M4A_ADMIN_TOKEN: 'local-admin-token-0123456789',
      M4A_SEED_DEMO: '0',
      M4A_SIGNUP_MIN_FILL_MS: '0',
      M4A_SIGNUP_RATE: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const setupLink = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no setup link in 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const link = /(http:\/\/\S+\/console\/#setup=[\w-]+)/.exec(output);
      if (link) {
        clearTimeout(timer);
        resolve(link[1]!);
      }
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dbFile,
    setupLink,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function postSignup(url: string, overrides: Record<string, unknown> = {}): Promise<void> {
  const body = {
    givenName: 'Ana',
    familyName: 'Muñoz',
    email: 'ana@example.org',
    zip: '53703',
    interests: ['canvass'],
    answers: {},
    emailOptIn: true,
    smsOptIn: false,
    lang: 'en',
    website: '',
    elapsedMs: 42_000,
    submittedAt: new Date().toISOString(),
    attribution: { source: 'pnhp', utm: { campaign: 'fall' } },
    ...overrides,
  };
  const res = await fetch(`${url}/api/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`signup ${res.status}: ${await res.text()}`);
}

export const OWNER = { name: 'Olga Owner', email: 'owner@example.org', password: 'correct horse battery staple' };

/** Fills the account form of a setup or invite link page. */
export async function createAccount(
  page: Page,
  link: string,
  account: { name: string; email: string; password: string },
) {
  await page.goto(link);
  await page.getByLabel(/^(Your name|Su nombre)/).fill(account.name);
  await page.getByLabel(/^(Email|Correo electrónico)/).fill(account.email);
  await page.getByLabel(/^(Password|Contraseña)/).fill(account.password);
  await page.getByRole('button', { name: /Create account|Crear cuenta/ }).click();
  await page.getByRole('navigation').waitFor();
}

export async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/console/`);
  await page.getByLabel(/^(Email|Correo electrónico)/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Iniciar sesión)$/ }).click();
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe (WCAG 2.2 AA) over the whole page: one line per violation and node. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      ).violations,
    WCAG_TAGS,
  )) as Violation[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}
