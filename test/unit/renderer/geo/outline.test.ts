import { describe, expect, it } from 'vitest';
import { MOON_RADIUS_KM } from '../../../../assets/format/georef';
import { angularDistanceRad } from '../../../../renderer/geo/frame';
import {
  circleOutline,
  distanceAndBearing,
  ellipseOutline,
  ellipseRadiusKm,
  isInsideCircle,
  isInsideEllipse,
  type SphericalEllipse,
} from '../../../../renderer/geo/outline';

const DEG = Math.PI / 180;

// Independent references: the classic spherical-trigonometry formulas
// (Sinnott's haversine, the aviation-formulary destination and initial bearing;
// see https://www.movable-type.co.uk/scripts/latlong.html), written from scratch
// here rather than shared with the code under test.
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * MOON_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

function trigDestination(lat: number, lon: number, bearingDeg: number, km: number) {
  const d = km / MOON_RADIUS_KM;
  const p1 = lat * DEG;
  const t = bearingDeg * DEG;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
  const l2 =
    lon * DEG +
    Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { latDeg: p2 / DEG, lonDeg: ((((l2 / DEG + 540) % 360) + 360) % 360) - 180 };
}

function trigBearingDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * DEG;
  const p2 = lat2 * DEG;
  const dl = (lon2 - lon1) * DEG;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  return (((Math.atan2(y, x) / DEG) % 360) + 360) % 360;
}

