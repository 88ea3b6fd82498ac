/**
 * One page at last quarter, seen from Earth (USNO: 2022-12-16 08:56 UTC).
 * The Sun then stands 90° west of the view centre: the west half of the disc
 * is lit and the east half dark. On the same page: the terminator line lies
 * on the picture's own boundary between light and dark, the sub-Earth marker
 * sits at the point astronomy-engine's Libration() gives, and the relief
 * exaggeration changes the picture in Sun light and in the explore light.
 * Projection: test/e2e/support/projection.ts (not the app's frame code).
 */
import { expect, test, type Page } from '@playwright/test';
import { Libration } from 'astronomy-engine';
import { lumaAt, type Raster } from './support/images';
import { projector, realData, settle, shoot } from './support/app';
import { surfacePoint, type Projector } from './support/projection';
import { disc, discMean, look, panel, showMoment, sunMode, waitForCentre } from './support/sun';

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, x: number, y: number, m = 4) =>
  x >= b.x - m && x <= b.x + b.width + m && y >= b.y - m && y <= b.y + b.height + m;

function rgb(shot: Raster, x: number, y: number): [number, number, number] {
  const o = (y * shot.width + x) * shot.channels;
  return [shot.data[o]!, shot.data[o + 1]!, shot.data[o + 2]!];
}

/** Terminator yellow (#ffcf5a) and sub-Earth cyan (#7fd1ff), with room for antialiasing. */
const isYellow = ([r, g, b]: [number, number, number]) => r > 190 && g > 140 && r - b > 100;
const isCyan = ([r, g, b]: [number, number, number]) =>
  b > 200 && g > 160 && r > 80 && r < 190 && b - r > 60;

/**
 * Relief in the picture: mean absolute luma step between neighbouring
 * pixels over the part of the disc where `keep` holds.
 */
function reliefContrast(shot: Raster, p: Projector, keep: (dx: number, dy: number) => boolean) {
  const d = disc(p);
  let sum = 0;
  let n = 0;
  for (let y = Math.round(d.y - d.r); y < d.y + d.r; y += 2) {
    for (let x = Math.round(d.x - d.r); x < d.x + d.r; x += 2) {
      if (x < 1 || y < 1 || x >= shot.width - 1 || y >= shot.height - 1) continue;
      if (!keep((x - d.x) / d.r, (y - d.y) / d.r)) continue;
      const l = lumaAt(shot, x, y, 0);
      sum += Math.abs(lumaAt(shot, x + 1, y, 0) - l) + Math.abs(lumaAt(shot, x, y + 1, 0) - l);
      n++;
    }
  }
  return sum / n;
}

async function setRelief(page: Page, value: number) {
  await page.getByLabel('Relief exaggeration').fill(String(value));
  await expect(page.getByText(`Relief ×${value.toFixed(value < 10 ? 1 : 0)}`)).toBeVisible();
}

