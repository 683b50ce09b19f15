// Layouts that travel: share links, the shared view that never touches the user's own
// layout, broken links, named layouts, import and export, and two tabs that agree.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import {
  STORAGE_KEY,
  alert,
  card,
  expectCardIn,
  keyboardMove,
  openApp,
  savedValue,
  seedStorage,
  waitForBoard,
} from './helpers.mjs';

const banner = (page) => page.locator('[data-shared-view]');
const shareField = (page) => page.locator('[data-share-link]');

/** Moves Pricing Strategy to PDM, then returns the share link the app shows. */
async function shareLinkWithPricingInPdm(page) {
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await page.getByLabel('Layout title').fill('Table 3');
  await page.getByLabel('Layout title').press('Enter');
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await shareField(page).inputValue();
  expect(url).toMatch(/#rl2z?\.[A-Za-z0-9_-]+$/);
  return url;
}

test('a share link opens the same layout in a fresh browser, marked as shared', async ({ page, browser }) => {
  const url = await shareLinkWithPricingInPdm(page);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForBoard(other);
  await expect(banner(other)).toContainText('Table 3');
  await expectCardIn(other, 'pricing-strategy', ['pdm']);
  // The receiving browser had nothing saved, and still has nothing saved.
  expect(await savedValue(other)).toBeNull();
  await fresh.close();
});

test('the share action copies the link, or selects it where the clipboard is denied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const url = await shareLinkWithPricingInPdm(page);
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

/** Adds activities of the user's own with a sentence each, enough text for deflate to pay. */
async function addWorkshopActivities(page) {
  for (const [name, description] of [
    ['Customer advisory board', 'Meets every quarter with ten key accounts to review the roadmap.'],
    ['Win/loss interviews', 'Calls every quarter with recently won and lost accounts.'],
    ['Partner enablement', 'Trains partners every quarter on the roadmap and the pricing.'],
  ]) {
    await page.getByRole('button', { name: 'Add activity' }).click();
    const form = page.getByRole('form', { name: 'Add an activity' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Description (optional)').fill(description);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(page.locator('[data-activity^="custom-"]').filter({ hasText: name })).toHaveCount(1);
  }
}

/** Presses "Share link" on a page allowed the clipboard: the link it shows, once copied. */
async function copiedShareLink(page) {
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const url = await shareField(page).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  return url;
}

test('a layout with activities of its own shares compressed by the browser, copied as shown', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await addWorkshopActivities(page);
  const url = await copiedShareLink(page);
  expect(url).toMatch(/#rl2z\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForBoard(other);
  await expect(banner(other)).toBeVisible();
  await expect(other.locator('[data-activity^="custom-"]')).toHaveCount(3);
  await expect(other.locator('[data-activity="custom-1"]')).toContainText('Win/loss interviews');
  await fresh.close();
});

test('a compressed link pasted into an open app opens, and one cut short says so', async ({ page, browser }) => {
  await openApp(page);
  await addWorkshopActivities(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await shareField(page).inputValue();
  expect(url).toMatch(/#rl2z\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  // The browser inflates it after the app has started (hashchange).
  await other.evaluate((hash) => { window.location.hash = hash; }, new URL(url).hash);
  await expect(banner(other)).toBeVisible();
  await expect(other.locator('[data-activity^="custom-"]')).toHaveCount(3);
  // A chat client that cut the link in half: the reader is told to copy the whole link.
  // (Cut where the base64 is still whole, so the browser's inflater meets the cut.)
  const hash = new URL(url).hash;
  let cut = Math.floor(hash.length / 2);
  if ((cut - '#rl2z.'.length) % 4 === 1) cut -= 1;
  await other.goto(`/${hash.slice(0, cut)}`);
  await expect(alert(other)).toContainText('cut short');
  await expect(alert(other)).toContainText('copy the whole link');
  // (Only the fragment changed, so the page did not reload.) Nothing changed: the shared
  // view still shows the whole link's layout, and the alert says so.
  await expect(alert(other)).toContainText('still shows the layout you opened');
  await expect(banner(other)).toBeVisible();
  await expect(other.locator('[data-activity^="custom-"]')).toHaveCount(3);
  // Opened cold, in a page of its own, the cut link says the same and shows the own board.
  const cold = await fresh.newPage();
  await cold.goto(`/${hash.slice(0, cut)}`);
  await waitForBoard(cold);
  await expect(alert(cold)).toContainText('cut short');
  await expect(banner(cold)).toHaveCount(0);
  await fresh.close();
});

test('where the browser cannot compress, the link is plain, copied, and opens', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete window.CompressionStream;
  });
  await openApp(page);
  await addWorkshopActivities(page);
  const url = await copiedShareLink(page);
  expect(url).toMatch(/#rl2\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForBoard(other);
  await expect(other.locator('[data-activity="custom-2"]')).toContainText('Partner enablement');
  await fresh.close();
});

test('where the clipboard is refused, the link is selected for Ctrl+C', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const refuse = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    navigator.clipboard.write = refuse;
    navigator.clipboard.writeText = refuse;
  });
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'selected' })).toBeVisible();
  await expect(shareField(page)).toBeFocused();
  const selected = await shareField(page).evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await shareField(page).inputValue());
});

