/**
 * The real Sun in Chromium: light=sun at the new moon lights the far side
 * and leaves the near side dark (and the other way round at full moon), the
 * night side stays off pure black and its markers and outlines stay
 * readable; the time control, presets, links and the ticking clock behave.
 * Reference values come from USNO phase times, the ALSJ Sun-elevation table,
 * CNSA's landing time and astronomy-engine's Libration() (not the app's
 * ephemeris module), and the projection from test/e2e/support/projection.ts.
 * Last quarter seen from Earth, the overlays and the relief: sun-quarter.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { Libration } from 'astronomy-engine';
import { lumaAt, type Raster } from './support/images';
import { openApp, projector, settle, shoot } from './support/app';
import { surfacePoint, type Projector } from './support/projection';
import {
  disc,
  discMean,
  look,
  panel,
  preset,
  ringMean,
  showMoment,
  sunMode,
  unfold,
  waitForCentre,
} from './support/sun';

/** Whether a screen box and the globe's disc share any pixel. */
function boxCrossesDisc(
  box: { x: number; y: number; width: number; height: number },
  d: { x: number; y: number; r: number },
) {
  const nx = Math.min(Math.max(d.x, box.x), box.x + box.width);
  const ny = Math.min(Math.max(d.y, box.y), box.y + box.height);
  return Math.hypot(nx - d.x, ny - d.y) < d.r;
}

/** Screen luma at a site (LROC featured-site coordinates, REFERENCE.md), its pin included. */
function lumaAtSite(shot: Raster, p: Projector, latDeg: number, lonDeg: number) {
  const s = p.project(surfacePoint(latDeg, lonDeg));
  return lumaAt(shot, s.x, s.y, 2);
}

/** Pixels of an outline's yellow (#ffcf5a-like) inside the disc. */
function yellowPixels(shot: Raster, p: Projector) {
  const d = disc(p);
  let n = 0;
  for (let y = Math.max(0, Math.round(d.y - d.r)); y < Math.min(shot.height, d.y + d.r); y++) {
    for (let x = Math.max(0, Math.round(d.x - d.r)); x < Math.min(shot.width, d.x + d.r); x++) {
      if (Math.hypot(x - d.x, y - d.y) > 0.95 * d.r) continue;
      const o = (y * shot.width + x) * shot.channels;
      const [r, g, b] = [shot.data[o]!, shot.data[o + 1]!, shot.data[o + 2]!];
      if (r > 170 && g > 120 && r - b > 90) n++;
    }
  }
  return n;
}

test('new moon: the far side is in full sunlight, the near side dark; full moon the other way', async ({
  page,
}) => {
  await sunMode(page);
  await preset(page, 'New moon, 23 Nov 2022');
  await waitForCentre(page, 0, 180, 1);
  await expect(panel(page)).toContainText('The far side is in full sunlight');
  const newFar = await look(page, 'sun-newmoon-far');
  expect(Math.abs(Math.abs(newFar.p.centre().lonDeg) - 180)).toBeLessThan(1);
  await page.getByRole('button', { name: 'Near side' }).click();
  await waitForCentre(page, 0, 0, 1);
  const newNear = await look(page, 'sun-newmoon-near');
  const farLit = discMean(newFar.shot, newFar.p);
  const nearDark = discMean(newNear.shot, newNear.p);
  const nearSky = ringMean(newNear.shot, newNear.p, 1.04, 1.15);
  // REFERENCE.md / LROC: Apollo 11 at 0.6742° N, 23.4731° E (its pin is drawn unlit).
  const apolloPin = lumaAtSite(newNear.shot, newNear.p, 0.6742, 23.4731);
  console.log(
    `new moon: far side disc ${farLit.toFixed(1)}, near side ${nearDark.toFixed(1)} (sky beside it ${nearSky.toFixed(1)}), Apollo 11 pin ${apolloPin.toFixed(1)}`,
  );
  expect(farLit, 'far side much brighter than the near side at new moon').toBeGreaterThan(
    3 * nearDark,
  );
  // Earthshine keeps the dark disc off pure black and its outline visible against the sky.
  expect(nearDark).toBeGreaterThan(8);
  expect(nearDark - nearSky, 'the dark near side stands out from the sky').toBeGreaterThan(5);
  expect(apolloPin, 'a site pin reads on the night side').toBeGreaterThan(3 * nearDark);

  await preset(page, 'Full moon, 8 Dec 2022');
  await waitForCentre(page, 0, 0, 1);
  const fullNear = await look(page, 'sun-fullmoon-near');
  await page.getByRole('button', { name: 'Far side' }).click();
  await waitForCentre(page, 0, 180, 1);
  const fullFar = await look(page, 'sun-fullmoon-far');
  const nearLit = discMean(fullNear.shot, fullNear.p);
  const farDark = discMean(fullFar.shot, fullFar.p);
  const farSky = ringMean(fullFar.shot, fullFar.p, 1.04, 1.15);
  // REFERENCE.md: Chang'e-6 at 41.6385° S, 153.9852° W, inside the South Pole–Aitken outline.
  const change6Pin = lumaAtSite(fullFar.shot, fullFar.p, -41.6385, -153.9852);
  const outline = yellowPixels(fullFar.shot, fullFar.p);
  console.log(
    `full moon: near side disc ${nearLit.toFixed(1)}, far side ${farDark.toFixed(1)} (sky beside it ${farSky.toFixed(1)}), Chang'e-6 pin ${change6Pin.toFixed(1)}, outline pixels ${outline}`,
  );
  expect(nearLit, 'near side much brighter than the far side at full moon').toBeGreaterThan(
    3 * farDark,
  );
  // No earthshine ever reaches the far side; the faint fill keeps its outline.
  expect(farDark - farSky, 'the night-side far side stands out from the sky').toBeGreaterThan(5);
  expect(change6Pin, 'a site pin reads on the night side').toBeGreaterThan(3 * farDark);
  expect(outline, 'the basin outline reads on the night side').toBeGreaterThan(300);
});

