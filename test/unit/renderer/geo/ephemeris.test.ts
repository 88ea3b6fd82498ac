import { Body, Illumination, Libration, MakeTime, RotationAxis } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import {
  eqjToMoonFixed,
  isLit,
  moonFixedToLatLon,
  moonSunState,
  phaseName,
  sunElevationDeg,
} from '../../../../renderer/geo/ephemeris';
import { angularDistanceRad, xyzToLatLon } from '../../../../renderer/geo/frame';

const at = (iso: string) => moonSunState(Date.parse(iso));
const lonDiffDeg = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('the Sun seen from the Moon (astronomy-engine)', () => {
  it('new moon of 2022-11-23 22:57 UTC (USNO): the far side in full sunlight', () => {
    const s = at('2022-11-23T22:57:00Z');
    expect(s.phaseAngleDeg).toBeGreaterThan(175);
    expect(s.illuminatedFraction).toBeLessThan(0.01);
    expect(lonDiffDeg(s.subSolar.lonDeg, 176)).toBeLessThan(1.5);
    expect(Math.abs(s.subSolar.latDeg)).toBeLessThan(1.6); // the Moon's equator is 1.54° off the ecliptic
    expect(s.phase).toBe('new moon');
    // The far side's centre has the Sun near the zenith, the near side's centre none.
    expect(sunElevationDeg(s.subSolar, 0, 180)).toBeGreaterThan(85);
    expect(sunElevationDeg(s.subSolar, 0, 0)).toBeLessThan(-85);
  });

  it('full moon of 2022-12-08 04:08 UTC (USNO): the near side lit', () => {
    const s = at('2022-12-08T04:08:00Z');
    expect(s.phaseAngleDeg).toBeLessThan(5);
    expect(s.illuminatedFraction).toBeGreaterThan(0.99);
    expect(lonDiffDeg(s.subSolar.lonDeg, 3)).toBeLessThan(1.5);
    expect(s.phase).toBe('full moon');
  });

  it('first and last quarters of 2022-11-30 14:36 and 2022-12-16 08:56 UTC (USNO)', () => {
    const first = at('2022-11-30T14:36:00Z');
    expect(first.phase).toBe('first quarter');
    expect(Math.abs(first.phaseAngleDeg - 90)).toBeLessThan(2);
    // At first quarter the Sun stands over the east limb (lon +90°): the eastern half is lit.
    expect(lonDiffDeg(first.subSolar.lonDeg, 90)).toBeLessThan(8);
    const last = at('2022-12-16T08:56:00Z');
    expect(last.phase).toBe('last quarter');
    expect(lonDiffDeg(last.subSolar.lonDeg, -90)).toBeLessThan(8);
  });

  // Apollo Lunar Surface Journal, "Sun and Earth: Altitudes and Azimuths at
  // the Apollo Landing Sites" (J. Scotti and P. Fjeld, rev. 2009-09-21,
  // https://www.nasa.gov/history/alsj/alsj-EarthSun_AltAz.html): computed
  // independently of this code and spot-checked with JPL Horizons; the two
  // authors agree within 0.5°. Their site coordinates are used here.
  it.each([
    ['Apollo 11 landing', '1969-07-20T20:17:39Z', 0.6875, 23.4333, 10.65],
    ['Apollo 11 liftoff', '1969-07-21T17:54:00Z', 0.6875, 23.4333, 21.65],
    ['Apollo 12 landing', '1969-11-19T06:54:36Z', -3.1975, -23.3856, 5.19],
  ])('Sun elevation at the %s matches the ALSJ table', (_, iso, latDeg, lonDeg, altDeg) => {
    const s = at(iso);
    expect(Math.abs(sunElevationDeg(s.subSolar, latDeg, lonDeg) - altDeg)).toBeLessThan(0.5);
    expect(isLit(s.subSolar, latDeg, lonDeg)).toBe(true);
  });

  it.each([
    '2019-01-03T02:26:00Z',
    '2020-12-01T15:11:00Z',
    '2022-11-21T12:57:00Z',
    '2024-06-01T22:23:00Z',
    '2031-08-15T06:00:00Z',
    '1969-07-20T20:17:40Z',
  ])('the sub-Earth point at %s matches Libration() (a different computation)', (iso) => {
    const s = at(iso);
    const lib = Libration(new Date(iso));
    // Libration() is Meeus's optical libration; the rotation model adds the
    // physical libration (a few hundredths of a degree).
    expect(Math.abs(s.subEarth.latDeg - lib.elat)).toBeLessThan(0.1);
    expect(lonDiffDeg(s.subEarth.lonDeg, lib.elon)).toBeLessThan(0.1);
    // And libration stays within its known bounds (±6.7° lat, ±7.9° lon).
    expect(Math.abs(s.subEarth.latDeg)).toBeLessThan(7);
    expect(Math.abs(s.subEarth.lonDeg)).toBeLessThan(8.2);
  });

  it.each(['2022-11-23T22:57:00Z', '2023-03-07T12:00:00Z', '2024-06-01T22:23:00Z'])(
    'phase angle and lit fraction at %s match Illumination()',
    (iso) => {
      const s = at(iso);
      const ill = Illumination(Body.Moon, new Date(iso));
      expect(s.phaseAngleDeg).toBeCloseTo(ill.phase_angle, 1);
      expect(s.illuminatedFraction).toBeCloseTo(ill.phase_fraction, 3);
    },
  );

  it("turns the Moon's own north pole (RotationAxis().north) onto body-fixed +z", () => {
    for (const iso of ['2000-01-01T12:00:00Z', '2022-11-23T22:57:00Z', '2040-05-05T05:05:05Z']) {
      const time = MakeTime(new Date(iso));
      const [x, y, z] = eqjToMoonFixed(RotationAxis(Body.Moon, time).north, time);
      expect(z).toBeCloseTo(1, 12);
      expect(Math.hypot(x, y)).toBeLessThan(1e-6);
    }
  });

  it('round-trips the Sun direction through the scene frame (renderer/geo/frame.ts)', () => {
    for (const iso of ['2022-11-23T22:57:00Z', '2022-12-08T04:08:00Z', '1969-07-20T20:17:40Z']) {
      const s = at(iso);
      const back = xyzToLatLon(s.sunDirScene);
      expect(
        angularDistanceRad(back.latDeg, back.lonDeg, s.subSolar.latDeg, s.subSolar.lonDeg),
      ).toBeLessThan(1e-12);
      expect(Math.hypot(s.sunDirScene.x, s.sunDirScene.y, s.sunDirScene.z)).toBeCloseTo(1, 12);
    }
    expect(moonFixedToLatLon([0, 0, 2]).latDeg).toBe(90);
    expect(moonFixedToLatLon([0, 3, 0]).lonDeg).toBe(90);
  });

  it('moves the sub-solar point west by about 12.2° a day', () => {
    const a = at('2022-11-23T00:00:00Z').subSolar.lonDeg;
    const b = at('2022-11-24T00:00:00Z').subSolar.lonDeg;
    const westward = ((a - b + 540) % 360) - 180;
    expect(westward).toBeGreaterThan(11.5);
    expect(westward).toBeLessThan(13);
  });
});

