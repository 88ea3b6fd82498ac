/**
 * Broken pack files in a real Chromium: the app names the file and the fix
 * and keeps drawing the Moon from what is still good; never a blank window.
 * (Every file × fault is checked at unit level in
 * test/unit/assets/broken-pack.test.ts; a broken manifest in
 * missing-pack.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { lumaAt, mapLumaAt, pearson, type Raster } from './support/images';
import { packColorMap, projector, settle, shoot } from './support/app';

let map: Raster;
test.beforeAll(async () => {
  map = await packColorMap();
});

/** The globe on screen shows the pack's color map (not a blank or flat disk). */
async function expectMoonDrawn(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Names' }).click();
  await settle(page);
  const p = await projector(page);
  const shot = await shoot(page, name);
  const screen: number[] = [];
  const mapped: number[] = [];
  const c = p.centre();
  for (let y = 20; y < p.height; y += 16) {
    for (let x = 20; x < p.width; x += 16) {
      const ll = p.unproject(x, y);
      // Near the centre of the disk, away from the limb and the notice.
      if (!ll || Math.abs(ll.latDeg - c.latDeg) > 45 || Math.abs(ll.lonDeg - c.lonDeg) > 45) {
        continue;
      }
      if (x > p.width - 470 && y > p.height - 330) continue;
      screen.push(lumaAt(shot, x, y));
      mapped.push(mapLumaAt(map, ll.latDeg, ll.lonDeg));
    }
  }
  expect(screen.length).toBeGreaterThan(200);
  const mean = screen.reduce((a, b) => a + b, 0) / screen.length;
  expect(mean, 'disk mean brightness').toBeGreaterThan(40);
  expect(pearson(screen, mapped), 'screen follows the color map').toBeGreaterThan(0.6);
}

test('best color level with a flipped byte: the next level is shown, the file and fix named', async ({
  page,
}) => {
  await page.goto(process.env.FARSIDE_E2E_FLIPPED_COLOR_URL!);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 90_000,
  });
  const levels = map.width; // the intact pack's best level, decoded
  const shown = Number(await page.locator('html').getAttribute('data-color-width'));
  expect(shown).toBeLessThan(levels);
  expect(shown).toBeGreaterThan(0);
  const notice = page.locator('.damaged-pack');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`color-${levels}.`);
  await expect(notice).toContainText('does not match its SHA-256 in manifest.json');
  await expect(notice).toContainText('The sharpest intact color map is shown');
  await expect(notice.locator('pre.command')).toHaveText('npm run assets');
  // The status line names the level on screen, not the damaged one.
  await expect(page.locator('.status .pack-data')).toHaveText(
    new RegExp(`^Moon data: ${shown / 1024}k color, `),
  );
  await expectMoonDrawn(page, 'broken-best-color');
});

test('truncated elevation grid: the globe shows its color, smooth, and says so', async ({
  page,
}) => {
  await page.goto(process.env.FARSIDE_E2E_TRUNCATED_PACK_URL!);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 90_000,
  });
  const notice = page.locator('.damaged-pack');
  await expect(notice).toContainText(
    /elevation\.[0-9a-f]+\.i16 is [0-9,]+ bytes; manifest\.json says/,
  );
  await expect(notice).toContainText('The relief is left out');
  await expect(notice.locator('pre.command')).toHaveText('npm run assets');
  // The status line claims no relief resolution for a smooth globe.
  await expect(page.locator('.status .pack-data')).toHaveText(/, relief left out$/);
  await expectMoonDrawn(page, 'broken-elevation');
  // No height is claimed for a flat stand-in.
  const c = page.viewportSize()!;
  await page.mouse.move(c.width / 2, c.height / 2);
  await expect(page.locator('.readout')).toBeVisible();
  await expect(page.locator('.readout')).not.toHaveAttribute('data-height-m', /.*/);
  // Nor a relief to exaggerate: the slider is off, and says why.
  const slider = page.getByRole('slider', { name: 'Relief exaggeration' });
  await expect(slider).toBeDisabled();
  await expect(page.locator('label.relief')).toHaveAttribute('title', /The relief is left out/);
  // The notice can be put away; the globe stays.
  await notice.getByRole('button').click();
  await expect(notice).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready');
});
