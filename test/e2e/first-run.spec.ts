/**
 * A first run: a fresh checkout's web mode, no kit, no download. The pack
 * `npm run web` builds from assets/starter shows a lit, textured Moon, and
 * the status bar says which data that is.
 */
import { expect, test } from '@playwright/test';
import { lumaAt } from './support/images';
import { openApp, projector, shoot } from './support/app';

test('web mode with no kit shows the starter Moon and says so', async ({ page }) => {
  await openApp(page, process.env.FARSIDE_E2E_STARTER_URL!);
  await expect(page.locator('.status .pack-data')).toHaveText(
    'Starter Moon: 1k color, 4 px/° relief',
  );
  await expect(page.locator('html')).toHaveAttribute('data-color-width', '1024');
  const p = await projector(page);
  const shot = await shoot(page, 'first-run-starter');
  const c = p.project([0, 0, 0]);
  const r = Math.abs(p.project([1, 0, 0]).x - c.x);
  // Lit and textured on the disk, dark space off it.
  const disk: number[] = [];
  for (let k = -4; k <= 4; k++) {
    for (let m = -4; m <= 4; m++) disk.push(lumaAt(shot, c.x + (k * r) / 7, c.y + (m * r) / 7, 3));
  }
  const mean = disk.reduce((a, b) => a + b, 0) / disk.length;
  const sd = Math.sqrt(disk.reduce((a, b) => a + (b - mean) ** 2, 0) / disk.length);
  expect(mean).toBeGreaterThan(40);
  expect(sd).toBeGreaterThan(6);
  expect(lumaAt(shot, 30, p.height - 60, 4)).toBeLessThan(mean / 3);
});
