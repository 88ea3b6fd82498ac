/**
 * Name labels on the real renderer: the whole globe shows the seas and great
 * basins, each name where its feature projects (positions from the source
 * TSV, projected by the test's own camera math); zooming in shows more and
 * smaller names, never overlapping; the far side is named; a search flies
 * to a far-side crater and its name sits at the centre; clicking a name opens
 * its panel; the T key hides them (and the pixels under them change).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, projector, settle, shoot } from './support/app';
import { surfacePoint } from './support/projection';
import type { Raster } from './support/images';

interface Placed {
  id: number;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Positions straight from the source TSV (east longitudes 0…360 there). */
const SOURCE = new Map<string, { latDeg: number; lonDeg: number; diameterKm: number }>();
for (const line of readFileSync(
  resolve(import.meta.dirname, '../../../shared/nomenclature/moon_nomenclature.tsv'),
  'utf8',
).split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const f = line.split('\t');
  const name = /_\("([^"]+)"/.exec(f[2]!)![1]!;
  const lon = Number(f[5]);
  SOURCE.set(name, {
    latDeg: Number(f[4]),
    lonDeg: lon > 180 ? lon - 360 : lon,
    diameterKm: Number(f[6]),
  });
}

async function placedLabels(page: Page, atLeast = 1): Promise<Placed[]> {
  const canvas = page.locator('canvas.name-labels');
  let labels: Placed[] = [];
  await expect
    .poll(
      async () => {
        // Only labels laid out for the camera's current resting pose count.
        const pose = await page.locator('html').getAttribute('data-camera');
        if ((await canvas.getAttribute('data-camera')) !== pose) return -1;
        labels = JSON.parse((await canvas.getAttribute('data-labels')) ?? '[]') as Placed[];
        return labels.length;
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThanOrEqual(atLeast);
  return labels;
}

function expectNoOverlaps(labels: Placed[]) {
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      const p = labels[a]!;
      const q = labels[b]!;
      const apart = p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y;
      expect(apart, `${p.name} overlaps ${q.name}`).toBe(true);
    }
  }
}

/** Mean absolute difference of two screenshots inside a box. */
function boxDifference(a: Raster, b: Raster, l: Placed): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.round(l.y); y < l.y + l.h; y++) {
    for (let x = Math.round(l.x); x < l.x + l.w; x++) {
      const o = (y * a.width + x) * a.channels;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[o + c]! - b.data[o + c]!);
      n += 3;
    }
  }
  return sum / n;
}

async function searchAndGo(page: Page, text: string, name: string) {
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search places on the Moon' });
  await box.fill(text);
  // The language picker's <option>s are options too: look only in the results.
  const results = page.getByRole('listbox', { name: 'Search places on the Moon' });
  await expect(results.getByRole('option').first()).toContainText(name);
  await box.press('Enter');
  const target = SOURCE.get(name)!;
  const size = page.viewportSize()!;
  await expect
    .poll(
      async () => {
        await settle(page);
        const { x, y } = (await projector(page)).project(
          surfacePoint(target.latDeg, target.lonDeg),
        );
        return Math.hypot(x - size.width / 2, y - size.height / 2);
      },
      { timeout: 60_000 },
    )
    .toBeLessThan(3);
}

