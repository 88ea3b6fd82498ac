import { describe, expect, it } from 'vitest';
import { MOON_RADIUS_KM } from '../../../../assets/format/georef';
import { angularDistanceRad } from '../../../../renderer/geo/frame';
import { builtInCatalog } from '../../../../renderer/sites/catalog';
import { siteEllipse, siteOutlinePoints } from '../../../../renderer/sites/geometry';

const { sites } = builtInCatalog();
const site = (id: string) => sites.find((s) => s.id === id)!;
const kmFrom = (s: { latDeg: number; lonDeg: number }, p: { latDeg: number; lonDeg: number }) =>
  angularDistanceRad(s.latDeg, s.lonDeg, p.latDeg, p.lonDeg) * MOON_RADIUS_KM;

describe('siteOutlinePoints', () => {
  it('draws a circle site at half its diameter', () => {
    const rumker = site('mons-rumker');
    const ring = siteOutlinePoints(rumker, 96)!;
    expect(ring).toHaveLength(96);
    for (const p of ring) expect(kmFrom(rumker, p)).toBeCloseTo(73.25 / 2, 9);
  });

  it('draws South Pole–Aitken at 1200 km along 19° and 1025 km along 109°', () => {
    const spa = site('south-pole-aitken');
    const ring = siteOutlinePoints(spa, 360)!;
    expect(kmFrom(spa, ring[19]!)).toBeCloseTo(1200, 6);
    expect(kmFrom(spa, ring[199]!)).toBeCloseTo(1200, 6);
    expect(kmFrom(spa, ring[109]!)).toBeCloseTo(1025, 6);
    expect(kmFrom(spa, ring[289]!)).toBeCloseTo(1025, 6);
  });

  it('gives null for a site without an outline', () => {
    expect(siteOutlinePoints(site('apollo-11'), 32)).toBeNull();
    expect(siteEllipse(site('apollo-11'))).toBeNull();
  });
});

describe('siteEllipse', () => {
  it('turns diameters and full axes into semi-axes', () => {
    expect(siteEllipse(site('von-karman'))).toEqual({
      centerLatDeg: -44.45,
      centerLonDeg: 176.25,
      semiMajorKm: 93,
      semiMinorKm: 93,
      azimuthDeg: 0,
    });
    expect(siteEllipse(site('south-pole-aitken'))).toEqual({
      centerLatDeg: -53,
      centerLonDeg: -169,
      semiMajorKm: 1200,
      semiMinorKm: 1025,
      azimuthDeg: 19,
    });
  });
});