/** Poll screenshots until the relief measure passes `ok` (the frame after the change). */
async function reliefUntil(
  page: Page,
  p: Projector,
  keep: (dx: number, dy: number) => boolean,
  ok: (c: number) => boolean,
  name: string,
) {
  let c = NaN;
  await expect
    .poll(
      async () => {
        c = reliefContrast(await shoot(page, name), p, keep);
        return ok(c);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return c;
}

test('last quarter seen from Earth: west half lit, the terminator on the boundary, relief in both lights', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await sunMode(page);
  await showMoment(page, '2022-12-16T08:56:00Z');
  await panel(page).getByRole('button', { name: 'Seen from Earth' }).click();
  // The view centre becomes the sub-Earth point that Libration() reports.
  const lib = Libration(new Date('2022-12-16T08:56:00Z'));
  await waitForCentre(page, lib.elat, lib.elon, 0.3);
  const { p, shot } = await look(page, 'sun-lastquarter-seen-from-earth');
  // North up: the north pole projects above the centre.
  expect(p.project([0, 1, 0]).y).toBeLessThan(p.project([0, 0, 0]).y);
  // Only where the globe is in plain view (the panel docks over the west limb).
  const box = (await panel(page).boundingBox())!;
  const clear = (x: number, y: number) => !inside(box, x, y);
  const west = discMean(shot, p, 0.8, (dx, r, x, y) => dx < -0.15 * r && clear(x, y));
  const east = discMean(shot, p, 0.8, (dx, r, x, y) => dx > 0.15 * r && clear(x, y));
  console.log(`last quarter: west half ${west.toFixed(1)}, east half ${east.toFixed(1)}`);
  expect(west, 'west half lit').toBeGreaterThan(50);
  expect(west, 'west half much brighter than the east half').toBeGreaterThan(2 * east);

  // The terminator and the sub-Earth point as overlays.
  for (const id of ['terminator', 'subearth']) {
    await panel(page).locator(`[data-toggle="${id}"]`).check();
  }
  const earthLabel = page.locator('[data-label-id="sun:subearth"]');
  await expect(earthLabel).toBeVisible();
  await settle(page);
  const d = disc(p);
  let lines: Raster = shot;
  await expect
    .poll(async () => {
      lines = await shoot(page, 'sun-lastquarter-overlays');
      return (
        isYellow(rgb(lines, Math.round(d.x), Math.round(d.y))) ||
        [...Array(40).keys()].some((k) =>
          isYellow(rgb(lines, Math.round(d.x) - 20 + k, Math.round(d.y))),
        )
      );
    })
    .toBe(true);
  // Row by row over the middle of the disc: where the line is drawn, the
  // picture without it turns from night (flat, east) to day (rising, west).
  const offsets = [15, 60];
  const westOf = [0, 0];
  const eastOf = [0, 0];
  let rows = 0;
  for (let y = Math.round(d.y - 0.6 * d.r); y < d.y + 0.6 * d.r; y += 6) {
    const xs: number[] = [];
    for (let x = Math.round(d.x - 0.5 * d.r); x < d.x + 0.5 * d.r; x++) {
      if (isYellow(rgb(lines, x, y))) xs.push(x);
    }
    if (xs.length === 0) continue;
    const x = xs[Math.floor(xs.length / 2)]!;
    offsets.forEach((off, k) => {
      westOf[k]! += lumaAt(shot, x - off, y, 4);
      eastOf[k]! += lumaAt(shot, x + off, y, 4);
    });
    rows++;
  }
  const [w15, w60] = westOf.map((v) => v / rows) as [number, number];
  const [e15, e60] = eastOf.map((v) => v / rows) as [number, number];
  console.log(
    `terminator line on ${rows} rows: ground 15/60 px west ${w15.toFixed(1)}/${w60.toFixed(1)}, east ${e15.toFixed(1)}/${e60.toFixed(1)}`,
  );
  expect(rows, 'rows crossed by the terminator line').toBeGreaterThan(25);
  expect(w60, 'day west of the line').toBeGreaterThan(2 * e60);
  expect(w15, 'already brighter just west of the line').toBeGreaterThan(e15 + 3);
  expect(Math.abs(e15 - e60), 'no daylight east of the line').toBeLessThan(4);
  // The sub-Earth marker: cyan pixels near the point Libration() gives, outside its label.
  const at = p.project(surfacePoint(lib.elat, lib.elon));
  const label = (await earthLabel.boundingBox())!;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = Math.round(at.y - 30); y < at.y + 30; y++) {
    for (let x = Math.round(at.x - 30); x < at.x + 30; x++) {
      if (inside(label, x, y, 1) || !isCyan(rgb(lines, x, y))) continue;
      sx += x;
      sy += y;
      n++;
    }
  }
  console.log(
    `sub-Earth marker: ${n} px centred ${(sx / n - at.x).toFixed(1)}, ${(sy / n - at.y).toFixed(1)} px from Libration()`,
  );
  expect(n, 'sub-Earth marker pixels').toBeGreaterThan(6);
  expect(Math.hypot(sx / n - at.x, sy / n - at.y)).toBeLessThan(5);
  for (const id of ['terminator', 'subearth']) {
    await panel(page).locator(`[data-toggle="${id}"]`).uncheck();
  }
  await settle(page);

  // Relief exaggeration in Sun light: over the lit ground near the terminator,
  // the picture's relief grows from ×3 (default) to ×10 and shrinks at ×1.
  const nearTerminator = (dx: number, dy: number) => dx > -0.45 && dx < -0.05 && Math.abs(dy) < 0.5;
  const sun3 = reliefContrast(await shoot(page, 'sun-relief-3'), p, nearTerminator);
  await setRelief(page, 10);
  const sun10 = await reliefUntil(page, p, nearTerminator, (c) => c > 1.2 * sun3, 'sun-relief-10');
  await setRelief(page, 1);
  const sun1 = await reliefUntil(page, p, nearTerminator, (c) => c < sun3 / 1.1, 'sun-relief-1');
  console.log(
    `relief in Sun light: ×1 ${sun1.toFixed(2)}, ×3 ${sun3.toFixed(2)}, ×10 ${sun10.toFixed(2)}`,
  );

  // And in the explore light (the toolbar switch), same view.
  await page.getByRole('button', { name: 'Light: Sun' }).click();
  await expect(page.getByRole('button', { name: 'Light: explore' })).toBeVisible();
  await setRelief(page, 3);
  await settle(page);
  // The frame after the switch: the east half, night in Sun light, is lit by the lamp.
  let explore: Raster = shot;
  await expect
    .poll(async () => {
      explore = await shoot(page, 'explore-relief-3');
      return discMean(explore, p, 0.8, (dx, r) => dx > 0.15 * r);
    })
    .toBeGreaterThan(50);
  // Between half and 85% of the radius, where the lamp meets the slopes at an angle.
  const middle = (dx: number, dy: number) => Math.hypot(dx, dy) > 0.5 && Math.hypot(dx, dy) < 0.85;
  const exp3 = reliefContrast(explore, p, middle);
  // The synthetic kit's relief is too smooth to show under a lamp near the eye.
  if (!realData()) return;
  await setRelief(page, 10);
  const exp10 = await reliefUntil(page, p, middle, (c) => c > 1.2 * exp3, 'explore-relief-10');
  console.log(`relief in explore light: ×3 ${exp3.toFixed(2)}, ×10 ${exp10.toFixed(2)}`);
  expect((await projector(page)).centre().latDeg).toBeCloseTo(lib.elat, 0);
});
