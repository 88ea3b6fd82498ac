/**
 * Settings that persist (web mode: localStorage behind the same interface
 * as Electron's file). A reload of the bare address (no link fragment, so
 * only settings can bring anything back) restores language, units, layers
 * and the last view; a corrupt stored value is told once, kept aside, and
 * costs nothing else. Expected words are written here by hand.
 */
import { expect, test, type Page } from '@playwright/test';
import { appUrl, openApp, settle, shoot, openFresh } from './support/app';
import { latLonOf, type CameraPose } from './support/projection';

const KEY = 'farside.settings';
const BACKUP_KEY = 'farside.settings.corrupt';

async function cameraLatLon(page: Page) {
  const pose = JSON.parse(
    (await page.locator('html').getAttribute('data-camera')) ?? 'null',
  ) as CameraPose | null;
  if (!pose) throw new Error('no camera pose');
  return latLonOf(pose.position);
}

test('settings survive a reload: language, units, layers, names and the last view', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null))
    .toBe(true);
  await dialog.getByLabel('Miles and feet').check();
  await dialog.getByTestId('settings-language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus went back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Paramètres', exact: true })).toBeFocused();

  await page.keyboard.press('g'); // grid on
  await page.keyboard.press('t'); // names off
  await page.keyboard.press('f'); // far side
  await expect
    .poll(async () => Math.abs(Math.abs((await cameraLatLon(page)).lonDeg) - 180), {
      timeout: 60_000,
    })
    .toBeLessThan(1);
  await settle(page);
  const before = await cameraLatLon(page);
  // The settings are written a moment after the camera rests.
  await expect
    .poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!))
    .toMatchObject({ language: 'fr', units: 'mi' });

  // A new visit to the bare address: no fragment, only settings.
  await openApp(page, appUrl());
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const after = await cameraLatLon(page);
  expect(Math.abs(after.latDeg - before.latDeg)).toBeLessThan(0.01);
  expect(Math.abs(Math.abs(after.lonDeg) - 180)).toBeLessThan(1);
  await expect(page.getByRole('button', { name: 'Noms', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByRole('button', { name: 'Lieux', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: /Grille/ })).toBeChecked();
  await page.getByRole('button', { name: 'Paramètres', exact: true }).click();
  await expect(page.getByLabel('Miles et pieds')).toBeChecked();
  await expect(page.getByTestId('settings-location')).toContainText(KEY);
  await shoot(page, 'settings-fr');
});

test('a corrupt stored setting is told once, kept aside, and costs nothing else', async ({
  page,
}) => {
  await openFresh(page);
  const stored = JSON.stringify({
    version: 1,
    language: 'fr',
    units: 'furlongs', // not a unit Farside knows
    view: 'lat=10&lon=-40&alt=3000&overlays=grid', // names off, grid on
  });
  await page.evaluate(
    ([k, v]) => {
      localStorage.setItem(k!, v!);
      localStorage.setItem('unrelated', 'keep me');
    },
    [KEY, stored],
  );
  await openApp(page, appUrl());
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Certains paramètres enregistrés n’ont pas pu être lus');
  await expect(alert).toContainText(BACKUP_KEY);
  // Nothing else lost: the language, the names toggle and the view are kept.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Noms', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const at = await cameraLatLon(page);
  expect(Math.abs(at.latDeg - 10)).toBeLessThan(0.01);
  expect(Math.abs(at.lonDeg + 40)).toBeLessThan(0.01);
  const kept = await page.evaluate(
    ([k, b]) => ({
      backup: localStorage.getItem(b!),
      now: JSON.parse(localStorage.getItem(k!)!) as Record<string, unknown>,
      unrelated: localStorage.getItem('unrelated'),
    }),
    [KEY, BACKUP_KEY],
  );
  expect(kept.backup).toBe(stored);
  expect(kept.now).toMatchObject({
    units: 'km',
    language: 'fr',
    view: 'lat=10&lon=-40&alt=3000&overlays=grid',
  });
  expect(kept.unrelated).toBe('keep me');
  await shoot(page, 'settings-corrupt-notice');

  // Told once: the next visit has nothing to say.
  await openApp(page, appUrl());
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('settings that are not JSON at all: defaults, the original kept, one message', async ({
  page,
}) => {
  await openFresh(page);
  await page.evaluate((k) => localStorage.setItem(k, '{not json'), KEY);
  await openApp(page, appUrl());
  await expect(page.getByRole('alert')).toContainText(
    'Your saved settings could not be read, so Farside started with its defaults',
  );
  expect(await page.evaluate((b) => localStorage.getItem(b), BACKUP_KEY)).toBe('{not json');
  await openApp(page, appUrl());
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('miles reach the site panel: the same outline, 1.609344 times fewer', async ({ page }) => {
  await openFresh(page);
  const across = async () => {
    await page.keyboard.press('p');
    await page.locator('aside.panel.layers [data-site="tycho"]').click();
    const panel = page.locator('aside.panel.info[data-site-id="tycho"]');
    await expect(panel).toBeVisible();
    const text = (await panel.textContent())!;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.locator('aside.panel')).toHaveCount(0);
    return text;
  };
  const inKm = await across();
  const km = Number(/([\d.,]+) km across/.exec(inKm)?.[1]);
  expect(inKm).not.toContain(' mi ');

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Miles and feet').check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const inMi = await across();
  const mi = Number(/([\d.,]+) mi across/.exec(inMi)?.[1]);
  expect(inMi).not.toMatch(/\d km across/);
  // Whole units on both sides: the ratio is good to a unit's rounding.
  expect(Math.abs(km / 1.609344 - mi), `${km} km shown as ${mi} mi`).toBeLessThanOrEqual(0.5);
  // Heights follow: the LOLA height there is in feet.
  expect(inMi).toMatch(/\d ft above the/);
});

test('storage that refuses writes: the change holds, and the user is told once', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Miles and feet').check();
  await expect(dialog.getByLabel('Miles and feet')).toBeChecked();
  const told = page.getByText(
    'Your settings could not be saved. Changes last until Farside closes.',
  );
  await expect(told).toHaveCount(1);
  await dialog.getByLabel('Kilometres and metres').check();
  await dialog.getByLabel('Miles and feet').check();
  await expect(dialog.getByLabel('Miles and feet')).toBeChecked();
  await page.waitForTimeout(500);
  await expect(told).toHaveCount(1);
});
