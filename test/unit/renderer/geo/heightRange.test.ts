import { describe, expect, it } from 'vitest';
import { createElevationGrid } from '../../../../renderer/geo/dem';
import { heightRangeInCircle } from '../../../../renderer/geo/heightRange';

const KM_PER_DEG = (Math.PI * 1737.4) / 180;

/** A W×H grid whose height is a function of the pixel centre's lat/lon. */
function gridOf(width: number, height: number, f: (latDeg: number, lonDeg: number) => number) {
  const data = new Float32Array(width * height);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      data[j * width + i] = f(90 - ((j + 0.5) * 180) / height, -180 + ((i + 0.5) * 360) / width);
    }
  }
  return createElevationGrid({ width, height, data, scaleM: 1, offsetM: 0 });
}

describe('heightRangeInCircle', () => {
  it('finds the extremes of a north-south slope at the circle’s north and south edges', () => {
    const grid = gridOf(1440, 720, (lat) => 100 * lat); // 100 m per degree of latitude
    const radiusKm = 150;
    const r = heightRangeInCircle(grid, 10, 40, radiusKm);
    const dLat = radiusKm / KM_PER_DEG;
    expect(r.minM).toBeCloseTo(100 * (10 - dLat), 0);
    expect(r.maxM).toBeCloseTo(100 * (10 + dLat), 0);
  });

  it('finds a pit inside the circle and ignores one outside it', () => {
    // Two cone-shaped pits: 2 km deep at (0°, 0°), 5 km deep at (0°, 10°).
    const pit = (lat: number, lon: number, cLon: number, depth: number) =>
      -depth * Math.max(0, 1 - Math.hypot(lat, lon - cLon) / 1.5);
    const grid = gridOf(1440, 720, (lat, lon) => pit(lat, lon, 0, 2000) + pit(lat, lon, 10, 5000));
    const r = heightRangeInCircle(grid, 0.3, -0.2, 100);
    // The deepest pixel centre of the grid near the first pit, by brute force:
    // bilinear samples can reach it but never go below it.
    let deepest = 0;
    for (let k = 0; k < grid.data.length; k++) {
      const lon = -180 + ((k % 1440) + 0.5) * 0.25;
      if (Math.abs(lon) < 3) deepest = Math.min(deepest, grid.data[k]!);
    }
    expect(deepest).toBeLessThan(-1700);
    expect(r.minM).toBeGreaterThanOrEqual(deepest - 1e-3);
    expect(r.minM).toBeLessThan(deepest + 60);
    expect(r.maxM).toBeCloseTo(0, 6); // the 5 km pit, 300 km away, is not seen
  });

  it('works across the ±180° seam and at a pole', () => {
    const grid = gridOf(720, 360, (lat, lon) => (lon > 0 ? 500 : -500) + lat);
    const seam = heightRangeInCircle(grid, 0, 180, 50);
    expect(seam.minM).toBeLessThan(-400);
    expect(seam.maxM).toBeGreaterThan(400);
    const pole = heightRangeInCircle(grid, -89.67, 129.78, 10.5);
    expect(Number.isFinite(pole.minM) && Number.isFinite(pole.maxM)).toBe(true);
  });
});
