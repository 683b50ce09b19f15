// Automated accessibility audit (axe-core, WCAG 2.x A and AA rules, contrast included) of the
// board in light and dark schemes, at rest, with a card's menu open, with an alert shown, and
// with the sharing, export and named-layout controls in use.
import { test, expect } from './fixtures.mjs';
import { createRequire } from 'node:module';
import { card, openApp, seedStorage } from './helpers.mjs';

const axeSource = createRequire(import.meta.url)('axe-core').source;

async function audit(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0].target.join(' ')})`);
  });
}

for (const scheme of ['light', 'dark']) {
  test.describe(`in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the board has no WCAG A or AA violations', async ({ page }) => {
      await openApp(page);
      expect(await audit(page)).toEqual([]);
    });

    test('an open Move menu and a shown description have no violations', async ({ page }) => {
      await openApp(page);
      await card(page, 'pdm', 'vision-setting').getByRole('button', { name: 'About Vision Setting' }).click();
      await card(page, 'pmm', 'pricing-strategy').getByRole('button', { name: 'Move Pricing Strategy', exact: true }).click();
      expect(await audit(page)).toEqual([]);
    });

    test('the share field, the export menu and a deleted-layout notice have no violations', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Delete layout' }).click();
      await page.getByRole('button', { name: 'Share link' }).click();
      await expect(page.locator('[data-share-link]')).toBeVisible();
      await page.getByRole('button', { name: 'Export' }).click();
      expect(await audit(page)).toEqual([]);
    });

    test('the shared view and a broken-link alert have no violations', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Share link' }).click();
      const url = await page.locator('[data-share-link]').inputValue();
      await page.goto(url);
      await expect(page.locator('[data-shared-view]')).toBeVisible();
      expect(await audit(page)).toEqual([]);
      await page.goto('/#rl1z.broken');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });

    test('the unreadable-data alert has no violations', async ({ page }) => {
      await seedStorage(page, '{not json');
      await openApp(page);
      expect(await audit(page)).toEqual([]);
    });
  });
}