test('the time control: steps, now, a bad date, play and the terminator follow the Sun', async ({
  page,
}) => {
  await sunMode(page);
  await preset(page, 'Apollo 11 landing');
  await page.getByRole('button', { name: 'Places' }).click();
  await page.locator('[data-site="apollo-11"]').click();
  await page.keyboard.press('Escape'); // close the places panel; the site stays selected
  await settle(page);
  await expect(panel(page).getByRole('button', { name: 'Sunlight and time' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // ALSJ (Scotti & Fjeld, "Sun and Earth: Altitudes and Azimuths at the
  // Apollo Landing Sites"): the Sun stood 10.65° above Tranquility Base.
  const site = panel(page).locator('[data-sun-site]');
  await expect(site).toContainText(/The Sun is 11° above the horizon at Apollo 11/);
  expect(Math.abs(Number(await site.getAttribute('data-sun-elevation-deg')) - 10.65)).toBeLessThan(
    0.5,
  );
  // The pointer readout says the same just beside the pin (ALSJ's site: 0.6875° N, 23.4333° E).
  const pin = (await projector(page)).project(surfacePoint(0.6742, 23.4731));
  await page.mouse.move(pin.x, pin.y + 6);
  const readout = page.locator('.readout');
  await expect(readout.locator('[data-sun-elevation-deg]')).toBeVisible();
  const under = {
    latDeg: Number(await readout.getAttribute('data-lat-deg')),
    lonDeg: Number(await readout.getAttribute('data-lon-deg')),
    sunDeg: Number(
      await readout.locator('[data-sun-elevation-deg]').getAttribute('data-sun-elevation-deg'),
    ),
  };
  console.log(`pointer beside Apollo 11: ${JSON.stringify(under)}`);
  expect(Math.abs(under.latDeg - 0.6875)).toBeLessThan(0.6);
  expect(Math.abs(under.lonDeg - 23.4333)).toBeLessThan(0.6);
  expect(Math.abs(under.sunDeg - 10.65), 'Sun elevation under the pointer').toBeLessThan(0.8);
  await expect(readout).toContainText('Sun +11°');
  await page.mouse.move(5, 400); // off the globe, so the readout leaves the picture alone
  const lonOf = async () => Number(await panel(page).getAttribute('data-subsolar-lon'));
  const before = await lonOf();
  const shotBefore = await shoot(page, 'sun-apollo-11');
  await panel(page).getByRole('button', { name: '+1 day' }).click();
  await expect(panel(page)).toHaveAttribute('data-time-utc', '1969-07-21T20:17:40Z');
  // The sub-solar point moves west about 12.2° a day (360° per synodic month).
  expect(before - (await lonOf())).toBeCloseTo(12.2, 0);
  await panel(page).getByRole('button', { name: '−1 h' }).click();
  await expect(panel(page)).toHaveAttribute('data-time-utc', '1969-07-21T19:17:40Z');
  await settle(page);
  const shotAfter = await shoot(page, 'sun-apollo-11-next-day');
  let changed = 0;
  for (let y = 100; y < 700; y += 20) {
    for (let x = 200; x < 900; x += 20) {
      if (Math.abs(lumaAt(shotBefore, x, y) - lumaAt(shotAfter, x, y)) > 20) changed++;
    }
  }
  expect(changed, 'a day later the terminator has moved on screen').toBeGreaterThan(20);

  // A date beyond what the view format accepts gets a clear message and changes nothing.
  await panel(page).getByLabel('Date and time', { exact: true }).fill('2600-01-01T00:00:00');
  await panel(page).getByRole('button', { name: 'Show', exact: true }).click();
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Choose a moment between the years 1600 and 2500.',
  );
  await expect(panel(page)).toHaveAttribute('data-time-utc', '1969-07-21T19:17:40Z');

  // Play a lunar month per minute for a moment: time runs forward by hours.
  await panel(page).getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1500);
  await panel(page).getByRole('button', { name: 'Pause' }).click();
  const played = Date.parse((await panel(page).getAttribute('data-time-utc'))!);
  expect(played - Date.parse('1969-07-21T19:17:40Z')).toBeGreaterThan(6 * 3_600_000);

  // Chang'e-6: CNSA announced the landing at 06:23 Beijing time (UTC+8) on
  // 2 June 2024, i.e. 22:23 UTC on 1 June; the view turns to the site
  // (REFERENCE.md: 41.6385° S, 153.9852° W), which was in daylight.
  await preset(page, "Chang'e-6 landing");
  await expect(panel(page)).toHaveAttribute('data-time-utc', '2024-06-01T22:23:00Z');
  await waitForCentre(page, -41.6385, -153.9852, 0.5);
  // The moment selects its site: the panel is Chang'e-6's, not the last one shown.
  await expect(page.locator('aside.panel.info[data-site-id="change-6"]')).toBeVisible();
  await expect(panel(page).locator('[data-sun-site]')).toContainText(
    /The Sun is \d+° above the horizon at Chang.e-6/,
  );
  const c6 = await look(page, 'sun-change-6-landing');
  const around = [-60, 60].flatMap((dx) =>
    [-60, 60].map((dy) => lumaAt(c6.shot, c6.p.width / 2 + dx, c6.p.height / 2 + dy, 6)),
  );
  const aroundMean = around.reduce((a, b) => a + b, 0) / around.length;
  console.log(`Chang'e-6 landing: ground around the site ${aroundMean.toFixed(1)}`);
  expect(aroundMean, "the ground around Chang'e-6 is in sunlight").toBeGreaterThan(40);
  await page.getByRole('button', { name: 'Near side' }).click();
  await waitForCentre(page, 0, 0, 1);

  // Now: live again, and the terminator overlay and markers can be shown.
  await panel(page).getByRole('button', { name: 'Now', exact: true }).click();
  await expect(panel(page)).toHaveAttribute('data-time-utc', 'now');
  for (const id of ['terminator', 'subsolar', 'subearth']) {
    await panel(page).locator(`[data-toggle="${id}"]`).check();
  }
  await expect(page.locator('[data-label-id="sun:subearth"]')).toBeVisible();
  await settle(page);
  await shoot(page, 'sun-now-overlays');
});

test('the panel leaves the globe in view: folded beside a narrow window, open in a wide one', async ({
  page,
}) => {
  await openApp(page); // 1100 × 760
  await page.keyboard.press('s');
  const fold = panel(page).getByRole('button', { name: 'Sunlight and time' });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  // Folded, it still says when and which phase.
  await expect(panel(page)).toContainText('UTC');
  await expect(panel(page)).toContainText('Phase:');
  const narrow = disc(await projector(page));
  const folded = (await panel(page).boundingBox())!;
  await shoot(page, 'sun-panel-1100-folded');
  console.log(`1100 px: disc ${JSON.stringify(narrow)}, folded panel ${JSON.stringify(folded)}`);
  expect(boxCrossesDisc(folded, narrow), 'the folded panel clears the disc').toBe(false);

  await page.setViewportSize({ width: 1440, height: 810 });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 90_000,
  });
  await settle(page);
  // The light mode was remembered across the reload.
  await expect(panel(page)).toBeVisible();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  const wide = disc(await projector(page));
  const open = (await panel(page).boundingBox())!;
  expect(boxCrossesDisc(open, wide), 'the open panel clears the disc').toBe(false);
  await shoot(page, 'sun-panel-1440-open');
});

