// First paint and "board in the DOM", for the app and for a static HTML copy of the same
// board, measured side by side in one run (the static copy is the floor: what a page that
// needs no script at all costs to show the same board).
//
// The static copy is made here, from the app itself: once the board has rendered, its DOM is
// saved as plain HTML (scripts, preloads and the live region's script-made state removed, the
// same stylesheet linked) into a folder of its own. Both pages are then loaded cold, in
// alternation, and timed the same way: first contentful paint from the browser's paint
// timing, and "board in the DOM" as the moment a MutationObserver installed before any page
// script sees every card of the seeds' board and all four lanes. The release page holds a
// prerendered board (scripts/prerender.mjs), so for the app the bench also reports when the
// live app has replaced it ("app live", the `role-lanes:board-rendered` mark): not gated,
// printed so the prerender's head start is never mistaken for a board that works.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { BOARD_RENDERED_MARK, waitForBoard } from './helpers.mjs';

/** Installed before any page script: records when the whole board is in the DOM. */
function watchForBoard(expectedCards) {
  const complete = () =>
    document.querySelectorAll('section[data-lane]').length === 4 &&
    document.querySelectorAll('section[data-lane] [data-activity]').length >= expectedCards;
  const observer = new MutationObserver(() => {
    if (complete()) {
      window.__boardInDom = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The app's rendered page as static HTML: same markup and stylesheet, no script. */
async function staticCopy(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForBoard(page);
    const cards = await page.locator('section[data-lane] [data-activity]').count();
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true);
      copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((el) => el.remove());
      copy.querySelectorAll('link[integrity]').forEach((el) => el.removeAttribute('integrity'));
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    return { html, cards };
  } finally {
    await context.close();
  }
}

/** One cold load of `url`: first contentful paint and board-in-DOM times, in ms. */
async function coldLoad(browser, url, cards, { live = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchForBoard, cards);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof window.__boardInDom === 'number', null, { timeout: 20_000, polling: 10 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
      timeout: 5_000,
    });
    if (live) {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, BOARD_RENDERED_MARK, {
        timeout: 20_000,
        polling: 10,
      });
    }
    return await page.evaluate((mark) => ({
      board: window.__boardInDom,
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      live: performance.getEntriesByName(mark)[0]?.startTime ?? null,
    }), BOARD_RENDERED_MARK);
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/**
 * `runs` cold loads of the app at `appUrl` and of its static copy, alternating so both see
 * the same machine load. Resolves to the medians and their ratios.
 */
export async function benchPaint(browser, { appUrl, dist, runs }) {
  const { html, cards } = await staticCopy(browser, appUrl);
  const folder = mkdtempSync(join(tmpdir(), 'role-lanes-static-'));
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.css'))) copyFileSync(join(dist, file), join(folder, file));
  writeFileSync(join(folder, 'index.html'), html);
  const server = await startServer({ root: folder });
  const app = [];
  const floor = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      app.push(await coldLoad(browser, appUrl, cards, { live: true }));
      floor.push(await coldLoad(browser, server.url, cards));
    }
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const summary = (loads) => ({ fcp: median(loads.map((l) => l.fcp)), board: median(loads.map((l) => l.board)) });
  const a = { ...summary(app), live: median(app.map((l) => l.live)) };
  const s = summary(floor);
  return {
    cards,
    staticHtmlBytes: Buffer.byteLength(html),
    app: { ...a, runs: app },
    static: { ...s, runs: floor },
    fcpRatio: a.fcp / s.fcp,
    boardRatio: a.board / s.board,
  };
}
