// Time from a pointer drop, and from a keyboard move, to updated warnings, in the release
// build in headless Chromium.
// The board is seeded through localStorage with a saved layout of N activities (made by
// `cargo run --release --example saved_board -- N`); each timed drop moves Pricing Strategy
// from PMM to PDM with real pointer events through the app's drag controller, and the clock
// stops at the first DOM change inside the "Warnings" region, once the browser has restyled
// and laid out the page for it (everything but painting the frame). Undo (not timed) puts it back.
import { execFileSync } from 'node:child_process';
import { STORAGE_KEY, waitForBoard } from './helpers.mjs';

/** Timed steps left out at the start of each run: they warm the JIT and the caches. */
const WARM_UP = 4;

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
export async function benchDrops(browser, url, { total, saved, drops = 25 }) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  if (saved) await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, saved]);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForBoard(page);
    const shown = await page.locator('[data-activity]').count();
    const times = [];
    for (let i = 0; i < drops + WARM_UP; i += 1) {
      const ms = await page.evaluate(dropAndTime);
      const moved = await page.locator('[data-lane="pdm"] [data-activity="pricing-strategy"]').count();
      if (moved !== 1) throw new Error(`drop ${i + 1} on the ${total}-activity board did not move the card`);
      if (i >= WARM_UP) times.push(ms);
      await page.keyboard.press('Control+z');
      await page.locator('[data-lane="pmm"] [data-activity="pricing-strategy"]').waitFor();
    }
    times.sort((a, b) => a - b);
    return { total, cards: shown, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
  } finally {
    await context.close();
  }
}

/**
 * One timed keyboard step of a lifted card, run inside the page: an arrow key on the card,
 * and the clock stops once the card is in its new lane (`to`) in the DOM and the browser has
 * restyled and laid out the page for it (as for a drop). Mutations before that (another part
 * of the board redrawing first) do not stop it. Resolves to milliseconds.
 */
function keyAndTime([key, to]) {
  const card = document.querySelector('[data-activity="pricing-strategy"]');
  const board = card.closest('.rl-app');
  const arrived = () => board.querySelector(`[data-lane="${to}"] [data-activity="pricing-strategy"]`);
  return new Promise((resolve, reject) => {
    let start = 0;
    const giveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${key} did not move the card to ${to}`));
    }, 5000);
    const observer = new MutationObserver(() => {
      if (!arrived()) return;
      observer.disconnect();
      void document.documentElement.offsetHeight;
      resolve(performance.now() - start);
      clearTimeout(giveUp);
    });
    observer.observe(board, { subtree: true, childList: true, characterData: true, attributes: true });
    start = performance.now();
    card.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/**
 * Median, min and max of `moves` keyboard moves on a board of `total` activities: Pricing
 * Strategy is lifted with Space, then each timed step moves it one lane with ArrowLeft or
 * ArrowRight (the card and the warnings follow the preview); Escape ends the lift.
 */
export async function benchKeyboardMoves(browser, url, { total, saved, moves = 41 }) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  if (saved) await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, saved]);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForBoard(page);
    const card = page.locator('[data-lane="pmm"] [data-activity="pricing-strategy"]');
    await card.focus();
    await page.keyboard.press('Space');
    await page.locator('.rl-card[data-lifted][data-activity="pricing-strategy"]').first().waitFor();
    const times = [];
    for (let i = 0; i < moves + WARM_UP; i += 1) {
      const key = i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight';
      const lane = i % 2 === 0 ? 'pdm' : 'pmm';
      const ms = await page.evaluate(keyAndTime, [key, lane]).catch((error) => {
        throw new Error(`on the ${total}-activity board: ${error.message}`);
      });
      if (i >= WARM_UP) times.push(ms);
    }
    await page.keyboard.press('Escape');
    times.sort((a, b) => a - b);
    return { total, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
  } finally {
    await context.close();
  }
}
