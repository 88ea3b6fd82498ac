/**
 * About Farside in web mode: versions, the pack's sources, credits, the
 * bundled libraries with licences, and the log file's path as text (a page
 * cannot open a folder on the host, so there is no button for it); axe-core
 * finds nothing in English, French and Chinese.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, shoot } from './support/app';

const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

test('About shows versions, sources, credits, licences and the log path; axe finds nothing', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await page.getByRole('button', { name: 'About', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'About Farside' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('about-version')).toHaveText(`Version ${version}`);
  // The pack was built by this run's global setup, today (or just before midnight).
  await expect(dialog.getByTestId('about-pack')).toContainText(
    /^Data pack format 1, built [A-Z][a-z]+ \d{1,2}, 20\d\d, from:$/,
  );
  await expect(dialog).toContainText('ldem_4_uint.tif');
  await expect(dialog).toContainText("NASA's Scientific Visualization Studio, CGI Moon Kit");
  await dialog.getByText(/Libraries included \(\d+\)/).click();
  const libraries = dialog.getByTestId('about-libraries');
  const item = (name: RegExp) => libraries.locator('li').filter({ hasText: name });
  await expect(item(/^react \d+\.\d+\.\d+ — MIT$/)).toHaveCount(1);
  await expect(item(/^three 0\.187\.\d+ — MIT$/)).toHaveCount(1);
  await expect(item(/^sharp \d+\.\d+\.\d+ — Apache-2\.0$/)).toHaveCount(1);
  await expect(dialog.getByTestId('about-log')).toHaveText(
    `Errors are logged to ${process.env.FARSIDE_E2E_LOG_FILE!}`,
  );
  await expect(dialog.getByRole('button', { name: 'Open log folder' })).toHaveCount(0);
  await shoot(page, 'about-en');

  const found: string[] = [];
  for (const language of ['en', 'fr', 'zh'] as const) {
    if (language !== 'en') {
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await page.getByTestId('language').selectOption(language);
      await page.getByTestId('open-about').click();
      await page.locator('dialog[open].about summary').click();
    }
    await expect(page.locator('dialog[open].about [data-testid="about-libraries"]')).toBeVisible();
    await expect(page.locator('dialog[open].about')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations) {
      for (const n of v.nodes) found.push(`${language}: ${v.id} ${n.target.join(' ')} — ${v.help}`);
    }
  }
  await expect(page.locator('dialog[open].about h2')).toHaveText('关于 Farside');
  expect(found).toEqual([]);
  // Escape closes it and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page.getByTestId('open-about')).toBeFocused();
});
