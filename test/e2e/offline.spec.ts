/**
 * Offline guarantee, web mode: a full session (load, rotate, zoom, toggle a
 * layer and a site, fly to the far side, search and fly to a crater, change
 * language twice, export a picture, open the picture dialog again) while
 * every request the browser context makes is recorded and anything not on
 * the app's own origin is aborted. The session must make no request outside
 * the local origin (data: and blob: stay in the page). A control shows the
 * recorder does see (and stop) an off-origin request from this context.
 */
import { expect, test, type Page } from '@playwright/test';
import { appUrl, openApp, settle } from './support/app';
import { exportPicture } from './support/exports';

type Recorded = { url: string; resourceType: string };

function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
}

async function drag(page: Page, dx: number, dy: number) {
  const size = page.viewportSize()!;
  const x = size.width / 2;
  const y = size.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
  await settle(page);
}

test('a full web-mode session requests nothing outside the local origin', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(appUrl()).origin;
  const requests: Recorded[] = [];
  const sockets: string[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), resourceType: r.resourceType() }));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  // Whatever is not local is recorded above and never leaves the machine.
  await context.route('**/*', (route) =>
    isLocal(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient'),
  );

  await openApp(page);
  await page.evaluate(() => localStorage.clear());
  await openApp(page);

  // Rotate and zoom.
  await drag(page, 180, 40);
  await page.mouse.wheel(0, -400);
  await settle(page);

  // Toggle the grid and a site.
  await page.getByRole('button', { name: 'Places', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Latitude/longitude grid (G)' }).click();
  await page.getByRole('checkbox', { name: 'Apollo 11' }).click();
  await page.keyboard.press('Escape');

  // Fly to the far side, then search and fly to a crater there.
  await page.getByRole('button', { name: 'Far side', exact: true }).click();
  await settle(page);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search places on the Moon' });
  await box.fill('tsiolkovsky');
  await expect(
    page.getByRole('listbox', { name: 'Search places on the Moon' }).getByRole('option').first(),
  ).toContainText('Tsiolkovskiy');
  await box.press('Enter');
  await settle(page);
  await expect(page.getByRole('complementary', { name: 'About Tsiolkovskiy' })).toBeVisible();

  // Change language (French and Chinese load on demand), then back.
  await page.getByTestId('language').selectOption('fr');
  await expect(page.getByRole('button', { name: 'Face cachée', exact: true })).toBeVisible();
  await page.getByTestId('language').selectOption('zh');
  await expect(page.getByRole('button', { name: '背面', exact: true })).toBeVisible();
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByRole('button', { name: 'Far side', exact: true })).toBeVisible();

  // Export a picture (the web save path: a browser download).
  const run = await exportPicture(page, 'offline-session-export', { width: 640, height: 400 });
  expect(run.bytes.byteLength).toBeGreaterThan(10_000);

  const outside = requests.filter((r) => !isLocal(r.url, origin));
  const kinds = [...new Set(requests.map((r) => r.resourceType))].sort();
  console.log(
    `offline session: ${requests.length} requests (${kinds.join(', ')}), ` +
      `${outside.length} outside ${origin}, ${sockets.length} WebSockets`,
  );
  // The session really loaded the app, its data and its language files.
  expect(requests.length).toBeGreaterThan(10);
  const paths = requests.map((r) => new URL(r.url).pathname);
  for (const loaded of [
    /^\/pack\/color-/,
    /^\/pack\/elevation\./,
    /^\/assets\/fr-/,
    /^\/assets\/zh-/,
  ])
    expect(
      paths.some((p) => loaded.test(p)),
      `a request for ${loaded}`,
    ).toBe(true);
  expect(outside, 'requests outside the local origin').toEqual([]);
  expect(sockets).toEqual([]);

  // Control: the recorder sees an off-origin request from this context, and stops it.
  const probe = await context.newPage();
  await probe.goto('http://198.51.100.7/farside-probe').catch(() => undefined);
  await probe.close();
  expect(requests.filter((r) => !isLocal(r.url, origin)).map((r) => r.url)).toEqual([
    'http://198.51.100.7/farside-probe',
  ]);
});
