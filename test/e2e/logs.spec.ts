/**
 * Logs in web mode: renderer errors reach the server's --log-file through
 * api/log, scrubbed of personal data. The errors are real ones: an
 * exception and a rejection nothing catches (thrown in the page), and a pack
 * whose best color level fails its SHA-256 (the host leaves it out and the
 * renderer reports it). The home folder written here is this machine's own,
 * so the test knows exactly what must not appear.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

async function logText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

test('an uncaught error and a rejection in the page are logged, scrubbed', async ({ page }) => {
  const file = process.env.FARSIDE_E2E_LOG_FILE!;
  await openApp(page);
  const secret = join(homedir(), 'Moon', 'secret-notes.txt');
  await page.evaluate((path) => {
    setTimeout(() => {
      throw new Error(`e2e uncaught: cannot read ${path} (file:///tmp/e2e-page.html)`);
    });
    void Promise.reject(new Error(`e2e rejection: ${path}`));
  }, secret);
  await expect
    .poll(() => logText(file), { timeout: 15_000 })
    .toMatch(
      /\[error\]\s+renderer uncaught: Error: e2e uncaught: cannot read <home>\/Moon\/secret-notes\.txt \(<file-url>\)/,
    );
  await expect
    .poll(() => logText(file), { timeout: 15_000 })
    .toMatch(
      /\[error\]\s+renderer unhandled-rejection: Error: e2e rejection: <home>\/Moon\/secret-notes\.txt/,
    );
  const text = await logText(file);
  expect(text).not.toContain(homedir());
  expect(text).not.toContain('file:///tmp/e2e-page.html');
});

test('a damaged pack file is logged as a failed pack load', async ({ page }) => {
  const file = process.env.FARSIDE_E2E_FLIPPED_LOG_FILE!;
  await page.goto(process.env.FARSIDE_E2E_FLIPPED_COLOR_URL!);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 90_000,
  });
  await expect
    .poll(() => logText(file), { timeout: 15_000 })
    .toMatch(/\[error\]\s+renderer pack-load: pack files left out: .*color-\d+\.\w+.*SHA-256/);
});
