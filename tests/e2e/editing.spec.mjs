// Editing the board beyond moves: your own activities, headcounts, reset, and storage that
// fills up. Each test checks what the user sees, and that it survives a reload.
import { test, expect } from './fixtures.mjs';
import { alert, card, expectCardIn, keyboardMove, lane, menuMove, openApp, savedValue, waitForBoard } from './helpers.mjs';

test('a custom activity with any Unicode name can be added, renamed, deleted and undeleted', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add activity' }).click();
  const form = page.getByRole('form', { name: 'Add an activity' });
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form).toContainText('Give the activity a name.');

  const name = 'Partner enablement 🤝 定价 <b>bold?</b>';
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Starts in').selectOption('pmm');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  const added = card(page, 'pmm', 'custom-0');
  await expect(added).toContainText(name);
  await expect(added.locator('b')).toHaveCount(0);

  await menuMove(page, added, name, 'Rename or describe…');
  const editor = page.getByRole('form', { name: `Edit ${name}` });
  await editor.getByLabel('Name').fill('Partner programme');
  await editor.getByLabel('Description').fill('Enable resellers to sell the product.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, 'pmm', 'custom-0')).toContainText('Partner programme');

  await page.reload();
  await waitForBoard(page);
  await expect(card(page, 'pmm', 'custom-0')).toContainText('Partner programme');

  await menuMove(page, card(page, 'pmm', 'custom-0'), 'Partner programme', 'Delete activity');
  await expect(page.locator('[data-activity="custom-0"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'pmm', 'custom-0')).toContainText('Partner programme');
});

test('an over-long name is refused with a message and adds nothing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add activity' }).click();
  const form = page.getByRole('form', { name: 'Add an activity' });
  await form.getByLabel('Name').fill('x'.repeat(81));
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form).toContainText('Keep it to 80 characters or fewer (this has 81).');
  await expect(page.locator('[data-activity^="custom-"]')).toHaveCount(0);
});

test('a headcount change is kept after a reload', async ({ page }) => {
  await openApp(page);
  const people = lane(page, 'pmm').getByLabel('Headcount of PMM');
  await people.fill('3');
  await people.press('Enter');
  await people.blur();
  await page.reload();
  await waitForBoard(page);
  await expect(lane(page, 'pmm').getByLabel('Headcount of PMM')).toHaveValue('3');
});

test('reset asks first, restores the seeds layout, and can be undone', async ({ page }) => {
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await page.getByRole('button', { name: 'Reset…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await page.getByRole('button', { name: 'Reset…' }).click();
  await page.getByRole('button', { name: 'Reset board' }).click();
  await expectCardIn(page, 'pricing-strategy', ['pmm']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
});

test('full storage is reported, nothing on screen is lost, and saving resumes when space frees up', async ({ page }) => {
  await page.addInitScript(() => {
    const realSetItem = Storage.prototype.setItem;
    window.__storageFull = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull) throw new DOMException('quota', 'QuotaExceededError');
      return realSetItem.call(this, key, value);
    };
  });
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await expect(alert(page)).toContainText(/storage is full/i);
  expect(await savedValue(page)).toBeNull();

  await page.evaluate(() => { window.__storageFull = false; });
  await keyboardMove(page, card(page, 'pdm', 'vision-setting'), ['ArrowLeft']);
  await expect(alert(page)).toHaveCount(0);
  expect(await savedValue(page)).toMatch(/^rl2\./);
  // Both moves were saved, the one made while storage was full included.
  await page.reload();
  await waitForBoard(page);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await expectCardIn(page, 'vision-setting', ['pm']);
});
