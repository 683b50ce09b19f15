// Shared helpers for the Role Lanes end-to-end tests and the benchmark: how to launch the
// Debian Chromium, where the app's contract elements are, and how a user moves a card with a
// mouse, the keyboard, the "Move" menu or a finger.
import { execFileSync } from 'node:child_process';
import { expect } from '@playwright/test';

/** Storage key of the stand-alone page's saved layout (namespace "default"). */
export const STORAGE_KEY = 'role-lanes/default/layout';
/** Performance mark the app sets after its first render. */
export const BOARD_RENDERED_MARK = 'role-lanes:board-rendered';
/** Lane order used by ArrowLeft / ArrowRight. */
export const LANES = ['pm', 'pdm', 'pmm', 'unassigned'];
export const LANE_LABELS = { pm: 'PM', pdm: 'PDM', pmm: 'PMM', unassigned: 'Unassigned' };

// Chromium as root on a closed network: no sandbox, no GPU, and none of the background
// services that would flood the network with refused connections (TOOLCHAIN.md).
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium on PATH (Playwright must never download its own). */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('bash', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not on PATH: run `scripts/install --test`');
  }
}

export const launchOptions = () => ({ executablePath: chromiumPath(), args: LAUNCH_ARGS });

// ---- locating the contract elements -------------------------------------------------------

export const lane = (page, id) => page.locator(`section[data-lane="${id}"]`);
export const card = (page, laneId, activity) =>
  lane(page, laneId).locator(`[data-activity="${activity}"]`);
export const liveRegion = (page) => page.locator('[aria-live="polite"][data-live-region]');
export const alert = (page) => page.locator('[role="alert"]');

/** Open the app and wait until the board has rendered (the app's performance mark). */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await waitForBoard(page);
}

export async function waitForBoard(page) {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    BOARD_RENDERED_MARK,
    { timeout: 15_000 },
  );
  await expect(lane(page, 'pm')).toBeVisible();
}

/** Ids of the cards in a lane, in order. */
export async function laneIds(page, laneId) {
  return lane(page, laneId)
    .locator('[data-activity]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-activity')));
}

/** Assert a card sits in exactly the given lanes (and no other). */
export async function expectCardIn(page, activity, lanes) {
  for (const id of LANES) {
    await expect(card(page, id, activity), `${activity} in ${id}`).toHaveCount(
      lanes.includes(id) ? 1 : 0,
    );
  }
}

/** The lanes a card currently sits in. */
export async function lanesOf(page, activity) {
  const found = [];
  for (const id of LANES) if ((await card(page, id, activity).count()) > 0) found.push(id);
  return found;
}

export async function savedValue(page) {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

// ---- moving cards ---------------------------------------------------------------------------

const center = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * A point inside the target lane the pointer can reach while the source card is on screen:
 * at the card's height if the lane spans it (lanes side by side), else the lane's middle.
 */
async function dropPoint(page, source, targetLane) {
  await source.scrollIntoViewIfNeeded();
  const from = center(await source.boundingBox());
  const box = await targetLane.boundingBox();
  if (!box) throw new Error('target lane has no bounding box');
  const x = box.x + box.width / 2;
  const y = Math.min(Math.max(from.y, box.y + 12), box.y + box.height - 12);
  const viewport = page.viewportSize();
  if (viewport && (y < 0 || y > viewport.height || x < 0 || x > viewport.width)) {
    throw new Error(`target lane is off screen at (${x}, ${y}); use a larger viewport`);
  }
  return { from, to: { x, y } };
}

/**
 * A real mouse drag: press on the card, move past the 5 px threshold, travel to the target
 * lane in small steps (pointermove), release there. `control: true` holds Control while
 * dropping, which shares the card instead of moving it.
 */
export async function mouseDrag(page, source, targetLane, { control = false } = {}) {
  const { from, to } = await dropPoint(page, source, targetLane);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  if (control) await page.keyboard.down('Control');
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
  await page.mouse.up();
  if (control) await page.keyboard.up('Control');
}

/** Keyboard move: focus, Space lifts, arrows move, Space drops. */
export async function keyboardMove(page, source, keys) {
  await source.focus();
  await page.keyboard.press('Space');
  for (const key of keys) await page.keyboard.press(key);
  await page.keyboard.press('Space');
}

/** Open a card's "Move" menu and pick an item. */
export async function menuMove(page, source, activityName, item) {
  await source.getByRole('button', { name: `Move ${activityName}`, exact: true }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: item, exact: true }).click();
}

/**
 * A finger: CDP touch events (they go through Chromium's real input pipeline, so the app sees
 * pointer events with pointerType "touch" and the browser may scroll). `holdMs` is the
 * long-press before moving; 0 means a plain swipe.
 */
export async function touchDrag(page, from, to, { holdMs = 600, steps = 12, stepMs = 16 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: Math.round(p.x), y: Math.round(p.y), id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
    if (holdMs > 0) await page.waitForTimeout(holdMs);
    for (let i = 1; i <= steps; i += 1) {
      const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
      if (stepMs > 0) await page.waitForTimeout(stepMs);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** Touch long-press drag of a card onto a lane. */
export async function touchMoveCard(page, source, targetLane) {
  const { from, to } = await dropPoint(page, source, targetLane);
  await touchDrag(page, from, to);
}

/** Seed localStorage before any page script runs (every load of this page). */
export async function seedStorage(page, value) {
  await page.addInitScript(
    ([key, v]) => window.localStorage.setItem(key, v),
    [STORAGE_KEY, value],
  );
}

/** Make window.localStorage throw, as in a sandboxed iframe or with cookies blocked. */
export async function blockStorage(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
}
