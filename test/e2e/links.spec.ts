/**
 * Links to views: a deep link opens its view (checked by projecting a known
 * site with the suite's own camera math), a malformed link says why and shows
 * the default view, moving the globe rewrites the fragment without adding
 * history, an edited fragment is shown, and "Copy link" copies the address.
 * Coordinates come from REFERENCE.md.
 */
import { expect, test, type Page } from '@playwright/test';
import { appUrl, openApp, projector, settle, shoot } from './support/app';
import { surfacePoint } from './support/projection';
import type { Raster } from './support/images';

const CHANGE_5 = { latDeg: 43.0576, lonDeg: -51.9161 };
const CHANGE_6 = { latDeg: -41.6385, lonDeg: -153.9852 };
const CYAN = [63, 208, 255] as const; // robotic landing pins

function colorCount(shot: Raster, x: number, y: number, color: readonly number[], radius = 12) {
  let n = 0;
  for (let j = Math.round(y - radius); j <= y + radius; j++) {
    for (let i = Math.round(x - radius); i <= x + radius; i++) {
      if (i < 0 || j < 0 || i >= shot.width || j >= shot.height) continue;
      const o = (j * shot.width + i) * shot.channels;
      if (color.every((c, k) => Math.abs(shot.data[o + k]! - c) < 40)) n++;
    }
  }
  return n;
}

const hash = (page: Page) => page.evaluate(() => window.location.hash);

async function centreOf(page: Page) {
  return (await projector(page)).centre();
}

// Each test has a fresh browser context: no stored layers, a real page load.

test("a deep link opens its view: Chang'e-5 lands in the middle of the screen", async ({
  page,
}) => {
  await openApp(page, `${appUrl()}#lat=43.0576&lon=-51.9161&alt=2500`);
  const p = await projector(page);
  const size = page.viewportSize()!;
  const at = p.project(surfacePoint(CHANGE_5.latDeg, CHANGE_5.lonDeg));
  expect(Math.abs(at.x - size.width / 2), 'x of the site vs screen centre (px)').toBeLessThan(2);
  expect(Math.abs(at.y - size.height / 2), 'y of the site vs screen centre (px)').toBeLessThan(2);
  // Altitude: camera distance from the centre, in datum radii.
  const distance = Math.hypot(...p.pose.position);
  expect(distance).toBeCloseTo(1 + 2500 / 1737.4, 3);
  const shot = await shoot(page, 'link-change-5');
  expect(colorCount(shot, at.x, at.y, CYAN), "Chang'e-5 pin at the centre").toBeGreaterThan(20);
  await expect.poll(() => hash(page)).toBe('#lat=43.0576&lon=-51.9161&alt=2500');
});

test('a malformed link says why, shows the default view and can be dismissed', async ({ page }) => {
  await openApp(page, `${appUrl()}#lat=95&lon=10&alt=2500`);
  const alert = page.getByRole('alert').filter({ hasText: 'lat must be between -90 and 90' });
  await expect(alert).toBeVisible();
  const c = await centreOf(page);
  expect(Math.abs(c.latDeg)).toBeLessThan(0.01);
  expect(Math.abs(c.lonDeg), 'nothing of the bad link applied (lon stays 0)').toBeLessThan(0.01);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

test('moving the globe keeps the fragment current without adding history', async ({ page }) => {
  await openApp(page);
  await expect.poll(() => hash(page)).toMatch(/^#lat=0&lon=0&alt=5560$/);
  const before = await page.evaluate(() => history.length);
  await page.keyboard.press('f');
  await settle(page);
  await expect.poll(() => hash(page)).toMatch(/^#lat=0&lon=-?180&alt=5560$/);
  // A drag: many camera updates, still no history entry.
  const box = (await page.locator('canvas:not(.name-labels)').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) {
    await page.mouse.move(box.x + box.width / 2 + k * 15, box.y + box.height / 2 + k * 5);
  }
  await page.mouse.up();
  await settle(page);
  await page.keyboard.press('g'); // a layer change is part of the view too
  await expect.poll(() => hash(page)).toContain('overlays=labels,grid');
  const c = await centreOf(page);
  const fragment = new URLSearchParams((await hash(page)).slice(1));
  expect(Number(fragment.get('lat'))).toBeCloseTo(c.latDeg, 2);
  expect(Math.abs(Number(fragment.get('lon')) - c.lonDeg) % 360).toBeLessThan(0.01);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("an edited fragment is shown: Chang'e-6 on the far side", async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    window.location.hash = 'lat=-41.6385&lon=-153.9852&alt=3000';
  });
  // The fly takes a few seconds; the pose is published when it comes to rest.
  await expect
    .poll(async () => (await centreOf(page)).latDeg, { timeout: 60_000 })
    .toBeCloseTo(CHANGE_6.latDeg, 3);
  await settle(page);
  const c = await centreOf(page);
  expect(c.latDeg).toBeCloseTo(CHANGE_6.latDeg, 3);
  expect(c.lonDeg).toBeCloseTo(CHANGE_6.lonDeg, 3);
  await expect.poll(() => hash(page)).toBe('#lat=-41.6385&lon=-153.9852&alt=3000');
});

test('"Copy link" puts the address of this view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, `${appUrl()}#lat=20&lon=-30&alt=3500&overlays=grid`);
  await expect.poll(() => hash(page)).toBe('#lat=20&lon=-30&alt=3500&overlays=grid');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Link to this view copied' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).hash).toBe('#lat=20&lon=-30&alt=3500&overlays=grid');
  // The shortcut does the same from anywhere on the page.
  await page.keyboard.press('n');
  await expect.poll(() => hash(page), { timeout: 60_000 }).toMatch(/^#lat=0&lon=0&/);
  await page.keyboard.press('l');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('#lat=0&lon=0&alt=3500');
});