test('a link carries the light and the moment, and both are remembered', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('t');
  await settle(page);
  // The new moon, through the address: the far side lit.
  await page.evaluate(() => {
    window.location.hash = 'lat=0&lon=180&alt=5000&time=2022-11-23T22:57:00Z&light=sun';
  });
  await expect(panel(page)).toHaveAttribute('data-time-utc', '2022-11-23T22:57:00Z');
  await waitForCentre(page, 0, 180, 1);
  const far = await look(page, 'sun-link-new-moon-far');
  expect(discMean(far.shot, far.p), 'the far side lit at new moon').toBeGreaterThan(80);
  // A step is written back into the address.
  await unfold(page);
  await panel(page).getByRole('button', { name: '+1 h' }).click();
  await expect
    .poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 })
    .toContain('time=2022-11-23T23:57:00Z');
  expect(await page.evaluate(() => window.location.hash)).toContain('light=sun');
  // Reopened without a fragment: the same light and moment.
  await page.goto(page.url().split('#')[0]!);
  await expect(page.locator('html')).toHaveAttribute('data-farside-state', 'ready', {
    timeout: 90_000,
  });
  await expect(page.getByRole('button', { name: 'Light: Sun' })).toBeVisible();
  await expect(panel(page)).toHaveAttribute('data-time-utc', '2022-11-23T23:57:00Z');
});

