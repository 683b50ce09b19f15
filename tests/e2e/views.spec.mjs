// Views that fit a screen: compact cards, lanes grouped under the seeds' categories, and the
// matrix of who leads and who contributes, each by mouse, keyboard and touch, remembered.
import { test, expect } from './fixtures.mjs';
import { card, lane, liveRegion, openApp, STORAGE_KEY } from './helpers.mjs';

const viewButton = (page, name) => page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });
const matrix = (page) => page.getByRole('grid', { name: 'Who leads and who contributes' });
const cell = (page, activity, laneId) => page.locator(`[data-row="${activity}"] [data-cell="${laneId}"]`);

test('compact cards show at least 20 cards of every full lane at 1440\u00d7900 without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await viewButton(page, 'Compact').click();
  await expect(viewButton(page, 'Compact')).toHaveAttribute('aria-pressed', 'true');
  const shown = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('section[data-lane]')].map((l) => {
      const cards = [...l.querySelectorAll('[data-activity]')];
      const inView = cards.filter((c) => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
      return [l.dataset.lane, [cards.length, inView.length]];
    })));
  expect(await page.evaluate(() => scrollY)).toBe(0);
  for (const [id, [count, inView]] of Object.entries(shown)) {
    expect(inView, `${id}: ${inView} of ${count} in view`).toBeGreaterThanOrEqual(Math.min(count, 20));
  }
  expect(shown.pdm[0]).toBeGreaterThanOrEqual(20);
  expect(shown.pmm[0]).toBeGreaterThanOrEqual(20);
  // A compact card still says everything to a screen reader, and its buttons are reachable.
  const pricing = card(page, 'pmm', 'pricing-strategy');
  await expect(pricing).toHaveAttribute('aria-label', /Pricing Strategy/);
  await pricing.focus();
  await page.keyboard.press('Tab');
  await expect(pricing.getByRole('button', { name: 'About Pricing Strategy' })).toBeFocused();
  await expect(pricing.getByRole('button', { name: 'About Pricing Strategy' })).toBeVisible();
});

test('grouped lanes fold by mouse and keyboard, and a keyboard move stays in the card\u2019s group', async ({ page }) => {
  await openApp(page);
  await viewButton(page, 'Group by category').click();
  const pmm = lane(page, 'pmm');
  const gtm = pmm.locator('[data-group="Go-To-Market"]');
  await expect(gtm.locator('[data-activity]')).toHaveCount(4);
  const toggle = gtm.getByRole('button', { name: /Go-To-Market/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(gtm.locator('[data-activity]')).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(gtm.locator('[data-activity]')).toHaveCount(4);
  // Down from the first of the group goes to the second place of that same group.
  const first = gtm.locator('[data-activity]').first();
  const firstId = await first.getAttribute('data-activity');
  await first.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(gtm.locator('[data-activity]').nth(1)).toHaveAttribute('data-activity', firstId);
  await expect(card(page, 'pmm', firstId)).toBeFocused();
});

test('the matrix steps a cell by click and by keyboard, announces it, undoes it and keeps it after a reload', async ({ page }) => {
  await openApp(page);
  await viewButton(page, 'Matrix').click();
  await expect(matrix(page)).toBeVisible();
  await expect(page.locator('section[data-lane]')).toHaveCount(0);
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'leads');
  await expect(cell(page, 'pricing-strategy', 'pdm')).toHaveAttribute('data-part', 'none');
  // Click: PDM contributes, PMM still leads.
  await cell(page, 'pricing-strategy', 'pdm').click();
  await expect(cell(page, 'pricing-strategy', 'pdm')).toHaveAttribute('data-part', 'contributes');
  await expect(cell(page, 'pricing-strategy', 'pdm')).toBeFocused();
  await expect(liveRegion(page)).toContainText('Pricing Strategy');
  await expect(page.locator('[data-warning="tension"][data-activities~="pricing-strategy"]').first()).toBeVisible();
  // Keyboard: Enter makes PDM the lead; the arrows move between cells; Space steps again.
  await page.keyboard.press('Enter');
  await expect(cell(page, 'pricing-strategy', 'pdm')).toHaveAttribute('data-part', 'leads');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'contributes');
  await expect(liveRegion(page)).toContainText('PDM');
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const above = page.locator('[data-row]:has([data-cell="pmm"]:focus)');
  await expect(above).not.toHaveAttribute('data-row', 'pricing-strategy');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'leads');
  await expect(cell(page, 'pricing-strategy', 'pdm')).toHaveAttribute('data-part', 'contributes');
  // One undo step per press, and redo.
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'contributes');
  await page.keyboard.press('Control+y');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'leads');
  // Leads steps to no part: PDM, alone, leads it.
  await cell(page, 'pricing-strategy', 'pmm').click();
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'none');
  await expect(cell(page, 'pricing-strategy', 'pdm')).toHaveAttribute('data-part', 'leads');
  // The matrix is remembered: the page opens on it (no lanes to wait for).
  await page.reload();
  await expect(matrix(page)).toBeVisible();
  await expect(viewButton(page, 'Matrix')).toHaveAttribute('aria-pressed', 'true');
  await expect(cell(page, 'pricing-strategy', 'pdm')).toHaveAttribute('data-part', 'leads');
  await expect(cell(page, 'pricing-strategy', 'pmm')).toHaveAttribute('data-part', 'none');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeTruthy();
  // Back to the lanes: the board shows what the matrix changed.
  await viewButton(page, 'Lanes').click();
  await expect(card(page, 'pdm', 'pricing-strategy')).toBeVisible();
  await expect(card(page, 'pmm', 'pricing-strategy')).toHaveCount(0);
});

test('only one matrix cell is a tab stop, and it follows the arrow keys', async ({ page }) => {
  await openApp(page);
  await viewButton(page, 'Matrix').click();
  await expect(matrix(page).locator('[tabindex="0"]')).toHaveCount(1);
  await matrix(page).locator('[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const focused = matrix(page).locator(':focus');
  await expect(focused).toHaveAttribute('tabindex', '0');
  await expect(matrix(page).locator('[tabindex="0"]')).toHaveCount(1);
  await expect(focused).toHaveAttribute('data-cell', 'pdm');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 900 } });
  test('a tap on a matrix cell steps it', async ({ page }) => {
    await openApp(page);
    await viewButton(page, 'Matrix').tap();
    await cell(page, 'vision-setting', 'pm').tap();
    await expect(cell(page, 'vision-setting', 'pm')).toHaveAttribute('data-part', 'contributes');
    await expect(cell(page, 'vision-setting', 'pdm')).toHaveAttribute('data-part', 'leads');
  });
});