test('opening a link leaves the saved layout byte for byte unchanged until the user keeps it', async ({ page, browser }) => {
  const url = await shareLinkWithPricingInPdm(page);
  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  await openApp(other);
  await keyboardMove(other, card(other, 'pdm', 'vision-setting'), ['ArrowLeft']);
  await expect.poll(() => savedValue(other)).not.toBeNull();
  const own = await savedValue(other);

  await other.goto(url);
  await waitForBoard(other);
  await expect(banner(other)).toBeVisible();
  await expectCardIn(other, 'pricing-strategy', ['pdm']);
  // Moving cards in the shared view is allowed, and saves nothing.
  await keyboardMove(other, card(other, 'pdm', 'pricing-strategy'), ['ArrowRight']);
  await expectCardIn(other, 'pricing-strategy', ['pmm']);
  expect(await savedValue(other)).toBe(own);

  await other.getByRole('button', { name: 'Back to my layout' }).click();
  await expect(banner(other)).toHaveCount(0);
  await expectCardIn(other, 'vision-setting', ['pm']);
  expect(await savedValue(other)).toBe(own);
  expect(new URL(other.url()).hash).toBe('');

  // Keeping it saves it, and Undo brings the user's own layout back.
  await other.goto(url);
  await waitForBoard(other);
  await other.getByRole('button', { name: 'Keep as my layout' }).click();
  await expect(banner(other)).toHaveCount(0);
  await expectCardIn(other, 'pricing-strategy', ['pdm']);
  await expect.poll(() => savedValue(other)).not.toBe(own);
  await other.getByRole('button', { name: 'Undo' }).click();
  await expectCardIn(other, 'vision-setting', ['pm']);
  await expect.poll(() => savedValue(other)).toBe(own);
  await visitor.close();
});

for (const [what, fragment, words] of [
  ['a broken link', '#rl1z.this-is-not-a-layout', 'cannot be opened'],
  ['an oversized link', `#rl1z.${'A'.repeat(70_000)}`, 'larger than'],
  ['a link from a newer version', '#rl9.AAAA', 'newer version'],
]) {
  test(`${what} shows an alert and changes nothing`, async ({ page }) => {
    await openApp(page);
    await keyboardMove(page, card(page, 'pdm', 'vision-setting'), ['ArrowLeft']);
    await expect.poll(() => savedValue(page)).not.toBeNull();
    const own = await savedValue(page);
    await page.goto(`/${fragment}`);
    await waitForBoard(page);
    await expect(alert(page)).toContainText(words);
    await expect(banner(page)).toHaveCount(0);
    await expectCardIn(page, 'vision-setting', ['pm']);
    expect(await savedValue(page)).toBe(own);
  });
}

test('a link pasted into the address bar of an open app opens too', async ({ page }) => {
  const url = await shareLinkWithPricingInPdm(page);
  await keyboardMove(page, card(page, 'pdm', 'pricing-strategy'), ['ArrowRight']);
  await page.evaluate((hash) => { window.location.hash = hash; }, new URL(url).hash);
  await expect(banner(page)).toBeVisible();
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
});

test('exporting JSON and importing it gives back exactly the same layout', async ({ page }) => {
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await page.getByLabel('Layout title').fill('Export "me" <b>');
  await page.getByLabel('Layout title').press('Enter');
  await expect.poll(() => savedValue(page)).toContain('rl2.');
  const original = await savedValue(page);

  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON file/ }).click()]);
  expect(download.suggestedFilename()).toBe('export-me-b.json');
  const json = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(json).format).toBe('role-lanes-layout');

  // Change the board, then import the file: it opens beside the user's layout.
  await keyboardMove(page, card(page, 'pdm', 'pricing-strategy'), ['ArrowRight']);
  await expect.poll(() => savedValue(page)).not.toBe(original);
  const changed = await savedValue(page);
  await page.locator('[data-import-file]').setInputFiles({ name: 'layout.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(banner(page)).toContainText('layout.json');
  expect(await savedValue(page)).toBe(changed);
  await page.getByRole('button', { name: 'Keep as my layout' }).click();
  await expect.poll(() => savedValue(page)).toBe(original);
});