/** Smallest difference between two angles in degrees. */
function angleDiffDeg(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

/** Sum of the longitude steps round a closed ring, each taken the short way. */
function windingDeg(ring: { lonDeg: number }[]): number {
  let turnDeg = 0;
  for (let k = 0; k < ring.length; k++) {
    const step = ring[(k + 1) % ring.length]!.lonDeg - ring[k]!.lonDeg;
    turnDeg += ((((step + 540) % 360) + 360) % 360) - 180;
  }
  return turnDeg;
}

// South Pole–Aitken: centre −53, −169; 2,400 × 2,050 km; long axis at 19°
// (Garrick-Bethell & Zuber 2009, Icarus; REFERENCE.md).
const SPA: SphericalEllipse = {
  centerLatDeg: -53,
  centerLonDeg: -169,
  semiMajorKm: 1200,
  semiMinorKm: 1025,
  azimuthDeg: 19,
};
const CHANGE_6 = { latDeg: -41.6385, lonDeg: -153.9852 };
const APOLLO_11 = { latDeg: 0.67416, lonDeg: 23.47314 };

describe('distanceAndBearing', () => {
  it('matches the haversine distance and the trigonometric initial bearing', () => {
    const r = distanceAndBearing(-53, -169, CHANGE_6.latDeg, CHANGE_6.lonDeg);
    expect(r.distanceKm).toBeCloseTo(haversineKm(-53, -169, CHANGE_6.latDeg, CHANGE_6.lonDeg), 8);
    expect(r.bearingDeg).toBeCloseTo(
      trigBearingDeg(-53, -169, CHANGE_6.latDeg, CHANGE_6.lonDeg),
      9,
    );
  });
});

describe('ellipseRadiusKm', () => {
  it('is the semi-major axis along the azimuth and the semi-minor across it', () => {
    expect(ellipseRadiusKm(1200, 1025, 19, 19)).toBeCloseTo(1200, 9);
    expect(ellipseRadiusKm(1200, 1025, 19, 199)).toBeCloseTo(1200, 9);
    expect(ellipseRadiusKm(1200, 1025, 19, 109)).toBeCloseTo(1025, 9);
    expect(ellipseRadiusKm(1200, 1025, 19, 289)).toBeCloseTo(1025, 9);
  });

  it('satisfies the ellipse equation (x/a)² + (y/b)² = 1 at an oblique bearing', () => {
    const r = ellipseRadiusKm(300, 100, 0, 37);
    const x = r * Math.cos(37 * DEG); // along the long axis
    const y = r * Math.sin(37 * DEG);
    expect((x / 300) ** 2 + (y / 100) ** 2).toBeCloseTo(1, 12);
  });
});

describe('circleOutline', () => {
  const cases: [string, number, number, number][] = [
    ['Von Kármán (near the antimeridian)', -44.45, 176.25, 93],
    ['Apollo basin', -36.1, -151.7, 246],
    ['Shackleton (holds the south pole)', -89.67, 129.78, 10.45],
    ['a circle centred on the north pole', 90, 0, 500],
    ['a hemisphere-sized circle', 0, 0, (Math.PI / 2) * MOON_RADIUS_KM],
  ];
  for (const [name, lat, lon, km] of cases) {
    it(`keeps every point of ${name} at the radius (1e-9 relative)`, () => {
      const ring = circleOutline(lat, lon, km, 128);
      expect(ring).toHaveLength(128);
      for (const p of ring) {
        expect(p.lonDeg).toBeGreaterThanOrEqual(-180);
        expect(p.lonDeg).toBeLessThanOrEqual(180);
        const viaFrame = angularDistanceRad(lat, lon, p.latDeg, p.lonDeg) * MOON_RADIUS_KM;
        expect(Math.abs(viaFrame - km) / km).toBeLessThan(1e-9);
        const viaHaversine = haversineKm(lat, lon, p.latDeg, p.lonDeg);
        expect(Math.abs(viaHaversine - km) / km).toBeLessThan(1e-9);
      }
    });
  }

  it('starts due north and goes clockwise', () => {
    const ring = circleOutline(10, 20, 100, 4);
    expect(ring[0]!.lonDeg).toBeCloseTo(20, 12);
    expect(ring[0]!.latDeg).toBeGreaterThan(10);
    expect(ring[1]!.lonDeg).toBeGreaterThan(20); // bearing 90° = east
    expect(ring[2]!.latDeg).toBeLessThan(10);
    expect(ring[3]!.lonDeg).toBeLessThan(20);
  });

  it('around a pole inside the circle, longitudes sweep all the way round', () => {
    const ring = circleOutline(-89.67, 129.78, 10.45, 64);
    // Winding number about the polar axis: the longitude steps (each taken the
    // short way round) add up to a full turn only if the ring encloses the pole.
    expect(Math.abs(windingDeg(ring))).toBeCloseTo(360, 6);
    // A ring next to the pole that does not hold it winds zero times.
    expect(windingDeg(circleOutline(-89.67, 129.78, 9.5, 64))).toBeCloseTo(0, 6);
    expect(isInsideCircle(-90, 0, -89.67, 129.78, 10.45)).toBe(true);
  });

  it('reuses the objects of a target array and resizes it', () => {
    const target = circleOutline(0, 0, 10, 8);
    const first = target[0];
    const again = circleOutline(5, 5, 10, 6, target);
    expect(again).toBe(target);
    expect(again).toHaveLength(6);
    expect(again[0]).toBe(first);
    expect(again[0]!.lonDeg).toBeCloseTo(5, 12);
  });

  it('rejects too few segments', () => {
    expect(() => circleOutline(0, 0, 10, 2)).toThrow(/segments/);
    expect(() => circleOutline(0, 0, 10, 10.5)).toThrow(/segments/);
  });
});

describe('ellipseOutline: South Pole–Aitken', () => {
  const ring = ellipseOutline(
    SPA.centerLatDeg,
    SPA.centerLonDeg,
    SPA.semiMajorKm,
    SPA.semiMinorKm,
    SPA.azimuthDeg,
    360,
  );
  const distanceKm = (k: number) =>
    angularDistanceRad(SPA.centerLatDeg, SPA.centerLonDeg, ring[k]!.latDeg, ring[k]!.lonDeg) *
    MOON_RADIUS_KM;

  it('is 1200 km from the centre along the long axis (19°, 199°)', () => {
    expect(Math.abs(distanceKm(19) - 1200) / 1200).toBeLessThan(1e-9);
    expect(Math.abs(distanceKm(199) - 1200) / 1200).toBeLessThan(1e-9);
  });

  it('is 1025 km from the centre along the short axis (109°, 289°)', () => {
    expect(Math.abs(distanceKm(109) - 1025) / 1025).toBeLessThan(1e-9);
    expect(Math.abs(distanceKm(289) - 1025) / 1025).toBeLessThan(1e-9);
  });

  it('puts point k at bearing k° from the centre (trigonometric bearing)', () => {
    for (const k of [0, 19, 45, 109, 180, 199, 289, 300]) {
      const b = trigBearingDeg(
        SPA.centerLatDeg,
        SPA.centerLonDeg,
        ring[k]!.latDeg,
        ring[k]!.lonDeg,
      );
      expect(angleDiffDeg(b, k)).toBeLessThan(1e-9);
    }
  });

  it('keeps every point at r(θ) from the centre (1e-9 relative)', () => {
    for (let k = 0; k < 360; k++) {
      const want = ellipseRadiusKm(1200, 1025, 19, k);
      expect(Math.abs(distanceKm(k) - want) / want).toBeLessThan(1e-9);
    }
  });

  it('crosses the antimeridian with longitudes staying in −180…180', () => {
    expect(ring.some((p) => p.lonDeg > 90)).toBe(true);
    expect(ring.some((p) => p.lonDeg < -90)).toBe(true);
    expect(ring.every((p) => p.lonDeg >= -180 && p.lonDeg <= 180)).toBe(true);
  });

  it('encloses Chang’e-6 and not Apollo 11', () => {
    expect(isInsideEllipse(CHANGE_6.latDeg, CHANGE_6.lonDeg, SPA)).toBe(true);
    expect(isInsideEllipse(APOLLO_11.latDeg, APOLLO_11.lonDeg, SPA)).toBe(false);
  });

  it('isInsideEllipse flips exactly across the outline', () => {
    for (const bearing of [0, 19, 70, 109, 200, 330]) {
      const r = ellipseRadiusKm(1200, 1025, 19, bearing);
      const inside = trigDestination(-53, -169, bearing, r - 0.01);
      const outside = trigDestination(-53, -169, bearing, r + 0.01);
      expect(isInsideEllipse(inside.latDeg, inside.lonDeg, SPA)).toBe(true);
      expect(isInsideEllipse(outside.latDeg, outside.lonDeg, SPA)).toBe(false);
    }
  });

  it('rejects a minor axis longer than the major axis', () => {
    expect(() => ellipseOutline(0, 0, 100, 200, 0, 16)).toThrow(/semiMajorKm/);
    expect(() => ellipseOutline(0, 0, 100, 0, 0, 16)).toThrow(/semiMajorKm/);
  });
});
