// Playwright configuration for the Role Lanes end-to-end tests.
// Runs the specs in this folder against the release build in dist/ (run `trunk build --release`
// first; scripts/test does), served by a tiny static server on a free local port, in the
// Debian Chromium found on PATH. Run: npx playwright test --config tests/e2e/playwright.config.mjs
import { createServer } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../../dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  throw new Error(`${dist}/index.html is missing: run \`trunk build --release\` first`);
}

// Every spec must take `test` from fixtures.mjs, whose automatic fixture fails a test on any
// page error or console error; Playwright's bare `test` would silently skip that check.
for (const spec of readdirSync(here).filter((f) => f.endsWith('.spec.mjs'))) {
  const source = readFileSync(resolve(here, spec), 'utf8');
  if (/from\s+['"]@playwright\/test['"]/.test(source) || !/from\s+['"]\.\/fixtures\.mjs['"]/.test(source)) {
    throw new Error(`${spec}: import { test, expect } from './fixtures.mjs', not from '@playwright/test'`);
  }
}

// Ask the OS for a free port once; worker processes inherit it through the environment
// (they load this file again and must agree on the server's address).
async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}
if (!process.env.RL_E2E_PORT) process.env.RL_E2E_PORT = String(await freePort());
const port = Number(process.env.RL_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.mjs',
  outputDir: resolve(here, 'test-results'),
  fullyParallel: false,
  workers: Number(process.env.RL_E2E_WORKERS || 1),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: launchOptions(),
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node "${resolve(here, 'static-server.mjs')}" --root "${dist}" --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
