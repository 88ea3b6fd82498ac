/**
 * Circles and ellipses drawn on the Moon's datum sphere (pure; no React, DOM or three.js).
 *
 * An outline is the set of points reached by walking a great circle (geodesic)
 * from the centre, at every bearing θ (clockwise from north), for a distance
 * r(θ) measured along the surface. For a circle r is constant; for an ellipse
 * r(θ) is the polar radius of a plane ellipse in the local tangent plane whose
 * long axis points along `azimuthDeg` (clockwise from north). This is how basin
 * ellipses are usually stated (e.g. South Pole–Aitken, Garrick-Bethell & Zuber
 * 2009), and it keeps the surface distance from the centre exact.
 *
 * Bearings are taken in the local east/north frame at the centre. That frame
 * stays defined at the poles: at a pole, "north" is the limit of the frame of a
 * centre approaching the pole along meridian `centerLonDeg` (so at the north
 * pole, bearing 0 heads down meridian `centerLonDeg + 180`).
 *
 * Output longitudes are in −180…180 and may jump across the antimeridian or
 * sweep all longitudes when a pole lies inside the outline; consumers convert
 * the points to XYZ with `latLonToXYZ`, where neither is a discontinuity.
 */
import { MOON_RADIUS_KM, type LatLonDeg } from '../../assets/format/georef';

const DEG = Math.PI / 180;

/** An ellipse on the sphere, described in the tangent plane at its centre. */
export interface SphericalEllipse {
  centerLatDeg: number;
  centerLonDeg: number;
  /** Half the long axis, measured along the surface. */
  semiMajorKm: number;
  /** Half the short axis, measured along the surface. */
  semiMinorKm: number;
  /** Direction of the long axis, clockwise from north at the centre. */
  azimuthDeg: number;
}

/**
 * Local frame at a centre point, as 3-vectors in a frame where
 * x = (lat 0, lon 0), y = (lat 0, lon 90°E), z = north pole.
 * Module-level scratch so the per-point walk allocates nothing.
 */
const centre = { px: 0, py: 0, pz: 0, nx: 0, ny: 0, nz: 0, ex: 0, ey: 0 };

function setCentre(latDeg: number, lonDeg: number): void {
  const phi = latDeg * DEG;
  const lam = lonDeg * DEG;
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const sinLam = Math.sin(lam);
  const cosLam = Math.cos(lam);
  centre.px = cosPhi * cosLam;
  centre.py = cosPhi * sinLam;
  centre.pz = sinPhi;
  // East and north unit vectors; both stay unit length at the poles.
  centre.ex = -sinLam;
  centre.ey = cosLam;
  centre.nx = -sinPhi * cosLam;
  centre.ny = -sinPhi * sinLam;
  centre.nz = cosPhi;
}

/**
 * Walk from the current centre along bearing `bearingDeg` for `distanceKm`
 * along the datum sphere. Writes into `target` and returns it.
 */
function walk(bearingDeg: number, distanceKm: number, target: LatLonDeg): LatLonDeg {
  const delta = distanceKm / MOON_RADIUS_KM;
  const theta = bearingDeg * DEG;
  const cosD = Math.cos(delta);
  const sinD = Math.sin(delta);
  const cosT = Math.cos(theta);
  const sinT = Math.sin(theta);
  const x = centre.px * cosD + (centre.nx * cosT + centre.ex * sinT) * sinD;
  const y = centre.py * cosD + (centre.ny * cosT + centre.ey * sinT) * sinD;
  const z = centre.pz * cosD + centre.nz * cosT * sinD;
  // atan2 rather than asin keeps latitude precise next to the poles.
  target.latDeg = Math.atan2(z, Math.hypot(x, y)) / DEG;
  target.lonDeg = Math.atan2(y, x) / DEG;
  return target;
}

/**
 * Surface distance (km) and initial bearing (degrees clockwise from north, in
 * [0, 360)) from a centre to a point, in the same local frame the outlines use.
 * Writes into `target` and returns it.
 */
export function distanceAndBearing(
  centerLatDeg: number,
  centerLonDeg: number,
  latDeg: number,
  lonDeg: number,
  target: { distanceKm: number; bearingDeg: number } = { distanceKm: 0, bearingDeg: 0 },
): { distanceKm: number; bearingDeg: number } {
  setCentre(centerLatDeg, centerLonDeg);
  const phi = latDeg * DEG;
  const lam = lonDeg * DEG;
  const cosPhi = Math.cos(phi);
  const x = cosPhi * Math.cos(lam);
  const y = cosPhi * Math.sin(lam);
  const z = Math.sin(phi);
  const along = x * centre.px + y * centre.py + z * centre.pz;
  const north = x * centre.nx + y * centre.ny + z * centre.nz;
  const east = x * centre.ex + y * centre.ey;
  // atan2 of the tangential and radial parts: accurate at every distance.
  target.distanceKm = Math.atan2(Math.hypot(north, east), along) * MOON_RADIUS_KM;
  const bearing = Math.atan2(east, north) / DEG;
  target.bearingDeg = bearing < 0 ? bearing + 360 : bearing;
  return target;
}

