import { describe, expect, it } from 'vitest';
import { sunElevationDeg } from '../../../../renderer/geo/ephemeris';
import { angularDistanceRad } from '../../../../renderer/geo/frame';
import { terminatorPoints } from '../../../../renderer/geo/terminator';

describe('the terminator', () => {
  it.each([
    { latDeg: 0, lonDeg: 176 },
    { latDeg: -1.5, lonDeg: -96 },
    { latDeg: 89.5, lonDeg: 10 },
  ])('lies 90° from the sub-solar point %o, all the way round', (sub) => {
    const pts = terminatorPoints(sub, 180);
    expect(pts).toHaveLength(180);
    for (const p of pts) {
      expect(angularDistanceRad(p.latDeg, p.lonDeg, sub.latDeg, sub.lonDeg)).toBeCloseTo(
        Math.PI / 2,
        9,
      );
      expect(sunElevationDeg(sub, p.latDeg, p.lonDeg)).toBeCloseTo(0, 6);
    }
    // Consecutive points are 2° apart: a closed, even circle.
    for (let k = 0; k < pts.length; k++) {
      const a = pts[k]!;
      const b = pts[(k + 1) % pts.length]!;
      expect(angularDistanceRad(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg)).toBeCloseTo(
        (2 * Math.PI) / 180,
        9,
      );
    }
  });
});
