// Finds a Chromium for tests, benches and e2e: CHROME_PATH, else a system Chrome/Chromium, else the binary shipped
// by the npm package @sparticuz/chromium (Linux x64), else one line saying how to provide a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that let Chromium run as root in a container and keep it off the network. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--mute-audio',
];

let cached;
export async function chromePath() {
  if (cached) return cached;
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    return (cached = process.env.CHROME_PATH);
  }
  for (const p of SYSTEM) if (existsSync(p)) return (cached = p);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return (cached = p);
    } catch {
      /* not on PATH */
    }
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      return (cached = await chromium.executablePath());
    } catch {
      /* package missing */
    }
  }
  throw new Error(
    'No Chromium found: install Chrome or Chromium (e.g. apt-get install chromium) or set CHROME_PATH=/path/to/chrome',
  );
}