test('a file that is not a layout is refused with a reason and changes nothing', async ({ page }) => {
  await openApp(page);
  await keyboardMove(page, card(page, 'pdm', 'vision-setting'), ['ArrowLeft']);
  await expect.poll(() => savedValue(page)).not.toBeNull();
  const own = await savedValue(page);
  for (const [name, text, words] of [
    ['notes.json', '{"format":"something-else"}', 'not a Role Lanes'],
    ['broken.json', '{"format": "role-lanes-layout", "version": 1, "title": 5', 'not JSON'],
  ]) {
    await page.locator('[data-import-file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(alert(page)).toContainText(words);
    await expect(alert(page)).toContainText(name);
    await expect(banner(page)).toHaveCount(0);
  }
  expect(await savedValue(page)).toBe(own);
});

test('a dropped file imports like a picked one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON file/ }).click()]);
  const json = await readFile(await download.path(), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, json);
  await page.locator('.rl-app').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.rl-app').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(banner(page)).toContainText('dropped.json');
});

test('Markdown and CSV exports hold the activities by lane and the warnings', async ({ page }) => {
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  const exported = async (item) => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
    return readFile(await download.path(), 'utf8');
  };
  const markdown = await exported(/Markdown/);
  expect(markdown).toMatch(/\| Activity \| Category \| PM \| PDM \| PMM \|/);
  // The RACI-style key: L leads, C contributes; a card one lane holds leads.
  expect(markdown).toMatch(/\| Pricing Strategy \| [^|]+ \|   \| L \|   \| PDM \(lead\) \|/);
  expect(markdown).toMatch(/\| User Personas and Journeys \| [^|]+ \|   \| L \| C \| PDM \(lead\), PMM \(contributes\) \|/);
  expect(markdown).toContain('Pricing Strategy');
  expect(markdown).toMatch(/## Warnings/);
  const csv = await exported(/CSV/);
  expect(csv.startsWith('\uFEFF')).toBe(true); // so Excel reads it as UTF-8
  const rows = csv.slice(1).trim().split('\r\n');
  expect(rows[0]).toMatch(/^Activity,/);
  expect(rows.length).toBe(1 + (await page.locator('[data-activity]').evaluateAll((cards) => new Set(cards.map((c) => c.dataset.activity)).size)));
});

test('the file-formats module is fetched on the first export, not with the board', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openApp(page);
  expect(fetched.filter((path) => path.includes('role-lanes-exchange'))).toEqual([]);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /JSON file/ }).click(),
  ]);
  expect(JSON.parse(await readFile(await download.path(), 'utf8')).format).toBe('role-lanes-layout');
  expect(fetched.filter((path) => path.includes('role-lanes-exchange')).sort()).toEqual([
    '/role-lanes-exchange.js',
    '/role-lanes-exchange_bg.wasm',
  ]);
});

test('an export whose module cannot be loaded says so, changes nothing, and works once it can', async ({ page, browserErrors }) => {
  browserErrors.expect(/Failed to load resource|role-lanes-exchange/, 'the test cuts the module off on purpose');
  await page.route('**/role-lanes-exchange.js', (route) => route.abort());
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  const before = await savedValue(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: /Markdown/ }).click();
  await expect(alert(page)).toContainText('The export could not be made');
  expect(await savedValue(page)).toBe(before);
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await page.unroute('**/role-lanes-exchange.js');
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Markdown/ }).click()]);
  expect(await readFile(await download.path(), 'utf8')).toContain('Pricing Strategy');
});

