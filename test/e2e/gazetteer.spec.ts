/**
 * The gazetteer on the real renderer: search (typo- and accent-tolerant)
 * flies to a far-side crater and opens its panel; the panel shows the
 * origin of the name and a LOLA height that matches the test's own sample of
 * the pack. Feature facts are read by the test from the source TSV, not
 * from the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, projector, settle, shoot } from './support/app';
import { demHeightM, readPackDem } from './support/dem';
import { surfacePoint } from './support/projection';

interface SourceFeature {
  id: number;
  latDeg: number;
  lonDeg: number;
  diameterKm: number;
  origin: string;
}

/** A feature's line in the source TSV, read with nothing but splits. */
function sourceFeature(name: string): SourceFeature {
  const lines = readFileSync(
    resolve(import.meta.dirname, '../../../shared/nomenclature/moon_nomenclature.tsv'),
    'utf8',
  ).split('\n');
  const at = lines.findIndex((l) => l.includes(`_("${name}",`));
  const f = lines[at]!.split('\t');
  const lon = Number(f[5]);
  return {
    id: Number(f[1]),
    latDeg: Number(f[4]),
    lonDeg: lon > 180 ? lon - 360 : lon,
    diameterKm: Number(f[6]),
    origin: lines[at - 1]!.replace('# TRANSLATORS: (Moon); ', ''),
  };
}

/** The settled camera looks straight at a point: it projects to the centre of the view. */
async function expectLookingAt(page: Page, latDeg: number, lonDeg: number) {
  const size = page.viewportSize()!;
  // The published pose changes when the flight ends; poll it rather than guess the timing.
  await expect
    .poll(
      async () => {
        await settle(page);
        const { x, y } = (await projector(page)).project(surfacePoint(latDeg, lonDeg));
        return Math.hypot(x - size.width / 2, y - size.height / 2);
      },
      { timeout: 60_000 },
    )
    .toBeLessThan(3);
}

async function search(page: Page, text: string) {
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search places on the Moon' });
  await expect(box).toBeFocused();
  await box.fill(text);
  return box;
}

test.describe('gazetteer search and feature panel', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => localStorage.clear());
  });

  test('tsiolkovsky (typo) flies to Tsiolkovskiy on the far side, framed, with its panel', async ({
    page,
  }) => {
    const tsiolkovskiy = sourceFeature('Tsiolkovskiy');
    const box = await search(page, 'tsiolkovsky');
    const first = page
      .getByRole('listbox', { name: 'Search places on the Moon' })
      .getByRole('option')
      .first();
    await expect(first).toContainText('Tsiolkovskiy');
    await expect(first).toContainText('far side');
    await expect(first).toContainText('184');
    await box.press('Enter');
    await expectLookingAt(page, tsiolkovskiy.latDeg, tsiolkovskiy.lonDeg);
    const p = await projector(page);
    const size = page.viewportSize()!;
    const { y } = p.project(surfacePoint(tsiolkovskiy.latDeg, tsiolkovskiy.lonDeg));
    // Framed: the crater's rim (radius from the source) spans a good part of the view.
    const { y: yRim } = p.project(
      surfacePoint(
        tsiolkovskiy.latDeg + (tsiolkovskiy.diameterKm / 2 / 1737.4) * (180 / Math.PI),
        tsiolkovskiy.lonDeg,
      ),
    );
    const spanFraction = (2 * Math.abs(y - yRim)) / size.height;
    expect(spanFraction).toBeGreaterThan(0.3);
    expect(spanFraction).toBeLessThan(0.8);

    const panel = page.getByRole('complementary', { name: 'About Tsiolkovskiy' });
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('data-feature-id', String(tsiolkovskiy.id));
    await expect(panel.locator('[data-fact="origin"]')).toHaveText(tsiolkovskiy.origin);
    const dem = await readPackDem(process.env.FARSIDE_E2E_PACK_DIR!);
    const expected = demHeightM(dem, tsiolkovskiy.latDeg, tsiolkovskiy.lonDeg);
    const shown = Number(await panel.locator('[data-fact="height"]').getAttribute('data-height-m'));
    expect(Math.abs(shown - expected)).toBeLessThan(2);
    const min = Number(await panel.locator('[data-fact="relief"]').getAttribute('data-min-m'));
    const max = Number(await panel.locator('[data-fact="relief"]').getAttribute('data-max-m'));
    expect(min).toBeLessThanOrEqual(expected + 1);
    expect(max).toBeGreaterThanOrEqual(expected - 1);
    await shoot(page, 'gazetteer-tsiolkovskiy');
  });

  test('Rumker (no accent) finds Mons Rümker; coordinates fly there; bad ones are explained', async ({
    page,
  }) => {
    let box = await search(page, 'Rumker');
    await expect(
      page.getByRole('listbox', { name: 'Search places on the Moon' }).getByRole('option').first(),
    ).toContainText('Mons Rümker');
    await box.press('Escape');
    await expect(box).toBeHidden();

    box = await search(page, '-12.5, 315');
    await expect(
      page.getByRole('listbox', { name: 'Search places on the Moon' }).getByRole('option').first(),
    ).toContainText('12.50° S, 45.00° W');
    await box.press('Enter');
    await expectLookingAt(page, -12.5, -45);

    box = await search(page, '95N 10E');
    await expect(page.getByText('Latitude must be between 90°S and 90°N.')).toBeVisible();
    await box.press('Escape');
  });

  test('a landing site links to its IAU name: Apollo 11 → Statio Tranquillitatis', async ({
    page,
  }) => {
    const statio = sourceFeature('Statio Tranquillitatis');
    await page
      .getByRole('button', { name: /^Apollo 11/ })
      .first()
      .click();
    const info = page.getByRole('complementary', { name: /About Apollo 11/ });
    await info.getByRole('button', { name: 'Statio Tranquillitatis' }).click();
    const panel = page.getByRole('complementary', { name: 'About Statio Tranquillitatis' });
    await expect(panel).toHaveAttribute('data-feature-id', String(statio.id));
    await expect(panel.locator('[data-fact="origin"]')).toContainText('Tranquility Base');
  });
});
