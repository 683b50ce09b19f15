// Touch: a long-press then drag moves a card; a quick swipe over cards still scrolls the page.
// Touches are sent through CDP Input.dispatchTouchEvent, i.e. Chromium's real input pipeline.
import { test, expect } from './fixtures.mjs';
import { card, expectCardIn, lane, lanesOf, openApp, touchDrag, touchMoveCard } from './helpers.mjs';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 1024, height: 800 } });

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('a long press then a drag moves a card to another lane', async ({ page }) => {
  await touchMoveCard(page, card(page, 'pmm', 'pricing-strategy'), lane(page, 'pdm'));
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
});

test('a quick swipe on a card scrolls instead of dragging it', async ({ page }) => {
  const viewport = page.viewportSize();
  const scrollable = await page.evaluate(
    () => document.scrollingElement.scrollHeight > window.innerHeight + 200,
  );
  test.skip(!scrollable, 'the page is not tall enough to scroll at this size');

  // A card well below the top, so that a 300 px upward swipe starts and ends on screen.
  const cards = lane(page, 'pmm').locator('[data-activity]');
  let start = null;
  let id = null;
  for (let i = 0; i < (await cards.count()); i += 1) {
    const box = await cards.nth(i).boundingBox();
    if (box && box.y + box.height / 2 > 450 && box.y + box.height / 2 < viewport.height - 20) {
      start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      id = await cards.nth(i).getAttribute('data-activity');
      break;
    }
  }
  test.skip(!start, 'no PMM card in the lower half of the screen');

  const lanesBefore = await lanesOf(page, id);
  const before = (await card(page, 'pmm', id).boundingBox()).y;
  await touchDrag(page, start, { x: start.x, y: start.y - 300 }, { holdMs: 0, steps: 10, stepMs: 16 });
  await expect
    .poll(async () => before - (await card(page, 'pmm', id).boundingBox()).y, {
      message: 'the card moved up on screen because the page scrolled',
    })
    .toBeGreaterThan(100);
  await expectCardIn(page, id, lanesBefore);
});
