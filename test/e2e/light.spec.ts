/**
 * The default (explore) light shows the Moon's own face: over the central 80%
 * of the disc, the brightness on screen correlates with the LROC color map's
 * brightness at the same places (Pearson ≥ 0.6), at several views. The
 * reference is the color map projected by test/e2e/support/projection.ts
 * (written from DESIGN.md, not the app's frame code).
 */
import { expect, test, type Page } from '@playwright/test';
import { lumaAt, mapLumaAt, pearson, type Raster } from './support/images';
import { openApp, packColorMap, projector, settle, shoot } from './support/app';
import type { Projector } from './support/projection';

let map: Raster;
test.beforeAll(async () => {
  map = await packColorMap();
});

/** Screen points over the central `fraction` of the disc's radius, on a regular grid. */
function centralDisc(p: Projector, fraction = 0.8, stepPx = 8) {
  const c = p.project([0, 0, 0]);
  const edge = p.project(p.limbPoint());
  const radiusPx = Math.hypot(edge.x - c.x, edge.y - c.y);
  const out: { x: number; y: number; latDeg: number; lonDeg: number }[] = [];
  for (let y = c.y - radiusPx; y <= c.y + radiusPx; y += stepPx) {
    for (let x = c.x - radiusPx; x <= c.x + radiusPx; x += stepPx) {
      if (Math.hypot(x - c.x, y - c.y) > fraction * radiusPx) continue;
      const ll = p.unproject(x, y);
      if (ll) out.push({ x, y, ...ll });
    }
  }
  return { samples: out, radiusPx };
}

/** Pearson correlation of screen luma with color-map luma over the central disc. */
export async function albedoCorrelation(page: Page, name: string) {
  await settle(page);
  const p = await projector(page);
  const shot = await shoot(page, name);
  const { samples } = centralDisc(p);
  const screen = samples.map((s) => lumaAt(shot, s.x, s.y, 1));
  const reference = samples.map((s) => mapLumaAt(map, s.latDeg, s.lonDeg, 1));
  return { r: pearson(screen, reference), n: samples.length, centre: p.centre() };
}

test('the default light shows the maria dark and the highlands bright, at several views', async ({
  page,
}) => {
  await openApp(page);
  // The default near side as a new user first sees it, names and all.
  await shoot(page, 'explore-default-near');
  // The check compares the rendered Moon with the map: take the name labels (an overlay) off.
  await page.getByRole('button', { name: 'Names' }).click();
  await expect(page.locator('canvas.name-labels')).toHaveAttribute('data-labels', '[]');
  const results: string[] = [];
  const measured: { name: string; r: number; n: number }[] = [];
  // Near side, then turned with the arrow keys: 30° steps (Shift) east, north, south, far side.
  const moves: { name: string; keys: string[] }[] = [
    { name: 'light-explore-near', keys: [] },
    { name: 'light-explore-east', keys: ['Shift+ArrowRight', 'Shift+ArrowRight'] },
    { name: 'light-explore-north', keys: ['Shift+ArrowUp', 'Shift+ArrowUp'] },
    {
      name: 'light-explore-south',
      keys: ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown'],
    },
    { name: 'light-explore-far', keys: ['f'] },
  ];
  for (const move of moves) {
    for (const key of move.keys) {
      await page.keyboard.press(key);
      await settle(page);
    }
    const { r, n, centre } = await albedoCorrelation(page, move.name);
    results.push(
      `${move.name} (${centre.latDeg.toFixed(0)}°, ${centre.lonDeg.toFixed(0)}°): r = ${r.toFixed(3)} over ${n} points`,
    );
    measured.push({ name: move.name, r, n });
  }
  console.log(results.join('\n'));
  test.info().annotations.push({ type: 'albedo correlation', description: results.join('; ') });
  for (const { name, r, n } of measured) {
    expect(n, `${name}: sample points on the central disc`).toBeGreaterThan(1000);
    expect(r, `${name}: screen vs color-map brightness`).toBeGreaterThanOrEqual(0.6);
  }
});
