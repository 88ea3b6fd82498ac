/**
 * Languages: the app starts in the browser's language, switches live (visible
 * text, site descriptions, <html lang>), and Chinese draws real glyphs, not
 * boxes. Screenshots of the main screen in each language are artifacts.
 * Expected words are written here by hand, not read from the app's files.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, shoot } from './support/app';

async function pick(page: Page, language: 'en' | 'fr' | 'zh') {
  await page.getByTestId('language').selectOption(language);
}

/**
 * True when two Han characters render as different shapes in the page's
 * font: a font without them draws the same .notdef box for both.
 */
async function hanGlyphsDiffer(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const font = getComputedStyle(document.querySelector('.toolbar button')!).font;
    const draw = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const g = c.getContext('2d')!;
      g.font = font.replace(/\d+(\.\d+)?px/, '40px');
      g.fillStyle = '#000';
      g.fillText(ch, 4, 48);
      return Array.from(g.getImageData(0, 0, 64, 64).data);
    };
    const a = draw('月');
    const b = draw('背');
    const inked = a.some((v, i) => i % 4 === 3 && v > 0);
    return inked && a.some((v, i) => v !== b[i]);
  });
}

test.describe('starting language', () => {
  test.use({ locale: 'fr-FR' });
  test('a French browser gets the French interface', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Face cachée', exact: true })).toBeVisible();
  });

  test('a French interface that cannot load: English, and the user is told', async ({ page }) => {
    // The French strings are their own chunk (assets/fr-*.js); refuse every one.
    await page.route(/\/assets\/fr-[^/]*\.js$/, (route) => route.abort('failed'));
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Far side', exact: true })).toBeVisible();
    await expect(
      page.getByText('The Français interface could not be loaded, so Farside is in English.'),
    ).toBeVisible();
  });
});

test.describe('Simplified Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('a Chinese browser gets the Chinese interface', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('button', { name: '背面', exact: true })).toBeVisible();
  });
});

test('switching language changes the text, the site descriptions and <html lang>, live', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shoot(page, 'main-en');

  await page.getByRole('button', { name: 'Places', exact: true }).click();
  await page.locator('[data-site="change-6"]').click();
  const info = page.locator('aside.info');
  await expect(info).toContainText('first sample return from the far side');

  await pick(page, 'fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Face visible', exact: true })).toBeVisible();
  await expect(info).toContainText('premier retour d’échantillons de la face cachée');
  await expect(info).toHaveAttribute('aria-label', 'Informations : Atterrisseur Chang’e 6');
  await expect(page.getByRole('button', { name: 'Near side', exact: true })).toHaveCount(0);

  await pick(page, 'zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('button', { name: '正面', exact: true })).toBeVisible();
  await expect(info).toContainText('月球背面采样返回');
  await expect(info).toContainText('南纬 41.6385°');

  await pick(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(info).toContainText('first sample return from the far side');
});

test('main screen in French and Chinese; Chinese draws real glyphs', async ({ page }) => {
  await openApp(page);
  await pick(page, 'fr');
  await expect(page.getByRole('button', { name: 'Lieux', exact: true })).toBeVisible();
  await shoot(page, 'main-fr');
  await pick(page, 'zh');
  await expect(page.getByRole('button', { name: '地点', exact: true })).toBeVisible();
  expect(await hanGlyphsDiffer(page)).toBe(true);
  await page.getByRole('button', { name: '地点', exact: true }).click();
  await shoot(page, 'main-zh');
});
