// The warnings a user sees as they move cards: in the "Warnings" region, following the
// interface contract (data-warning, data-activities), on the cards' badges, and acknowledged.
import { test, expect } from './fixtures.mjs';
import { card, expectCardIn, lane, menuMove, mouseDrag, openApp, waitForBoard } from './helpers.mjs';

const panel = (page) => page.getByRole('region', { name: 'Warnings', exact: true });
const warning = (page, kind, activities) =>
  panel(page).locator(`[data-warning="${kind}"][data-activities="${activities}"]`);

test('dragging Pricing Strategy into PDM brings up a tension warning naming it', async ({ page }) => {
  await openApp(page);
  await expect(warning(page, 'tension', 'pricing-strategy')).toHaveCount(0);
  await mouseDrag(page, card(page, 'pmm', 'pricing-strategy'), lane(page, 'pdm'));
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  const found = warning(page, 'tension', 'pricing-strategy');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('Pricing Strategy');
  await expect(found).toHaveAttribute('data-severity', 'high');
  const badge = card(page, 'pdm', 'pricing-strategy').locator('button.rl-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('aria-label', /warnings? on Pricing Strategy: .*Pricing Strategy sits with PDM/);
});

test('putting an activity in a second lane adds a contributor while its owner still leads', async ({ page }) => {
  await openApp(page);
  await mouseDrag(page, card(page, 'pmm', 'launch-planning'), lane(page, 'pdm'), { control: true });
  await expectCardIn(page, 'launch-planning', ['pdm', 'pmm']);
  // PMM still leads, so the shared card is no overlap; PDM contributing to marketing's work
  // is a tension one step milder than PDM taking it over.
  await expect(warning(page, 'overlap', 'launch-planning')).toHaveCount(0);
  const contributes = warning(page, 'tension', 'launch-planning');
  await expect(contributes).toHaveCount(1);
  await expect(contributes).toContainText('Launch Planning sits with PDM');
  await expect(contributes).toHaveAttribute('data-severity', 'medium');
});

test('leaving an activity in Unassigned brings up an unowned warning', async ({ page }) => {
  await openApp(page);
  await menuMove(page, card(page, 'pdm', 'vision-setting'), 'Vision Setting', 'Move to Unassigned');
  await expectCardIn(page, 'vision-setting', ['unassigned']);
  await expect(warning(page, 'unowned', 'vision-setting')).toHaveCount(1);
});

test('the panel groups warnings by severity with counts and updates on every change', async ({ page }) => {
  await openApp(page);
  const before = await panel(page).locator('[data-warning]').count();
  expect(before).toBeGreaterThan(0);
  await menuMove(page, card(page, 'pmm', 'pricing-strategy'), 'Pricing Strategy', 'Move to PDM');
  await expect(panel(page).getByRole('heading', { name: /^High\b/ })).toContainText('1');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).locator('[data-warning]')).toHaveCount(before);
  await expect(page.getByRole('region', { name: 'Board health' })).toContainText('Owned58 of 58');
});

test('selecting a warning highlights its cards', async ({ page }) => {
  await openApp(page);
  await menuMove(page, card(page, 'pmm', 'pricing-strategy'), 'Pricing Strategy', 'Move to PDM');
  await warning(page, 'tension', 'pricing-strategy').getByRole('button', { name: 'Show on board' }).click();
  await expect(card(page, 'pdm', 'pricing-strategy')).toHaveAttribute('data-highlighted', '');
  await expect(card(page, 'pdm', 'vision-setting')).not.toHaveAttribute('data-highlighted');
});

test('an acknowledged warning stays listed, folded, with its note; undo reopens it and a reload keeps it', async ({ page }) => {
  await openApp(page);
  await menuMove(page, card(page, 'pmm', 'pricing-strategy'), 'Pricing Strategy', 'Move to PDM');
  const found = warning(page, 'tension', 'pricing-strategy');
  const acknowledge = found.locator('summary', { hasText: 'Acknowledge…' });
  await acknowledge.click();
  await found.getByLabel(/Note/).fill('Our PDM owns pricing');
  // Folded away and opened again, the form still holds what was typed.
  await acknowledge.click();
  await expect(found.getByLabel(/Note/)).toBeHidden();
  await acknowledge.click();
  await expect(found.getByLabel(/Note/)).toHaveValue('Our PDM owns pricing');
  await found.getByLabel(/Note/).fill('Our PDM owns pricing for the API product.');
  await found.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(found).toHaveAttribute('data-acknowledged', '');
  await expect(found).toContainText('Acknowledged: Our PDM owns pricing for the API product.');
  await expect(found.locator('.rl-warning-why')).not.toBeVisible();
  await found.locator('summary', { hasText: 'Details' }).click();
  await expect(found.locator('.rl-warning-why')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(found).not.toHaveAttribute('data-acknowledged');
  // Reopened, its note form starts folded again.
  await expect(found.locator('details.rl-ack')).not.toHaveAttribute('open', /.*/);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(found).toHaveAttribute('data-acknowledged', '');

  await page.reload();
  await waitForBoard(page);
  await expect(warning(page, 'tension', 'pricing-strategy')).toContainText('Acknowledged: Our PDM owns pricing');
});

test("a card's badge opens its list by mouse or keyboard, and the list can select a warning", async ({ page }) => {
  await openApp(page);
  await mouseDrag(page, card(page, 'pmm', 'pricing-strategy'), lane(page, 'pdm'));
  const moved = card(page, 'pdm', 'pricing-strategy');
  const list = moved.locator('.rl-badge-list');
  // Closed badges draw no list at all; opening one draws it.
  await expect(list).toHaveCount(0);
  await moved.locator('button.rl-badge').click();
  await expect(list).toBeVisible();
  await expect(moved.locator('button.rl-badge')).toHaveAttribute('aria-expanded', 'true');
  await expect(list.locator('li').first()).toContainText('Pricing Strategy sits with PDM');
  await moved.locator('button.rl-badge').click();
  await expect(list).toHaveCount(0);
  // The keyboard opens it too, and its button selects the warning, highlighting its cards.
  await moved.locator('button.rl-badge').focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await list.getByRole('button', { name: 'Show all its cards' }).first().click();
  await expect(moved).toHaveAttribute('data-highlighted', '');
});
