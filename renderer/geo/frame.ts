/**
 * The one Moon-fixed frame of the app (pure; no React, no DOM).
 *
 * Frame "MOON_FIXED_SCENE": right-handed, origin at the Moon's centre,
 * +Y = north pole, lat 0 / lon 0 on +Z (toward the default camera),
 * +X = lat 0 / lon +90° (east). Lengths in scene units where the datum
 * sphere (1737.4 km) has radius 1 unless a `radius` is passed.
 *
 * Every layer (globe vertices and UVs, displacement, markers, picking,
 * graticule, camera targets) goes through `latLonToXYZ` or its inverse.
 */
import { MOON_RADIUS_M } from '../../assets/format/georef';

export interface Vec3Like {
  x: number;
  y: number;
  z: number;
}

const DEG = Math.PI / 180;

/**
 * Position of a point at selenographic latitude/longitude (degrees, east-positive)
 * and height above the 1737.4 km datum (metres), in scene units
 * (datum radius = `radiusScene`, default 1). Writes into `target` and returns it.
 */
export function latLonToXYZ<T extends Vec3Like>(
  latDeg: number,
  lonDeg: number,
  heightM: number,
  target: T,
  radiusScene = 1,
): T {
  const r = radiusScene * (1 + heightM / MOON_RADIUS_M);
  const lat = latDeg * DEG;
  const lon = lonDeg * DEG;
  const cosLat = Math.cos(lat);
  target.x = r * cosLat * Math.sin(lon);
  target.y = r * Math.sin(lat);
  target.z = r * cosLat * Math.cos(lon);
  return target;
}

/** Inverse of `latLonToXYZ` for the direction of `v` (its length is ignored). */
export function xyzToLatLon(
  v: Vec3Like,
  target: { latDeg: number; lonDeg: number } = { latDeg: 0, lonDeg: 0 },
): { latDeg: number; lonDeg: number } {
  const r = Math.hypot(v.x, v.y, v.z);
  target.latDeg = r === 0 ? 0 : Math.asin(Math.max(-1, Math.min(1, v.y / r))) / DEG;
  target.lonDeg = Math.atan2(v.x, v.z) / DEG;
  return target;
}

/** Great-circle angular distance between two points, in radians. */
export function angularDistanceRad(
  lat1Deg: number,
  lon1Deg: number,
  lat2Deg: number,
  lon2Deg: number,
): number {
  const p1 = lat1Deg * DEG;
  const p2 = lat2Deg * DEG;
  const dp = p2 - p1;
  const dl = (lon2Deg - lon1Deg) * DEG;
  const a = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}
