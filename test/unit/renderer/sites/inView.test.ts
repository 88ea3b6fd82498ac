/**
 * What is in view (renderer/sites/inView.ts): the side, the surface the
 * screen covers (checked against the horizon formula and the small-angle
 * limit, worked out here), and the catalog places found there, against
 * their published positions.
 */
import { describe, expect, it } from 'vitest';
import { placesInView, sideOf, visibleCapDeg } from '../../../../renderer/sites/inView';
import { builtInCatalog } from '../../../../renderer/sites/catalog';

const DEG = Math.PI / 180;
const SITES = builtInCatalog().sites;

describe('sideOf', () => {
  it('splits at ±90° of longitude, wrapping any longitude', () => {
    expect(sideOf(0)).toBe('near');
    expect(sideOf(90)).toBe('near');
    expect(sideOf(-90)).toBe('near');
    expect(sideOf(90.5)).toBe('far');
    expect(sideOf(-170)).toBe('far');
    expect(sideOf(180)).toBe('far');
    expect(sideOf(190)).toBe('far'); // = −170°
    expect(sideOf(350)).toBe('near'); // = −10°
  });
});

describe('visibleCapDeg', () => {
  it('is the horizon, acos(1/d), when the cone reaches past the limb', () => {
    // From 2 radii the limb is 60° of arc away and subtends 30° from the line of sight.
    expect(visibleCapDeg(2, 45)).toBeCloseTo(60, 6);
    expect(visibleCapDeg(2, 30)).toBeCloseTo(60, 3);
  });
  it('near the surface, is the height times the angle (small-angle limit)', () => {
    // 0.01 radii up, 1° off nadir: ≈ 0.01° of arc.
    expect(visibleCapDeg(1.01, 1)).toBeCloseTo(0.01, 4);
  });
  it('grows with the height and with the angle, never past the horizon', () => {
    expect(visibleCapDeg(3, 10)).toBeGreaterThan(visibleCapDeg(2, 10));
    expect(visibleCapDeg(2, 20)).toBeGreaterThan(visibleCapDeg(2, 10));
    for (const d of [1.05, 1.5, 2, 4, 10])
      for (const a of [1, 5, 17.5, 40])
        expect(visibleCapDeg(d, a)).toBeLessThanOrEqual(Math.acos(1 / d) / DEG + 1e-9);
  });
});

describe('placesInView', () => {
  const ids = (lat: number, lon: number, cap: number) =>
    placesInView(SITES, { latDeg: lat, lonDeg: lon }, cap).map((p) => p.id);

  it('centred on the South Pole–Aitken basin (53° S, 169° W), it comes first', () => {
    expect(ids(-53, -169, 5)[0]).toBe('south-pole-aitken');
  });
  it('a basin 2,400 km across is in view from well inside its rim, not only at its centre', () => {
    // 20° of arc (~600 km) from its centre, with a 1° view: inside the 1,200 km semi-axis.
    expect(ids(-33, -169, 1)).toContain('south-pole-aitken');
  });
  it('the near side at 0°, 0° shows Apollo 11 (0.67° N, 23.47° E) and nothing from the far side', () => {
    const found = ids(0, 0, 40);
    expect(found).toContain('apollo-11');
    expect(found).not.toContain('change-6');
    expect(found).not.toContain('south-pole-aitken');
  });
  it('sorts nearest first', () => {
    const found = placesInView(SITES, { latDeg: 0, lonDeg: 0 }, 90);
    const offs = found.map((p) => p.offDeg);
    expect(offs).toEqual([...offs].sort((a, b) => a - b));
  });
});
