/** Without a usable pack the window explains what is missing and the command that fixes it. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ARTIFACTS } from './support/app';

test('no pack: a clear screen with the command that fixes it', async ({ page }) => {
  await page.goto(process.env.FARSIDE_E2E_NO_PACK_URL!);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'missing');
  await expect(
    page.getByRole('heading', { name: 'The Moon data is not installed yet' }),
  ).toBeVisible();
  await expect(page.locator('pre.command')).toHaveText('npm run assets');
  await mkdir(ARTIFACTS, { recursive: true });
  // The way to better data is on this screen too (web mode: the dialog explains the commands).
  await page.getByRole('button', { name: 'Get sharper Moon data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Get sharper Moon data' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('npm run assets');
  await page.screenshot({ path: join(ARTIFACTS, 'missing-pack-sharper.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'missing-pack.png') });
});

test('broken manifest: says the data is damaged and how to rebuild it', async ({ page }) => {
  await page.goto(process.env.FARSIDE_E2E_BROKEN_PACK_URL!);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'missing');
  await expect(page.getByRole('heading', { name: 'The Moon data is damaged' })).toBeVisible();
  await expect(page.getByText('not valid JSON')).toBeVisible();
  await expect(page.locator('pre.command')).toHaveText('npm run assets');
});