test('names dim on the night side in Sun light, and stay bright by day', async ({ page }) => {
  await sunMode(page, { names: true });
  // USNO: last quarter 2022-12-16 08:56 UTC; seen from Earth the west half is day.
  await showMoment(page, '2022-12-16T08:56:00Z');
  await panel(page).getByRole('button', { name: 'Seen from Earth' }).click();
  const lib = Libration(new Date('2022-12-16T08:56:00Z'));
  await waitForCentre(page, lib.elat, lib.elon, 0.3);
  const d = disc(await projector(page));
  const canvas = page.locator('canvas.name-labels');
  type Placed = { name: string; x: number; y: number; w: number; h: number; alpha: number };
  let labels: Placed[] = [];
  await expect
    .poll(
      async () => {
        const pose = await page.locator('html').getAttribute('data-camera');
        if ((await canvas.getAttribute('data-camera')) !== pose) return -1;
        labels = JSON.parse((await canvas.getAttribute('data-labels')) ?? '[]') as Placed[];
        return labels.filter((l) => l.alpha < 1).length;
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThan(0);
  await shoot(page, 'sun-names-last-quarter');
  const dx = (l: Placed) => l.x + l.w / 2 - d.x;
  const west = labels.filter((l) => dx(l) < -0.2 * d.r);
  const east = labels.filter((l) => dx(l) > 0.2 * d.r);
  expect(west.length).toBeGreaterThan(3);
  expect(east.length).toBeGreaterThan(3);
  for (const l of west) expect(l.alpha, `${l.name} (day side)`).toBe(1);
  for (const l of east) expect(l.alpha, `${l.name} (night side)`).toBeLessThan(1);
});

test('a ticking "now" leaves an idle globe idle: no draw for 25 s, one as soon as the moment moves', async ({
  page,
}) => {
  // Count WebGL draw calls from outside the app (its own code is not asked).
  await page.addInitScript(() => {
    const w = window as unknown as { __draws: number };
    w.__draws = 0;
    for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
      for (const name of ['drawArrays', 'drawElements'] as const) {
        const original = proto[name] as (...args: unknown[]) => void;
        Object.defineProperty(proto, name, {
          value: function (this: unknown, ...args: unknown[]) {
            w.__draws++;
            return original.apply(this, args);
          },
        });
      }
    }
  });
  await sunMode(page);
  await expect(panel(page)).toHaveAttribute('data-time-utc', 'now');
  const draws = () => page.evaluate(() => (window as unknown as { __draws: number }).__draws);
  // Let the last label layout and pose publication finish.
  await page.waitForTimeout(2000);
  const before = await draws();
  // The sun clock looks at the time every 10 s; the Sun moves 0.05° in about 6 minutes.
  await page.waitForTimeout(25_000);
  expect(await draws(), 'no frame drawn while nothing visible changed').toBe(before);
  // Control: a step of one hour moves the terminator about 0.5°, and the globe is drawn again.
  await panel(page).getByRole('button', { name: '+1 h' }).click();
  await expect.poll(draws, { timeout: 10_000 }).toBeGreaterThan(before);
});