test('named layouts: create, rename, switch, delete and undo the delete', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Layout title').fill('Current org');
  await page.getByLabel('Layout title').press('Enter');
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);

  await page.getByRole('button', { name: 'New layout' }).click();
  await expectCardIn(page, 'pricing-strategy', ['pmm']);
  await page.getByLabel('Layout title').fill('Target org');
  await page.getByLabel('Layout title').press('Enter');
  const list = page.getByLabel('Switch to');
  await expect(list.locator('option')).toHaveText(['Current org', 'Target org']);

  await list.selectOption({ label: 'Current org' });
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
  await page.reload();
  await waitForBoard(page);
  await expect(page.getByLabel('Layout title')).toHaveValue('Current org');
  await expectCardIn(page, 'pricing-strategy', ['pdm']);

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Layout title')).toHaveValue('Copy of Current org');
  await expectCardIn(page, 'pricing-strategy', ['pdm']);

  await page.getByRole('button', { name: 'Delete layout' }).click();
  await expect(list.locator('option')).toHaveText(['Current org', 'Target org']);
  // A layout made after the delete may take the deleted one's number; undo must not overwrite it.
  await page.getByRole('button', { name: 'New layout' }).click();
  await expect(list.locator('option')).toHaveText(['Current org', 'Target org', 'Layout 3']);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(list.locator('option')).toHaveText(['Current org', 'Target org', 'Layout 3', 'Copy of Current org']);
  await expect(page.getByLabel('Layout title')).toHaveValue('Copy of Current org');
  await expectCardIn(page, 'pricing-strategy', ['pdm']);
});

test('the export menu closes with Escape and gives focus back to its button', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export' });
  await button.click();
  await page.getByRole('button', { name: /CSV/ }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /CSV/ })).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('a second tab sees a change made in the first', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first);
  await openApp(second);
  await keyboardMove(first, card(first, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expectCardIn(second, 'pricing-strategy', ['pdm']);
  await expect(second.locator('[data-live-region]')).toContainText('another tab');
  // And back: a change in the second tab reaches the first; neither overwrote the other.
  await keyboardMove(second, card(second, 'pdm', 'vision-setting'), ['ArrowLeft']);
  await expectCardIn(first, 'vision-setting', ['pm']);
  await expectCardIn(first, 'pricing-strategy', ['pdm']);
});

test('a tab is told, not overwritten, when another tab saved in a newer format', async ({ context }) => {
  const page = await context.newPage();
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  const other = await context.newPage();
  await other.goto('/');
  await waitForBoard(other);
  await other.evaluate((key) => window.localStorage.setItem(key, 'rl9.AAAA'), STORAGE_KEY);
  await expect(alert(page)).toContainText('newer version');
  await keyboardMove(page, card(page, 'pdm', 'vision-setting'), ['ArrowLeft']);
  expect(await savedValue(page)).toBe('rl9.AAAA');
});

test('the print stylesheet keeps the board and warnings and drops the controls', async ({ page }) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section[data-lane="pm"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Warnings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share link' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
});

test('seeded saves from before named layouts open as the first layout', async ({ page }) => {
  await openApp(page);
  await keyboardMove(page, card(page, 'pmm', 'pricing-strategy'), ['ArrowLeft']);
  await expect.poll(() => savedValue(page)).not.toBeNull();
  const saved = await savedValue(page);
  const fresh = await page.context().browser().newContext();
  const other = await fresh.newPage();
  await seedStorage(other, saved);
  await openApp(other);
  await expectCardIn(other, 'pricing-strategy', ['pdm']);
  await expect(other.getByLabel('Switch to').locator('option')).toHaveCount(1);
  await fresh.close();
});

test("a card's About fetches the catalog's descriptions on first use, and says so when it cannot", async ({ page, browserErrors }) => {
  browserErrors.expect(/Failed to load resource|role-lanes-exchange/, 'the test cuts the module off on purpose');
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.route('**/role-lanes-exchange.js', (route) => route.abort());
  await openApp(page);
  expect(fetched.filter((path) => path.includes('role-lanes-exchange'))).toEqual([]);
  const vision = card(page, 'pdm', 'vision-setting');
  const about = vision.getByRole('button', { name: 'About Vision Setting' });
  await about.click();
  await expect(vision.locator('.rl-card-description')).toContainText('The description could not be loaded');
  await about.click(); // folds
  await page.unroute('**/role-lanes-exchange.js');
  await about.click(); // opening again tries again
  await expect(vision.locator('.rl-card-description')).toHaveText('Define and communicate the long-term vision for the product.');
  await expect(about).toHaveAttribute('aria-expanded', 'true');
  // Every other card has its text at once now.
  const pricing = card(page, 'pmm', 'pricing-strategy');
  await pricing.getByRole('button', { name: 'About Pricing Strategy' }).click();
  await expect(pricing.locator('.rl-card-description')).not.toContainText('Loading');
  await expect(pricing.locator('.rl-card-description')).toHaveText(/\.$/);
});
