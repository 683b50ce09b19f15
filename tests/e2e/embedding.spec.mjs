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

test('role-lanes.js mounts the widget on a page of another host, styled in its shadow root', async ({ page }) => {
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
    // The widget's stylesheet, fetched from beside the script, styles it in its shadow root
    // (its lanes sit side by side in a grid), and is not among the page's.
    await expect(page.locator('[data-role-lanes] .rl-board')).toHaveCSS('display', 'grid');
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(0);
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

// ---- the wiki page of examples/intranet, served from the release folder at /intranet/ --------

const AGREED = '[data-namespace="wiki-agreed"]';
const DRAFT = '[data-namespace="wiki-draft"]';

/** What the eye sees of an element: type, spacing, colours and list markers. */
const LOOKS = ['fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textAlign', 'whiteSpace', 'color', 'backgroundColor', 'paddingTop', 'paddingLeft', 'marginTop',
  'marginBottom', 'borderTopWidth', 'borderTopColor', 'borderTopLeftRadius', 'listStyleType', 'boxSizing', 'position',
  'transitionDuration'];

/** The computed looks of the first match of each selector, in the document or in a widget's shadow root. */
function looksOf(page, selectors, widget = null) {
  return page.evaluate(
    ([selectors, widget, props]) => {
      const root = widget ? document.querySelector(widget).shadowRoot : document;
      return Object.fromEntries(
        selectors.map((selector) => {
          const element = root.querySelector(selector);
          if (!element) return [selector, null];
          const style = getComputedStyle(element);
          return [selector, Object.fromEntries(props.map((prop) => [prop, style[prop]]))];
        }),
      );
    },
    [selectors, widget, LOOKS],
  );
}

/** Serves the release folder under the strict policy, and records violations and the widgets' events. */
async function openWiki(page, { path = 'intranet/', embed = true } = {}) {
  const server = await startServer({ root: dist, headers: { 'content-security-policy': STRICT_POLICY } });
  const violations = await recordViolations(page);
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['role-lanes:ready', 'role-lanes:change']) {
      document.addEventListener(type, (event) => window.__events.push(`${event.target.dataset.namespace} ${type}`), true);
    }
  });
  if (!embed) {
    // The same page without the widget: the script answers with an empty module.
    await page.route('**/role-lanes.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  }
  await page.goto(`${server.url}${path}`);
  if (embed) await expect(page.locator('section[data-lane]')).toHaveCount(8);
  return { server, violations, events: () => page.evaluate(() => window.__events) };
}

const CARD_PARTS = ['.rl-app', '.rl-title', '.rl-health', '.rl-lane', '.rl-lane-title', '.rl-cards', '.rl-card',
  '.rl-card-category', '.rl-card-name', '.rl-card-actions .rl-button', '.rl-view-bar button', '.rl-warning'];

test('the wiki page: its CSS changes nothing in a widget, and the widget changes nothing on the page', async ({ page, browser }) => {
  test.setTimeout(60_000); // three pages: the stand-alone one, the wiki with and without widgets
  const standAlone = await browser.newPage({ viewport: page.viewportSize() });
  const app = await startServer({ root: dist });
  const wiki = await openWiki(page);
  try {
    await standAlone.goto(app.url);
    await waitForBoard(standAlone);
    await expect(standAlone.locator('.rl-warning').first()).toBeVisible();
    await expect(page.locator(`${DRAFT} .rl-warning`).first()).toBeVisible();
    // Inside the widget, everything looks as on the stand-alone page (the summary does not
    // stick, on purpose: it would cover the page's own header).
    const alone = await looksOf(standAlone, CARD_PARTS);
    const embedded = await looksOf(page, CARD_PARTS, DRAFT);
    for (const part of CARD_PARTS) {
      expect(alone[part], `${part} on the stand-alone page`).not.toBeNull();
      if (part === '.rl-health') {
        expect(embedded[part].position).toBe('static');
        alone[part].position = embedded[part].position;
      }
      expect(embedded[part], part).toEqual(alone[part]);
    }
    // The page's own elements look the same with and without the widget on it.
    const HOST_PARTS = ['body', '.wiki-header', 'h1', 'h2', 'section', 'p', 'li', 'ul', '#add-widget', '[data-role-lanes]'];
    const withWidgets = await looksOf(page, HOST_PARTS);
    const bare = await browser.newPage({ viewport: page.viewportSize() });
    const without = await openWiki(bare, { embed: false });
    try {
      expect(await looksOf(bare, HOST_PARTS)).toEqual(withWidgets);
      expect(await bare.locator('[data-lane]').count()).toBe(0);
    } finally {
      await bare.close();
      await without.server.close();
    }
    // And the widget's stylesheet is nowhere in the page's own.
    expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href))).toEqual([
      expect.stringMatching(/\/intranet\/wiki\.css$/),
    ]);
    expect(await wiki.violations()).toEqual([]);
  } finally {
    await standAlone.close();
    await app.close();
    await page.close();
    await wiki.server.close();
  }
});

