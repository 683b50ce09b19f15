// Saving the layout in localStorage: it survives a reload, unreadable saved data is reported
// and never overwritten, and blocked storage is reported while the board keeps working.
import { test, expect } from './fixtures.mjs';
import {
  alert,
  blockStorage,
  card,
  expectCardIn,
  keyboardMove,
  lane,
  mouseDrag,
  openApp,
  savedValue,
  seedStorage,
  waitForBoard,
} from './helpers.mjs';

test('a reload keeps both a mouse move and a keyboard move', async ({ page }) => {
  await openApp(page);
  await mouseDrag(page, card(page, 'pmm', 'pricing-strategy'), lane(page, 'pdm'));
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await keyboardMove(page, card(page, 'pdm', 'vision-setting'), ['ArrowLeft']);
  await expectCardIn(page, 'vision-setting', ['pm']);

  await page.reload();
  await waitForBoard(page);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await expectCardIn(page, 'vision-setting', ['pm']);
  await expect(alert(page)).toHaveCount(0);
});

test('the layout is saved under role-lanes/default/layout as versioned Role Lanes text', async ({ page }) => {
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await expect.poll(async () => savedValue(page)).not.toBeNull();
  // The saved form is the layout codec's text: a format prefix, then unpadded base64url.
  expect(await savedValue(page)).toMatch(/^rl2\.[A-Za-z0-9_-]+$/);
  // What it says is what a reload shows.
  await page.reload();
  await waitForBoard(page);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
});

test('corrupt saved data shows an alert, the default board, and is never overwritten', async ({ page }) => {
  const corrupt = '{not json';
  await seedStorage(page, corrupt);
  await openApp(page);

  await expect(alert(page).filter({ hasText: /saved layout/i })).toContainText(
    /(could ?n[o']t|cannot|can't|unable to) (be )?read|unreadable/i,
  );
  await expectCardIn(page, 'pricing-strategy', ['pmm']);
  await expectCardIn(page, 'vision-setting', ['pdm']);

  // The user keeps working: moves are shown but must not replace what they saved before.
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await mouseDrag(page, card(page, 'pdm', 'vision-setting'), lane(page, 'pm'));
  await expectCardIn(page, 'vision-setting', ['pm']);
  await page.waitForTimeout(500); // give any (debounced) save the chance to happen
  expect(await savedValue(page)).toBe(corrupt);
});

// No uncaught exception (a wasm panic would be one): the fixture in fixtures.mjs fails the test.
test('blocked storage shows an alert and the board still works', async ({ page }) => {
  await blockStorage(page);
  await openApp(page);

  await expect(alert(page).filter({ hasText: /storage/i })).toContainText(
    /unavailable|not available|blocked|disabled|does ?n[o']t let|not (allowed|permitted)/i,
  );
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await mouseDrag(page, card(page, 'pdm', 'vision-setting'), lane(page, 'pm'));
  await expectCardIn(page, 'vision-setting', ['pm']);
});
