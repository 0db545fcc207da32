// Browser tests: real headless Chromium, TypeScript through esbuild with the project's tsconfig (decorators).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromePath, CHROME_ARGS } from './scripts/browser.mjs';
import { defaultReporter } from '@web/test-runner';
import { fakeBackends } from './test/support/fake-backends.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/shared/**', '!test/e2e/**', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames in headless Chromium, and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  middleware: [fakeBackends],
  reporters: [
    defaultReporter(),
    ...(process.env.M4A_TEST_SUMMARY ? [summaryReporter(process.env.M4A_TEST_SUMMARY)] : []),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: await chromePath(), args: CHROME_ARGS, headless: true } }),
  ],
};
