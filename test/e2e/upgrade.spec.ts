/**
 * "Get sharper Moon data" in the page, against a local server standing in
 * for NASA: the host downloads and verifies the kit file, builds the new pack
 * beside the old one, swaps it in, and the page loads the new layers without
 * being reloaded (a marker set on `window` before the upgrade survives).
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, realData, shoot } from './support/app';

test('an in-app upgrade grows the color width shown, without reloading the page', async ({
  page,
}) => {
  test.skip(
    !realData(),
    'needs the real NASA kit files (set MOON_KIT_DIR), which the catalog hashes',
  );
  await openApp(page, process.env.FARSIDE_E2E_UPGRADE_URL!);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-color-width', '1024');
  await page.evaluate(() => {
    (window as unknown as { farsideMarker: string }).farsideMarker = 'same page';
  });

  await page.locator('.status .sharper-open').click();
  const dialog = page.getByRole('dialog', { name: 'Get sharper Moon data' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /2k color \(2048 × 1024\), 3\.3 MB/ }).check();
  await dialog.getByRole('button', { name: 'Download' }).click();

  await expect(dialog.locator('[data-upgrade-phase="done"]')).toBeVisible({ timeout: 120_000 });
  await expect(html).toHaveAttribute('data-farside-state', 'ready', { timeout: 90_000 });
  await expect(html).toHaveAttribute('data-color-width', '2048');
  await expect(page.locator('.status .pack-data')).toHaveText('Moon data: 2k color, 4 px/° relief');
  expect(
    await page.evaluate(() => (window as unknown as { farsideMarker?: string }).farsideMarker),
  ).toBe('same page');
  await shoot(page, 'after-upgrade');

  // Nothing to offer below what shows now: the 1k and 2k color are gone from the list.
  await expect(dialog.getByRole('radio', { name: /2k color/ })).toHaveCount(0);
});

test('plain web mode explains the commands instead of downloading', async ({ page }) => {
  await openApp(page, process.env.FARSIDE_E2E_STARTER_URL!);
  await page.locator('.status .sharper-open').click();
  const dialog = page.getByRole('dialog', { name: 'Get sharper Moon data' });
  await expect(dialog.locator('code', { hasText: /^npm run assets$/ })).toBeVisible();
  await expect(dialog.locator('code', { hasText: '--from /path/to/moonkit' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download' })).toHaveCount(0);
});

test('offline: the dialog says so and builds from a folder of kit files on disk', async ({
  page,
}) => {
  await openApp(page, process.env.FARSIDE_E2E_OFFLINE_UPGRADE_URL!);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-color-width', '1024');
  await page.locator('.status .sharper-open').click();
  const dialog = page.getByRole('dialog', { name: 'Get sharper Moon data' });
  await dialog.getByRole('radio', { name: /2k color \(2048 × 1024\)/ }).check();
  await dialog.getByRole('button', { name: 'Download' }).click();
  const result = dialog.locator('.upgrade-result[data-upgrade-phase="failed"]');
  await expect(result).toContainText('You seem to be offline');
  await expect(result).toContainText('unchanged');
  await expect(dialog.locator('.offline-folder')).toContainText('Moon Kit files on disk');
  await shoot(page, 'upgrade-offline');
  // Still the starter Moon: nothing was swapped.
  await expect(page.locator('.status .pack-data')).toHaveText(/^Starter Moon/);

  test.skip(!realData(), 'choosing a folder needs the real NASA kit files (set MOON_KIT_DIR)');
  // Web mode has no folder picker for the server's disk: the page asks for the path.
  page.once('dialog', (prompt) => void prompt.accept(resolve(process.env.MOON_KIT_DIR!)));
  await dialog.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(dialog.locator('[data-upgrade-phase="done"]')).toBeVisible({ timeout: 120_000 });
  await expect(html).toHaveAttribute('data-farside-state', 'ready', { timeout: 90_000 });
  await expect
    .poll(async () => Number(await html.getAttribute('data-color-width')), { timeout: 90_000 })
    .toBeGreaterThan(1024);
  await expect(page.locator('.status .pack-data')).toHaveText(/^Moon data: /);
});
