// Time from a pointer drop to updated warnings, in the release build in headless Chromium.
// The board is seeded through localStorage with a saved layout of N activities (made by
// `cargo run --release --example saved_board -- N`); each timed drop moves Pricing Strategy
// from PMM to PDM with real pointer events through the app's drag controller, and the clock
// stops at the first DOM change inside the "Warnings" region, once the browser has restyled
// and laid out the page for it (everything but painting the frame). Undo (not timed) puts it back.
import { execFileSync } from 'node:child_process';
import { STORAGE_KEY, waitForBoard } from './helpers.mjs';

/** The saved-data text of a board with `total` activities. */
export function savedBoard(total, root) {
  return execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'saved_board', '--', String(total)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** One timed drop, run inside the page; resolves to milliseconds. */
function dropAndTime() {
  const card = document.querySelector('[data-lane="pmm"] [data-activity="pricing-strategy"]');
  const region = document.querySelector('.rl-warnings');
  card.scrollIntoView({ block: 'center' });
  const from = card.getBoundingClientRect();
  const lane = document.querySelector('[data-lane="pdm"]').getBoundingClientRect();
  const [x0, y0] = [from.left + 12, from.top + 8];
  const [x1, y1] = [lane.left + lane.width / 2, from.top + 8];
  const pointer = (type, x, y, target) =>
    target.dispatchEvent(
      new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1 }),
    );
  pointer('pointerdown', x0, y0, card);
  pointer('pointermove', x0 + 20, y0, window);
  pointer('pointermove', x1, y1, window);
  return new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      // The browser must still restyle and lay out the page before it can show the change;
      // forcing that here puts its cost inside the measurement instead of after it.
      void document.documentElement.offsetHeight;
      resolve(performance.now() - start);
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
    start = performance.now();
    pointer('pointerup', x1, y1, window);
  });
}

/** Median, min and max of `drops` timed drops on a board of `total` activities. */
export async function benchDrops(browser, url, { total, saved, drops = 15 }) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  if (saved) await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, saved]);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForBoard(page);
    const shown = await page.locator('[data-activity]').count();
    const times = [];
    for (let i = 0; i < drops + 2; i += 1) {
      const ms = await page.evaluate(dropAndTime);
      const moved = await page.locator('[data-lane="pdm"] [data-activity="pricing-strategy"]').count();
      if (moved !== 1) throw new Error(`drop ${i + 1} on the ${total}-activity board did not move the card`);
      if (i >= 2) times.push(ms); // the first two warm the JIT and the caches
      await page.keyboard.press('Control+z');
      await page.locator('[data-lane="pmm"] [data-activity="pricing-strategy"]').waitFor();
    }
    times.sort((a, b) => a - b);
    return { total, cards: shown, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
  } finally {
    await context.close();
  }
}
