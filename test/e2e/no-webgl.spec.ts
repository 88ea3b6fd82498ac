/** A machine whose Chromium gives no WebGL gets a message, never a blank window. */
import { expect, test } from '@playwright/test';
import { appUrl, shoot } from './support/app';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-3d-apis',
      '--disable-background-networking',
      '--no-first-run',
    ],
  },
});

test('gets a message and a way to retry, not a blank window', async ({ page }) => {
  await page.goto(appUrl());
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'error', {
    timeout: 60_000,
  });
  await expect(
    page.getByRole('heading', { name: 'Farside could not draw the Moon' }),
  ).toBeVisible();
  await expect(page.getByText('WebGL 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await shoot(page, 'no-webgl');
});