/**
 * Polar radius r(θ) of an ellipse with semi-axes a ≥ b whose long axis points
 * along `azimuthDeg`, at bearing `bearingDeg` (both clockwise from north):
 * r = a·b / √((b·cos(θ−α))² + (a·sin(θ−α))²).
 */
export function ellipseRadiusKm(
  semiMajorKm: number,
  semiMinorKm: number,
  azimuthDeg: number,
  bearingDeg: number,
): number {
  const t = (bearingDeg - azimuthDeg) * DEG;
  const bc = semiMinorKm * Math.cos(t);
  const as = semiMajorKm * Math.sin(t);
  return (semiMajorKm * semiMinorKm) / Math.sqrt(bc * bc + as * as);
}

function checkSegments(segments: number): void {
  if (!Number.isInteger(segments) || segments < 3) {
    throw new RangeError(`segments must be an integer ≥ 3, got ${segments}`);
  }
}

/** Reuse the objects already in `target`, add what is missing, drop the rest. */
function sizeTarget(target: LatLonDeg[], count: number): void {
  for (let k = target.length; k < count; k++) target.push({ latDeg: 0, lonDeg: 0 });
  target.length = count;
}

/**
 * A circle of surface radius `radiusKm` around a centre, as `segments` points
 * at bearings k·360°/segments (k = 0 due north, then clockwise). The ring is
 * closed implicitly: draw it as a loop. Writes into `target` and returns it.
 */
export function circleOutline(
  centerLatDeg: number,
  centerLonDeg: number,
  radiusKm: number,
  segments: number,
  target: LatLonDeg[] = [],
): LatLonDeg[] {
  return ellipseOutline(centerLatDeg, centerLonDeg, radiusKm, radiusKm, 0, segments, target);
}

/**
 * An ellipse around a centre (semi-axes along the surface, long axis at
 * `azimuthDeg` clockwise from north), as `segments` points at bearings
 * k·360°/segments (k = 0 due north, then clockwise). The ring is closed
 * implicitly: draw it as a loop. Writes into `target` and returns it.
 */
export function ellipseOutline(
  centerLatDeg: number,
  centerLonDeg: number,
  semiMajorKm: number,
  semiMinorKm: number,
  azimuthDeg: number,
  segments: number,
  target: LatLonDeg[] = [],
): LatLonDeg[] {
  checkSegments(segments);
  if (!(semiMinorKm > 0) || !(semiMajorKm >= semiMinorKm)) {
    throw new RangeError(
      `ellipse needs semiMajorKm ≥ semiMinorKm > 0, got ${semiMajorKm} × ${semiMinorKm}`,
    );
  }
  sizeTarget(target, segments);
  setCentre(centerLatDeg, centerLonDeg);
  for (let k = 0; k < segments; k++) {
    const bearingDeg = (k * 360) / segments;
    const r = ellipseRadiusKm(semiMajorKm, semiMinorKm, azimuthDeg, bearingDeg);
    walk(bearingDeg, r, target[k]!);
  }
  return target;
}

const scratch = { distanceKm: 0, bearingDeg: 0 };

/**
 * Whether (latDeg, lonDeg) lies inside (or on) the ellipse, decided from the
 * geodesic distance and bearing from the centre, not from a polygon.
 */
export function isInsideEllipse(
  latDeg: number,
  lonDeg: number,
  ellipse: SphericalEllipse,
): boolean {
  distanceAndBearing(ellipse.centerLatDeg, ellipse.centerLonDeg, latDeg, lonDeg, scratch);
  const r = ellipseRadiusKm(
    ellipse.semiMajorKm,
    ellipse.semiMinorKm,
    ellipse.azimuthDeg,
    scratch.bearingDeg,
  );
  return scratch.distanceKm <= r;
}

/** Whether (latDeg, lonDeg) lies within `radiusKm` (surface distance) of a centre. */
export function isInsideCircle(
  latDeg: number,
  lonDeg: number,
  centerLatDeg: number,
  centerLonDeg: number,
  radiusKm: number,
): boolean {
  distanceAndBearing(centerLatDeg, centerLonDeg, latDeg, lonDeg, scratch);
  return scratch.distanceKm <= radiusKm;
}