test.describe('name labels', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await openApp(page);
  });

  test('whole globe: seas and basins where they project, no overlaps; T hides them', async ({
    page,
  }) => {
    const labels = await placedLabels(page, 10);
    const names = labels.map((l) => l.name);
    for (const sea of ['Oceanus Procellarum', 'Mare Serenitatis', 'Mare Crisium', 'Mare Nubium']) {
      expect(names).toContain(sea);
    }
    expectNoOverlaps(labels);
    const p = await projector(page);
    const size = page.viewportSize()!;
    for (const l of labels) {
      const f = SOURCE.get(l.name)!;
      // Density at the whole globe: nothing small.
      expect(f.diameterKm, l.name).toBeGreaterThan(100);
      // Centred where the feature projects (relief shifts it by a pixel or two).
      const at = p.project(surfacePoint(f.latDeg, f.lonDeg));
      expect(Math.abs(l.x + l.w / 2 - at.x), l.name).toBeLessThan(5);
      // Names of seas and other plains may sit one line above or below to find room.
      const slack = /^(Mare|Oceanus|Lacus|Sinus|Palus|Planitia) /.test(l.name) ? l.h : 0;
      expect(Math.abs(l.y + l.h / 2 - at.y), l.name).toBeLessThan(5 + slack);
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.w).toBeLessThanOrEqual(size.width);
    }
    const withNames = await shoot(page, 'names-whole-globe');
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Names' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.locator('canvas.name-labels')).toHaveAttribute('data-labels', '[]');
    const without = await shoot(page, 'names-hidden');
    const crisium = labels.find((l) => l.name === 'Mare Crisium')!;
    expect(boxDifference(withNames, without, crisium)).toBeGreaterThan(8);
  });

  test('zooming in shows more and smaller names, never overlapping (highlands near Tycho)', async ({
    page,
  }) => {
    const whole = await placedLabels(page, 10);
    await searchAndGo(page, 'Tycho', 'Tycho');
    await page.keyboard.press('Escape'); // close the panel
    const close = await placedLabels(page, 10);
    // The names the whole globe gave for the area now in view: far fewer.
    const p = await projector(page);
    const size = page.viewportSize()!;
    const wholeHere = whole.filter((l) => {
      const f = SOURCE.get(l.name)!;
      const at = p.project(surfacePoint(f.latDeg, f.lonDeg));
      return at.depth > 0 && at.x >= 0 && at.x <= size.width && at.y >= 0 && at.y <= size.height;
    });
    expect(close.length).toBeGreaterThan(3 * Math.max(1, wholeHere.length));
    const smallest = (ls: Placed[]) => Math.min(...ls.map((l) => SOURCE.get(l.name)!.diameterKm));
    expect(smallest(close)).toBeLessThan(smallest(whole) / 5);
    expectNoOverlaps(close);
    expect(close.some((l) => /^Tycho [A-Z]+$/.test(l.name))).toBe(true); // satellite features
    await shoot(page, 'names-highlands-tycho');
  });

  test('far side: search flies to Tsiolkovskiy and its name is at the centre; a click opens it', async ({
    page,
  }) => {
    await page.keyboard.press('f');
    // The far side's camera sits on the -z axis; wait for it to come to rest there
    // (the names may still be loading and delay the key by more than a frame).
    await expect
      .poll(
        async () => {
          const pose = await page.locator('html').getAttribute('data-camera');
          return pose ? (JSON.parse(pose) as { position: number[] }).position[2]! : 0;
        },
        { timeout: 60_000 },
      )
      .toBeLessThan(0);
    await settle(page);
    const far = await placedLabels(page, 10);
    expect(far.map((l) => l.name)).toContain('Mare Moscoviense');
    expectNoOverlaps(far);
    await shoot(page, 'names-far-side');

    await searchAndGo(page, 'tsiolkovsky', 'Tsiolkovskiy');
    await page.getByRole('button', { name: 'Close' }).click();
    const labels = await placedLabels(page, 1);
    const size = page.viewportSize()!;
    const t = labels.find((l) => l.name === 'Tsiolkovskiy');
    expect(t, 'Tsiolkovskiy labelled').toBeDefined();
    expect(Math.abs(t!.x + t!.w / 2 - size.width / 2)).toBeLessThan(6);
    expect(Math.abs(t!.y + t!.h / 2 - size.height / 2)).toBeLessThan(6);
    await shoot(page, 'names-tsiolkovskiy');

    // Click another name: its panel opens.
    const other = labels.find((l) => l.name !== 'Tsiolkovskiy')!;
    await page.mouse.click(other.x + other.w / 2, other.y + other.h / 2);
    await expect(page.getByRole('complementary', { name: `About ${other.name}` })).toBeVisible();
  });
});