test('the wiki page: loading neither scrolls it nor takes focus, and its own anchors stay its own', async ({ page }) => {
  const wiki = await openWiki(page);
  try {
    await expect.poll(wiki.events).toEqual(expect.arrayContaining(['wiki-agreed role-lanes:ready', 'wiki-draft role-lanes:ready']));
    await page.waitForTimeout(300); // anything the apps do after their first render
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Following the page's own link to a section: no widget reads it as a share link.
    await page.getByRole('link', { name: 'Your draft' }).click();
    await expect(page).toHaveURL(/#section-2$/);
    await page.waitForTimeout(300);
    await expect(page.locator(`${AGREED} [role="alert"], ${DRAFT} [role="alert"]`)).toHaveCount(0);
    await expect(page.locator(`${DRAFT} .rl-visit, ${AGREED} .rl-visit`)).toHaveCount(0);
    expect(await wiki.violations()).toEqual([]);
  } finally {
    await wiki.server.close();
  }
});

test('the wiki page: two widgets keep their own layouts, undo and announcements; the read-only one refuses changes', async ({ page }) => {
  const wiki = await openWiki(page);
  const agreed = page.locator(AGREED);
  const draft = page.locator(DRAFT);
  try {
    // A mouse drag and a keyboard move in the draft.
    await mouseDrag(page, card(draft, 'pmm', 'pricing-strategy'), lane(draft, 'pdm'));
    await expect(card(draft, 'pdm', 'pricing-strategy')).toHaveCount(1);
    await keyboardMove(page, card(draft, 'pmm', 'launch-planning'), ['ArrowLeft']);
    await expect(card(draft, 'pdm', 'launch-planning')).toHaveCount(1);
    await expect(draft.locator('[data-live-region]')).toContainText('Launch Planning');
    await expect(draft.locator('.rl-warnings')).toContainText('Pricing Strategy');
    // The agreed board did not follow, and said nothing.
    await expect(card(agreed, 'pmm', 'pricing-strategy')).toHaveCount(1);
    await expect(card(agreed, 'pmm', 'launch-planning')).toHaveCount(1);
    await expect(agreed.locator('[data-live-region]')).toHaveText('');
    // Each saved under its own namespace; the read-only one saved nothing.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('role-lanes/wiki-draft/'))).toBe(true);
    expect(keys.filter((key) => key.startsWith('role-lanes/wiki-agreed/') && key.endsWith('/layout'))).toEqual([]);
    expect(await wiki.events()).toEqual(expect.arrayContaining(['wiki-draft role-lanes:change']));
    expect((await wiki.events()).filter((event) => event.startsWith('wiki-agreed') && event.endsWith('change'))).toEqual([]);
    // Undo in the draft undoes the draft's last move only.
    await card(draft, 'pdm', 'launch-planning').focus();
    await page.keyboard.press('Control+z');
    await expect(card(draft, 'pmm', 'launch-planning')).toHaveCount(1);
    await expect(card(draft, 'pdm', 'pricing-strategy')).toHaveCount(1);

    // The read-only board: a drag, a keyboard lift and move, and the Move menu all change nothing.
    await mouseDrag(page, card(agreed, 'pmm', 'pricing-strategy'), lane(agreed, 'pdm'));
    await keyboardMove(page, card(agreed, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
    await expect(card(agreed, 'pmm', 'pricing-strategy')).toHaveCount(1);
    await expect(card(agreed, 'pdm', 'pricing-strategy')).toHaveCount(0);
    await expect(card(agreed, 'pmm', 'pricing-strategy').getByRole('button', { name: /^Move / })).toHaveCount(0);
    await expect(agreed.locator('[data-live-region]')).toContainText('read-only');
    // Reload: the draft kept its move, the agreed board is the seeds' still.
    await page.reload();
    await expect(page.locator('section[data-lane]')).toHaveCount(8);
    await expect(card(draft, 'pdm', 'pricing-strategy')).toHaveCount(1);
    await expect(card(agreed, 'pmm', 'pricing-strategy')).toHaveCount(1);
    expect(await wiki.violations()).toEqual([]);
  } finally {
    await wiki.server.close();
  }
});

test('the wiki page: a widget added later mounts, in its own shadow root', async ({ page }) => {
  const wiki = await openWiki(page);
  try {
    await page.getByRole('button', { name: 'Add a board' }).click();
    const extra = page.locator('[data-namespace="wiki-extra-1"]');
    await expect(extra.locator('section[data-lane]')).toHaveCount(4);
    expect(await extra.evaluate((host) => host.shadowRoot?.mode)).toBe('open');
    await expect.poll(wiki.events).toEqual(expect.arrayContaining(['wiki-extra-1 role-lanes:ready']));
    await mouseDrag(page, card(extra, 'pmm', 'pricing-strategy'), lane(extra, 'pdm'));
    await expect(card(extra, 'pdm', 'pricing-strategy')).toHaveCount(1);
    await expect(card(page.locator(DRAFT), 'pmm', 'pricing-strategy')).toHaveCount(1);
    expect(await wiki.violations()).toEqual([]);
  } finally {
    await wiki.server.close();
  }
});
