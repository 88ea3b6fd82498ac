/**
 * Browser side of the benchmark: load Farside and the plain three.js
 * baseline in Debian's Chromium (SwiftShader), interleaved, each run in a
 * fresh browser context, and read what the pages and the GL probe report.
 */
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium';

export const VIEWPORT = { width: 1280, height: 800 };
export const TURN_SECONDS = 5;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

export interface FrameCounts {
  drawCalls: number;
  triangles: number;
  textures: number;
  textureBytes: number;
  buffers: number;
  vertexArrays: number;
}

export interface PageRun {
  firstFrameMs: number;
  bestLevelMs: number;
  requestsBeforeFirstFrame: number;
  requestsBeforeBestLevel: number;
  /** Script URLs (path only) fetched before the first lit frame. */
  scriptsBeforeFirstFrame: string[];
  /** Draw calls etc. of the last frame before turning (the fixed default view). */
  atRest: FrameCounts;
  turning: { fps: number; medianFrameMs: number; frames: number } | null;
}

interface Probe {
  frames: { t: number; calls: number; triangles: number }[];
  memory(): Omit<FrameCounts, 'drawCalls' | 'triangles'>;
}

declare global {
  interface Window {
    __glProbe: Probe;
  }
}

let probeSource: string | null = null;
async function probe(): Promise<string> {
  probeSource ??= await readFile(new URL('./gl-probe.js', import.meta.url), 'utf8');
  return probeSource;
}

/**
 * When the page marked a drawn frame with color level `colorWidth` (null:
 * any level, i.e. the first lit frame, which is the best level itself when
 * that arrived before the scene could draw the small one).
 */
async function drawnAt(page: Page, colorWidth: number | null): Promise<number> {
  const handle = await page.waitForFunction(
    (w) => {
      const mark = performance
        .getEntriesByName('moon:drawn')
        .find((e) => w === null || (e as PerformanceMark).detail?.colorWidth === w);
      return mark ? mark.startTime : null;
    },
    colorWidth,
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Drag across the middle of the page for `seconds`, back and forth, like a user turning the globe. */
async function turn(page: Page, seconds: number): Promise<void> {
  const y = VIEWPORT.height / 2;
  let x = VIEWPORT.width / 2 - 150;
  let step = 6;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    x += step;
    if (x > VIEWPORT.width / 2 + 150 || x < VIEWPORT.width / 2 - 150) step = -step;
    await page.mouse.move(x, y);
    await new Promise((r) => setTimeout(r, 16));
  }
  await page.mouse.up();
}

export interface PageOptions {
  url: string;
  /** Width of the best color level the page will draw. */
  bestWidth: number;
  /** localStorage entries set before the page's scripts run. */
  storage?: Record<string, string>;
  turn: boolean;
}

export async function runPage(browser: Browser, options: PageOptions): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ content: await probe() });
    if (options.storage) {
      await context.addInitScript((entries) => {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      }, options.storage);
    }
    const page = await context.newPage();
    await page.goto(options.url);
    const firstFrameMs = await drawnAt(page, null);
    const bestLevelMs = await drawnAt(page, options.bestWidth);
    // Let the page settle (Farside's labels and camera) before the fixed-view counts.
    await page.waitForTimeout(700);
    const rest = await page.evaluate(
      ({ first, best }) => {
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const before = (t: number) => resources.filter((r) => r.startTime <= t);
        const frames = window.__glProbe.frames;
        const last = frames[frames.length - 1] ?? { calls: 0, triangles: 0 };
        return {
          requestsBeforeFirstFrame: before(first).length + 1,
          requestsBeforeBestLevel: before(best).length + 1,
          scriptsBeforeFirstFrame: before(first)
            .filter((r) => new URL(r.name).pathname.endsWith('.js'))
            .map((r) => new URL(r.name).pathname),
          atRest: {
            drawCalls: last.calls,
            triangles: last.triangles,
            ...window.__glProbe.memory(),
          },
        };
      },
      { first: firstFrameMs, best: bestLevelMs },
    );
    let turning: PageRun['turning'] = null;
    if (options.turn) {
      const t0 = await page.evaluate(() => performance.now());
      await turn(page, TURN_SECONDS);
      const times = await page.evaluate(
        (start) => window.__glProbe.frames.filter((f) => f.t >= start).map((f) => f.t),
        t0,
      );
      const t1 = t0 + TURN_SECONDS * 1000;
      const inside = times.filter((t) => t <= t1);
      const gaps = inside.slice(1).map((t, i) => t - inside[i]!);
      gaps.sort((a, b) => a - b);
      turning = {
        frames: inside.length,
        fps: inside.length / TURN_SECONDS,
        medianFrameMs: gaps.length ? gaps[gaps.length >> 1]! : Number.NaN,
      };
    }
    return { firstFrameMs, bestLevelMs, ...rest, turning };
  } finally {
    await context.close();
  }
}
