/**
 * Helpers for the Sun-light end-to-end tests: the Sun panel, waiting for a
 * view centre, and brightness over parts of the disc measured with the
 * test's own projection (test/e2e/support/projection.ts).
 */
import { expect, type Page } from '@playwright/test';
import { lumaAt, type Raster } from './images';
import { openApp, projector, settle, shoot } from './app';
import type { Projector } from './projection';

/** Disc centre and radius on screen, px. */
export function disc(p: Projector) {
  const c = p.project([0, 0, 0]);
  const edge = p.project(p.limbPoint());
  return { x: c.x, y: c.y, r: Math.hypot(edge.x - c.x, edge.y - c.y) };
}

/** Mean screen luma over the central `fraction` of the disc, optionally only where `keep` holds. */
export function discMean(
  shot: Raster,
  p: Projector,
  fraction = 0.8,
  keep: (dxPx: number, radiusPx: number, x: number, y: number) => boolean = () => true,
): number {
  const d = disc(p);
  let sum = 0;
  let n = 0;
  for (let y = d.y - d.r; y <= d.y + d.r; y += 10) {
    for (let x = d.x - d.r; x <= d.x + d.r; x += 10) {
      if (Math.hypot(x - d.x, y - d.y) > fraction * d.r) continue;
      if (!keep(x - d.x, d.r, x, y)) continue;
      sum += lumaAt(shot, x, y, 1);
      n++;
    }
  }
  return sum / n;
}

/** Mean luma on a ring around the disc (`from`…`to` radii), where the sky is, on screen only. */
export function ringMean(shot: Raster, p: Projector, from: number, to: number): number {
  const d = disc(p);
  let sum = 0;
  let n = 0;
  for (let y = 4; y < shot.height - 4; y += 6) {
    for (let x = 4; x < shot.width - 4; x += 6) {
      const k = Math.hypot(x - d.x, y - d.y) / d.r;
      if (k < from || k > to) continue;
      sum += lumaAt(shot, x, y, 1);
      n++;
    }
  }
  return sum / n;
}

export async function look(page: Page, name: string) {
  await settle(page);
  const p = await projector(page);
  return { p, shot: await shoot(page, name) };
}

/** Wait until the view centre is within `tolDeg` of a lat/lon (the camera may start moving late on a busy machine). */
export async function waitForCentre(page: Page, latDeg: number, lonDeg: number, tolDeg = 0.3) {
  await expect
    .poll(
      async () => {
        const c = (await projector(page)).centre();
        const dLon = Math.abs(((c.lonDeg - lonDeg + 540) % 360) - 180);
        return Math.max(Math.abs(c.latDeg - latDeg), dLon);
      },
      { timeout: 60_000 },
    )
    .toBeLessThan(tolDeg);
  await settle(page);
}

export const panel = (page: Page) => page.getByRole('region', { name: 'Sunlight and time' });

/** Unfold the panel if the window was too narrow for it to open beside the globe. */
export async function unfold(page: Page) {
  const fold = panel(page).getByRole('button', { name: 'Sunlight and time' });
  if ((await fold.getAttribute('aria-expanded')) !== 'true') await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
}

/** Sun light; names off unless asked (their text would count as lit ground). */
export async function sunMode(page: Page, { names = false } = {}) {
  await openApp(page);
  if (!names) await page.keyboard.press('t');
  await page.keyboard.press('s');
  await expect(panel(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Light: Sun' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await unfold(page);
}

export async function preset(page: Page, label: string) {
  await panel(page).getByRole('button', { name: label }).click();
  await settle(page);
}

/** Type a moment into the time control, in UTC, and show it. */
export async function showMoment(page: Page, isoUtc: string) {
  await panel(page)
    .getByLabel('Date and time', { exact: true })
    .fill(isoUtc.replace(/Z$/, '').replace(/\.\d+$/, ''));
  await panel(page).getByRole('button', { name: 'Show', exact: true }).click();
  await expect(panel(page)).toHaveAttribute('data-time-utc', isoUtc);
}
