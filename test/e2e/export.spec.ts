/**
 * Pictures: export at 2× the window (size, not blank, matches the screen,
 * metadata = the view on screen), restore from the picture (Ctrl+O; after ≈
 * before), a picture without a view changes nothing, a tiled export wider
 * than 8192 px has no seam, and an 8K export completes (time and memory
 * printed; a downscaled copy kept in test/artifacts/).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { readPictureMeta } from '../../assets/format/picture';
import { parseViewFragment, sameView } from '../../assets/format/view';
import { ARTIFACTS, appUrl, openApp, projector, settle, shoot } from './support/app';
import { exportPicture } from './support/exports';
import { decode, lumaAt, pearson, type Raster } from './support/images';

const VIEW = 'lat=10&lon=20&alt=4000&sites=';

/** Luma samples on a grid, for comparing two pictures of one view. */
function grid(r: Raster, step = 8): number[] {
  const out: number[] = [];
  for (let y = step; y < r.height - step; y += step)
    for (let x = step; x < r.width - step; x += step) out.push(lumaAt(r, x, y, 1));
  return out;
}

function std(values: number[]): number {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
}

/** The canvas alone: the DOM overlay hidden. */
async function canvasShot(page: Page, name: string): Promise<Raster> {
  const style = await page.addStyleTag({
    content: '.overlay, .name-labels { visibility: hidden !important; }',
  });
  const shot = await shoot(page, name);
  await style.evaluate((el) => (el as Element).remove());
  return shot;
}

const hash = (page: Page) => page.evaluate(() => window.location.hash);

test('export at 2× the window: right size, the screen in more pixels, the view in its metadata; Ctrl+O restores it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openApp(page, `${appUrl()}#${VIEW}`);
  await expect.poll(() => hash(page)).toBe(`#${VIEW}`);
  const screen = await canvasShot(page, 'export-screen');
  const size = page.viewportSize()!;
  const run = await exportPicture(
    page,
    'export-2x',
    { width: 2 * size.width, height: 2 * size.height },
    { labels: false, markers: false, credit: false },
  );
  const picture = await decode(run.bytes);
  expect([picture.width, picture.height]).toEqual([2 * size.width, 2 * size.height]);
  expect(std(grid(picture, 16)), 'not blank').toBeGreaterThan(10);
  const small = await decode(
    await sharp(run.bytes).resize(size.width, size.height, { kernel: 'cubic' }).png().toBuffer(),
  );
  const r = pearson(grid(small), grid(screen));
  console.log(`2× export vs screen: Pearson r = ${r.toFixed(4)}, ${run.ms} ms`);
  expect(r, 'downscaled export vs on-screen canvas').toBeGreaterThan(0.97);
  const meanAbs =
    grid(small).reduce((s, v, i) => s + Math.abs(v - grid(screen)[i]!), 0) / grid(small).length;
  expect(meanAbs, 'mean luma difference (0–255)').toBeLessThan(8);

  const meta = readPictureMeta(new Uint8Array(run.bytes));
  expect(meta.ok).toBe(true);
  if (!meta.ok) return;
  const onScreen = parseViewFragment(await hash(page));
  expect(onScreen.ok && sameView(meta.meta.view, onScreen.view), 'metadata = view on screen').toBe(
    true,
  );
  expect(meta.meta.view).toMatchObject({ latDeg: 10, lonDeg: 20, altKm: 4000, sites: [] });
  expect(meta.text['Copyright']).toBe(
    "NASA's Scientific Visualization Studio, CGI Moon Kit; LRO LOLA and LROC data",
  );
  expect(meta.meta.pack.sources.length).toBeGreaterThan(0);

  // Somewhere else, then Ctrl+O with the picture: back to its view.
  await page.keyboard.press('f');
  await expect.poll(() => hash(page), { timeout: 60_000 }).toMatch(/lon=-?180/);
  await settle(page);
  const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(run.path);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the view saved in' }),
  ).toBeVisible();
  await expect.poll(() => hash(page), { timeout: 60_000 }).toBe(`#${VIEW}`);
  await settle(page);
  const p = await projector(page);
  expect(p.centre().latDeg).toBeCloseTo(10, 3);
  expect(p.centre().lonDeg).toBeCloseTo(20, 3);
  const after = await canvasShot(page, 'export-restored');
  expect(pearson(grid(after), grid(screen)), 'restored screen vs before').toBeGreaterThan(0.99);
});