describe('sun elevation and lit points', () => {
  const sub = { latDeg: 10, lonDeg: 40 };
  it('is 90° at the sub-solar point, −90° at its antipode, 0° a quarter-circle away', () => {
    expect(sunElevationDeg(sub, 10, 40)).toBeCloseTo(90, 6);
    expect(sunElevationDeg(sub, -10, -140)).toBeCloseTo(-90, 5);
    expect(sunElevationDeg(sub, -80, 40)).toBeCloseTo(0, 9);
    expect(isLit(sub, 0, 40 + 89)).toBe(true);
    expect(isLit(sub, 0, 40 - 101)).toBe(false);
  });
});

describe('phase names', () => {
  it.each([
    [0, 'new moon'],
    [6, 'new moon'],
    [354, 'new moon'],
    [6.5, 'waxing crescent'],
    [83.9, 'waxing crescent'],
    [84, 'first quarter'],
    [96, 'first quarter'],
    [96.1, 'waxing gibbous'],
    [174, 'full moon'],
    [186, 'full moon'],
    [186.5, 'waning gibbous'],
    [270, 'last quarter'],
    [276.5, 'waning crescent'],
    [353.9, 'waning crescent'],
    [-1, 'new moon'],
    [720 + 180, 'full moon'],
  ] as const)('elongation %s° is %s', (e, name) => {
    expect(phaseName(e)).toBe(name);
  });
});
