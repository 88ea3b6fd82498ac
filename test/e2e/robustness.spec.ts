/**
 * What a person sees when things are slow or broken: progress while
 * loading, the small color level first. Damaged pack files: see
 * broken-data.spec.ts; no WebGL: no-webgl.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { appUrl, shoot } from './support/app';

test('a slow connection shows progress, then the small color level, then the best', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: 400 * 1024,
    uploadThroughput: 100 * 1024,
  });
  // Record each state the app passes through, in order.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { farsideStates: string[] }).farsideStates = seen;
    new MutationObserver(() => {
      const s = `${document.documentElement.dataset.farsideState}:${document.documentElement.dataset.colorWidth ?? ''}`;
      if (seen[seen.length - 1] !== s) seen.push(s);
    }).observe(document, {
      // <html> may not exist yet when this runs; watch the whole document.
      subtree: true,
      attributes: true,
      attributeFilter: ['data-farside-state', 'data-color-width'],
    });
  });
  await page.goto(appUrl());
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 60_000 })
    .toBeGreaterThan(0);
  await shoot(page, 'loading-progress');
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 120_000,
  });
  await expect(bar).toBeHidden();
  const states = await page.evaluate(
    () => (window as unknown as { farsideStates: string[] }).farsideStates,
  );
  const preview = states.indexOf('preview:1024');
  expect(preview, `states seen: ${states.join(' → ')}`).toBeGreaterThanOrEqual(0);
  const ready = states.findIndex((s) => s.startsWith('ready:') && s !== 'ready:1024');
  expect(ready, `states seen: ${states.join(' → ')}`).toBeGreaterThan(preview);
});
