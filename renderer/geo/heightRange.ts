/**
 * Lowest and highest DEM height within a circle on the surface (pure;
 * allocates nothing): the relief inside a named feature's diameter.
 */
import { MOON_RADIUS_KM } from '../../assets/format/georef';
import { sampleHeightM, type ElevationGrid } from './dem';

const DEG = Math.PI / 180;

export interface HeightRange {
  minM: number;
  maxM: number;
}

/**
 * Samples concentric rings (centre included) no farther apart than half a
 * DEM pixel, up to 48 rings, each point by bilinear interpolation, and
 * writes the extremes into `target`.
 */
export function heightRangeInCircle(
  grid: ElevationGrid,
  latDeg: number,
  lonDeg: number,
  radiusKm: number,
  target: HeightRange = { minM: 0, maxM: 0 },
): HeightRange {
  const h0 = sampleHeightM(grid, latDeg, lonDeg);
  target.minM = h0;
  target.maxM = h0;
  const pixelKm = (2 * Math.PI * MOON_RADIUS_KM) / grid.width;
  const rings = Math.min(48, Math.ceil(radiusKm / (pixelKm / 2)));
  const lat1 = latDeg * DEG;
  const sinLat1 = Math.sin(lat1);
  const cosLat1 = Math.cos(lat1);
  for (let i = 1; i <= rings; i++) {
    const d = (radiusKm * i) / rings / MOON_RADIUS_KM; // angular distance, radians
    const points = Math.max(8, Math.ceil((2 * Math.PI * radiusKm * i) / rings / (pixelKm / 2)));
    const n = Math.min(points, 512);
    const sinD = Math.sin(d);
    const cosD = Math.cos(d);
    for (let k = 0; k < n; k++) {
      // Destination point at bearing θ, distance d on the sphere.
      const theta = (2 * Math.PI * k) / n;
      const sinLat2 = sinLat1 * cosD + cosLat1 * sinD * Math.cos(theta);
      const lat2 = Math.asin(Math.max(-1, Math.min(1, sinLat2)));
      const lon2 =
        lonDeg * DEG + Math.atan2(Math.sin(theta) * sinD * cosLat1, cosD - sinLat1 * sinLat2);
      const h = sampleHeightM(grid, lat2 / DEG, lon2 / DEG);
      if (h < target.minM) target.minM = h;
      if (h > target.maxM) target.maxM = h;
    }
  }
  return target;
}
