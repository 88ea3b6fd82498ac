/**
 * Driving the picture export from a test: open the dialog, pick a size, wait
 * for the browser download (the web save path), and sample the memory of the
 * renderer and GPU processes meanwhile (Linux /proc, process ids from CDP).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ARTIFACTS } from './app';

export interface ExportRun {
  path: string;
  bytes: Buffer;
  ms: number;
  /** Highest resident memory seen during the export, MB. */
  peakRendererMb: number;
  peakGpuMb: number;
}

async function processIds(page: Page): Promise<{ renderer: number[]; gpu: number[] }> {
  const browser = page.context().browser();
  if (!browser) return { renderer: [], gpu: [] };
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const of = (type: string) => info.processInfo.filter((p) => p.type === type).map((p) => p.id);
    return { renderer: of('renderer'), gpu: [...of('GPU'), ...of('gpu')] };
  } finally {
    await cdp.detach();
  }
}

async function rssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Open the dialog with Ctrl+S, choose a size, save, and capture the download. */
export async function exportPicture(
  page: Page,
  name: string,
  size: { preset: RegExp } | { width: number; height: number },
  options: { labels?: boolean; markers?: boolean; credit?: boolean } = {},
): Promise<ExportRun> {
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Save a picture' });
  await expect(dialog).toBeVisible();
  if ('preset' in size) await dialog.getByRole('radio', { name: size.preset }).check();
  else {
    await dialog.getByRole('radio', { name: 'Custom' }).check();
    await dialog.getByLabel('Width (px)').fill(String(size.width));
    await dialog.getByLabel('Height (px)').fill(String(size.height));
  }
  for (const [label, on] of [
    ['Labels', options.labels ?? true],
    ['Markers', options.markers ?? true],
    ['Credit line', options.credit ?? true],
  ] as const) {
    await dialog.getByRole('checkbox', { name: label }).setChecked(on);
  }
  const pids = await processIds(page);
  let peakRendererMb = 0;
  let peakGpuMb = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      for (const pid of pids.renderer) peakRendererMb = Math.max(peakRendererMb, await rssMb(pid));
      for (const pid of pids.gpu) peakGpuMb = Math.max(peakGpuMb, await rssMb(pid));
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 600_000 });
  await dialog.getByRole('button', { name: 'Save picture…' }).click();
  const file = await download;
  const ms = Date.now() - started;
  sampling = false;
  await sampler;
  const path = join(ARTIFACTS, `${name}.png`);
  await file.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Picture saved' })).toBeVisible();
  return { path, bytes: await readFile(path), ms, peakRendererMb, peakGpuMb };
}
