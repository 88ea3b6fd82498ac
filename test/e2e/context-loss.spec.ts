/**
 * GPU trouble in the renderer: the WebGL context is lost and given back
 * (WEBGL_lose_context, as a GPU reset would). The person is told, and the
 * globe comes back as it was: the screen after restoring matches the screen
 * before the loss (the textures were uploaded again; a missing one would
 * draw black or white), and the app still answers (a turn to the far side).
 */
import { expect, test, type Page } from '@playwright/test';
import { appUrl, openApp, settle, shoot } from './support/app';
import { lumaAt, pearson, type Raster } from './support/images';

const VIEW = 'lat=10&lon=20&alt=4000&sites=';

function grid(r: Raster, step = 8): number[] {
  const out: number[] = [];
  for (let y = step; y < r.height - step; y += step)
    for (let x = step; x < r.width - step; x += step) out.push(lumaAt(r, x, y, 1));
  return out;
}

const std = (v: number[]) => {
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
};

/** The globe alone: the DOM overlay and name labels hidden. */
async function globeShot(page: Page, name: string): Promise<Raster> {
  const style = await page.addStyleTag({
    content: '.overlay, .name-labels, .messages { visibility: hidden !important; }',
  });
  const shot = await shoot(page, name);
  await style.evaluate((el) => (el as Element).remove());
  return shot;
}

/**
 * Calls loseContext() or restoreContext() on the globe's own WebGL context.
 * The extension is taken while the context is alive (a lost context gives
 * none) and kept on the page for the restore.
 */
async function context(page: Page, action: 'loseContext' | 'restoreContext') {
  await page.evaluate((act) => {
    const held = window as unknown as { loseContextExt?: WEBGL_lose_context | null };
    if (held.loseContextExt === undefined) {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewer canvas');
      held.loseContextExt = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    }
    if (!held.loseContextExt) throw new Error('no WEBGL_lose_context on the globe canvas');
    held.loseContextExt[act]();
  }, action);
}

test('a lost WebGL context is announced, restored, and the globe comes back as it was', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page, `${appUrl()}#${VIEW}`);
  const before = await globeShot(page, 'context-before-loss');
  expect(std(grid(before)), 'a globe on screen before the loss').toBeGreaterThan(10);

  await context(page, 'loseContext');
  await expect(page.locator('html')).toHaveAttribute('data-gl-context', 'lost');
  const alert = page.getByRole('alert').filter({ hasText: '3D context was lost' });
  await expect(alert).toBeVisible();
  await shoot(page, 'context-lost');

  await context(page, 'restoreContext');
  await expect(page.locator('html')).toHaveAttribute('data-gl-context', 'restored');
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'The 3D view is back.' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready');
  await settle(page);
  const after = await globeShot(page, 'context-restored');
  const r = pearson(grid(after), grid(before));
  const meanAbs =
    grid(after).reduce((s, v, i) => s + Math.abs(v - grid(before)[i]!), 0) / grid(after).length;
  console.log(
    `after restore vs before loss: Pearson r = ${r.toFixed(4)}, mean |Δluma| = ${meanAbs.toFixed(2)}`,
  );
  expect(r, 'restored screen vs the screen before the loss').toBeGreaterThan(0.99);
  expect(meanAbs, 'mean luma difference (0–255)').toBeLessThan(2);

  // Still drawing: the far side is a different picture, and not a blank one.
  await page.getByRole('button', { name: 'Far side', exact: true }).click();
  await settle(page);
  const far = await globeShot(page, 'context-restored-far-side');
  expect(std(grid(far)), 'the far side draws').toBeGreaterThan(10);
  expect(pearson(grid(far), grid(before)), 'the view moved').toBeLessThan(0.9);
});
