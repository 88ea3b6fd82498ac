/**
 * Driving the app: wait for its ready signal (data-farside-state on <html>),
 * wait for the camera to settle, read the published camera pose, and save
 * screenshots as artifacts under test/artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { decode, type Raster } from './images';
import { Projector, type CameraPose } from './projection';

export const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

export function appUrl(): string {
  const url = process.env.FARSIDE_E2E_URL;
  if (!url) throw new Error('FARSIDE_E2E_URL is not set: run through playwright.config.ts');
  return url;
}

export const realData = () => process.env.FARSIDE_E2E_DATA === 'real';

export async function openApp(page: Page, url = appUrl()): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 90_000,
  });
  await settle(page);
}

/** Open the app with nothing stored: whatever an earlier test kept is cleared first. */
export async function openFresh(page: Page): Promise<void> {
  await openApp(page);
  await page.evaluate(() => localStorage.clear());
  await openApp(page);
}

/**
 * Wait until the camera has stopped and the pose is published. A move asked
 * for (a key, a flight) wakes the camera only when its first frame is drawn,
 * which on a loaded machine can take a while: so wait until no frame is
 * pending either (farsideDebug.idle()), twice in a row.
 */
export async function settle(page: Page): Promise<void> {
  // A flight from an asynchronous start (a link, a picture) begins within a frame or two.
  await page.waitForTimeout(300);
  await expect
    .poll(
      async () => {
        const idle = () =>
          page.evaluate(() =>
            (window as { farsideDebug?: { idle(): boolean } }).farsideDebug!.idle(),
          );
        return (await idle()) && (await page.waitForTimeout(100), await idle());
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-camera-moving', 'false', {
    timeout: 60_000,
  });
}

export async function projector(page: Page): Promise<Projector> {
  const pose = JSON.parse(
    (await page.locator('html').getAttribute('data-camera')) ?? 'null',
  ) as CameraPose | null;
  if (!pose) throw new Error('the app published no camera pose');
  const size = page.viewportSize()!;
  return new Projector(pose, size.width, size.height);
}

/** Screenshot saved as an artifact and decoded for pixel checks. */
export async function shoot(page: Page, name: string): Promise<Raster> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return decode(path);
}

/** The pack's largest color level, decoded: the map the screen is checked against. */
export async function packColorMap(): Promise<Raster> {
  const dir = process.env.FARSIDE_E2E_PACK_DIR!;
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    color: { levels: { file: string }[] };
  };
  const levels = manifest.color.levels;
  return decode(join(dir, levels[levels.length - 1]!.file));
}