test('a PNG without a Farside view, or with a broken one, changes nothing and says why', async ({
  page,
}) => {
  await openApp(page, `${appUrl()}#${VIEW}`);
  await expect.poll(() => hash(page)).toBe(`#${VIEW}`);
  const plain = join(ARTIFACTS, 'plain.png');
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
    .png()
    .toFile(plain);
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open view' }).click();
  await (await chooser).setFiles(plain);
  await expect(
    page.getByRole('alert').filter({ hasText: 'plain.png is not a Farside picture' }),
  ).toBeVisible();
  const notPng = join(ARTIFACTS, 'not-a-picture.png');
  await writeFile(notPng, 'lat=0&lon=0');
  chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(notPng);
  await expect(page.getByRole('alert').filter({ hasText: 'is not a PNG picture' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await hash(page)).toBe(`#${VIEW}`);
});

/** Mean |difference| between neighbouring columns x-1 and x, over all rows. */
function columnStep(r: Raster, x: number): number {
  let sum = 0;
  for (let y = 0; y < r.height; y++) {
    const a = (y * r.width + x - 1) * r.channels;
    const b = a + r.channels;
    for (let c = 0; c < 3; c++) sum += Math.abs(r.data[a + c]! - r.data[b + c]!);
  }
  return sum / (3 * r.height);
}

function rowStep(r: Raster, y: number): number {
  let sum = 0;
  for (let x = 0; x < r.width; x++) {
    const a = ((y - 1) * r.width + x) * r.channels;
    const b = a + r.width * r.channels;
    for (let c = 0; c < 3; c++) sum += Math.abs(r.data[a + c]! - r.data[b + c]!);
  }
  return sum / (3 * r.width);
}

/** A seam shows as a step between neighbours much larger than the steps beside it. */
function expectNoSeam(step: (at: number) => number, at: number, what: string) {
  const across = step(at);
  const beside = [at - 3, at - 2, at + 2, at + 3].map(step);
  const typical = beside.reduce((a, b) => a + b, 0) / beside.length;
  expect(typical, `${what}: there is texture to compare (not black sky)`).toBeGreaterThan(0.3);
  console.log(`${what}: step ${across.toFixed(2)} vs beside ${typical.toFixed(2)}`);
  expect(across, `${what}: step across the tile edge vs beside it`).toBeLessThan(
    1.5 * typical + 1.5,
  );
}

test('a tiled export wider than 8192 px has no seam', async ({ page }) => {
  test.setTimeout(600_000);
  // Low enough that the Moon fills the tile edges at x = 2800 and 5600.
  await openApp(page, `${appUrl()}#lat=0&lon=0&alt=400&sites=`);
  const run = await exportPicture(
    page,
    'export-wide',
    { width: 8400, height: 1200 },
    { labels: false, markers: false, credit: false },
  );
  const picture = await decode(run.bytes);
  expect([picture.width, picture.height]).toEqual([8400, 1200]);
  // Tiles of at most 4096 px: three columns, cut at 2800 and 5600.
  for (const x of [2800, 5600]) expectNoSeam((at) => columnStep(picture, at), x, `column ${x}`);
});

test('8K and 4K exports: complete, with time and memory; the 8K picture is kept downscaled', async ({
  page,
}) => {
  test.setTimeout(900_000);
  // No grid: a meridian or parallel through the centre would be a real edge on the tile seams.
  await openApp(page, `${appUrl()}#lat=-23&lon=-147&alt=3000&groups=regions`);
  await settle(page);
  const uhd = await exportPicture(page, 'export-4k', { preset: /3840 × 2160/ });
  const uhdPicture = await sharp(uhd.bytes).metadata();
  expect([uhdPicture.width, uhdPicture.height]).toEqual([3840, 2160]);
  const eightK = await exportPicture(page, 'export-8k', { preset: /7680 × 4320/ });
  const meta = await sharp(eightK.bytes).metadata();
  expect([meta.width, meta.height]).toEqual([7680, 4320]);
  expect(await page.evaluate(() => !!document.querySelector('canvas')?.getContext)).toBe(true);
  await sharp(eightK.path).resize(1920, 1080).png().toFile(join(ARTIFACTS, 'export-8k-small.png'));
  const picture = await decode(eightK.bytes);
  // 8K is cut into 2 × 2 tiles: the seams run along x = 3840 and y = 2160.
  expectNoSeam((at) => columnStep(picture, at), 3840, '8K column 3840');
  expectNoSeam((at) => rowStep(picture, at), 2160, '8K row 2160');
  const read = readPictureMeta(new Uint8Array(eightK.bytes));
  expect(read.ok).toBe(true);
  if (read.ok) {
    console.log('8K picture text chunks:', JSON.stringify(read.text, null, 2));
  }
  const line = (name: string, r: typeof uhd) =>
    `${name}: ${(r.ms / 1000).toFixed(1)} s, ${(r.bytes.length / 1e6).toFixed(1)} MB PNG, ` +
    `peak RSS renderer ${r.peakRendererMb.toFixed(0)} MB, GPU process ${r.peakGpuMb.toFixed(0)} MB`;
  const report = [line('3840×2160', uhd), line('7680×4320', eightK)].join('\n');
  console.log(report);
  await writeFile(join(ARTIFACTS, 'export-timings.txt'), `${report}\n`);
});
