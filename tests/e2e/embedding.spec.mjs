// Embedding, first part: `role-lanes.js` is the one file a page includes, from any folder or
// host, and both it and the stand-alone page run under the strict Content-Security-Policy of
// locked-down intranets, with no violation.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { card, expectCardIn, keyboardMove, lane, mouseDrag, waitForBoard } from './helpers.mjs';
import { startServer } from './static-server.mjs';

const dist = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist');

/** No inline script or style anywhere, as locked-down intranets enforce it. */
const STRICT_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** Records every Content-Security-Policy violation the page reports, from its first moment. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return () => page.evaluate(() => window.__violations);
}

test('the stand-alone page works under a strict Content-Security-Policy, with no violation', async ({ page }) => {
  const server = await startServer({ root: dist, headers: { 'content-security-policy': STRICT_POLICY } });
  try {
    const violations = await recordViolations(page);
    await page.goto(server.url);
    await waitForBoard(page);
    await mouseDrag(page, card(page, 'pmm', 'pricing-strategy'), lane(page, 'pdm'));
    await expectCardIn(page, 'pricing-strategy', ['pdm']);
    await keyboardMove(page, card(page, 'pdm', 'vision-setting'), ['ArrowLeft']);
    await expectCardIn(page, 'vision-setting', ['pm']);
    await expect(page.locator('.rl-warnings')).toContainText('Pricing Strategy');
    // The file-formats module loads on demand from the same folder: an export fetches it.
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON file/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.reload();
    await waitForBoard(page);
    await expectCardIn(page, 'pricing-strategy', ['pdm']);
    expect(await violations()).toEqual([]);
  } finally {
    await server.close();
  }
});

test('role-lanes.js mounts the widget on a page of another host, with its stylesheet', async ({ page }) => {
  // The widget's files on one server (which allows other origins to load them), and an
  // ordinary page on another that includes the one script by its full address.
  const widget = await startServer({ root: dist, headers: { 'access-control-allow-origin': '*' } });
  const folder = mkdtempSync(join(tmpdir(), 'role-lanes-host-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team wiki</title><link rel="icon" href="data:,">
<script type="module" src="${widget.url}role-lanes.js"></script></head>
<body><h1>Who does what</h1><div data-role-lanes data-namespace="wiki"></div></body></html>`,
  );
  const host = await startServer({ root: folder, headers: { 'content-security-policy': STRICT_POLICY.replaceAll("'self'", `'self' ${widget.url.slice(0, -1)}`) } });
  try {
    const violations = await recordViolations(page);
    await page.goto(host.url);
    await waitForBoard(page);
    await expect(page.locator('[data-role-lanes] [data-lane]')).toHaveCount(4);
    // The widget's own stylesheet was linked: its lanes sit side by side in a grid.
    await expect(page.locator('[data-role-lanes] .rl-board')).toHaveCSS('display', 'grid');
    expect(await page.locator(`link[rel="stylesheet"][href^="${widget.url}"]`).count()).toBe(1);
    await mouseDrag(page, card(page, 'pmm', 'pricing-strategy'), lane(page, 'pdm'));
    await expectCardIn(page, 'pricing-strategy', ['pdm']);
    // Its layout is saved under its own namespace, on the host page's origin.
    const saved = await page.evaluate(() => Object.keys(localStorage));
    expect(saved.some((key) => key.startsWith('role-lanes/wiki/'))).toBe(true);
    expect(await violations()).toEqual([]);
  } finally {
    await host.close();
    await widget.close();
  }
});
