/**
 * Points on the relief as drawn: the DEM height at a lat/lon, times the
 * vertical exaggeration, plus a lift, through the one frame function (pure).
 */
import { MOON_RADIUS_M } from '../../assets/format/georef';
import { sampleHeightM, type ElevationGrid } from './dem';
import { latLonToXYZ, xyzToLatLon, type Vec3Like } from './frame';

const hitPoint = { x: 0, y: 0, z: 0 };

export function drapedXYZ<T extends Vec3Like>(
  latDeg: number,
  lonDeg: number,
  grid: ElevationGrid,
  exaggeration: number,
  liftM: number,
  target: T,
): T {
  const heightM = sampleHeightM(grid, latDeg, lonDeg) * exaggeration + liftM;
  return latLonToXYZ(latDeg, lonDeg, heightM, target);
}

/**
 * Where a ray first meets the displaced surface, approximated by
 * intersecting spheres of the local radius (three refinements converge to
 * well under a DEM pixel). Origin and direction in scene units; `direction`
 * need not be normalised. Returns null when the ray misses the Moon.
 */
export function pickSurface(
  origin: Vec3Like,
  direction: Vec3Like,
  grid: ElevationGrid,
  exaggeration: number,
  target: { latDeg: number; lonDeg: number; heightM: number },
): { latDeg: number; lonDeg: number; heightM: number } | null {
  const len = Math.hypot(direction.x, direction.y, direction.z);
  const dx = direction.x / len;
  const dy = direction.y / len;
  const dz = direction.z / len;
  const b = origin.x * dx + origin.y * dy + origin.z * dz;
  const c0 = origin.x * origin.x + origin.y * origin.y + origin.z * origin.z;
  let r = 1;
  let hit = false;
  for (let k = 0; k < 4; k++) {
    const disc = b * b - (c0 - r * r);
    if (disc < 0) {
      if (k === 0) return null;
      break; // grazing the limb: keep the last hit
    }
    const t = -b - Math.sqrt(disc);
    hitPoint.x = origin.x + t * dx;
    hitPoint.y = origin.y + t * dy;
    hitPoint.z = origin.z + t * dz;
    xyzToLatLon(hitPoint, target);
    target.heightM = sampleHeightM(grid, target.latDeg, target.lonDeg);
    r = 1 + (target.heightM * exaggeration) / MOON_RADIUS_M;
    hit = true;
  }
  return hit ? target : null;
}
