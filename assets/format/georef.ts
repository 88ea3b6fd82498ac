/**
 * Georeferencing of CGI Moon Kit maps (pure; no Node, DOM or three.js).
 *
 * Every kit map is a global equirectangular grid, north up, longitude
 * increasing to the east, **left edge −180°, centre 0°**. Pixels are areas:
 * pixel (i, j) of a W×H map covers
 *   lon ∈ [−180 + i·360/W, −180 + (i+1)·360/W],  lat ∈ [90 − (j+1)·180/H, 90 − j·180/H]
 * and its centre is at lon = −180 + (i+0.5)·360/W, lat = 90 − (j+0.5)·180/H.
 * See ../../../shared/moonkit/README.md ("Georeferencing").
 */

/** Radius of the LOLA reference sphere (the datum of every height here). */
export const MOON_RADIUS_M = 1_737_400;
export const MOON_RADIUS_KM = 1737.4;

export interface LatLonDeg {
  latDeg: number;
  lonDeg: number;
}

/** Wrap a longitude in degrees into [−180, 180). */
export function wrapLonDeg(lonDeg: number): number {
  const wrapped = (((lonDeg + 180) % 360) + 360) % 360;
  return wrapped - 180;
}

/** Centre of pixel (i, j) of a W×H kit map. Writes into `target` and returns it. */
export function pixelCenterLatLon(
  i: number,
  j: number,
  width: number,
  height: number,
  target: LatLonDeg = { latDeg: 0, lonDeg: 0 },
): LatLonDeg {
  target.lonDeg = -180 + ((i + 0.5) * 360) / width;
  target.latDeg = 90 - ((j + 0.5) * 180) / height;
  return target;
}

/**
 * Continuous pixel coordinates of a lat/lon on a W×H kit map, in the frame
 * where pixel (i, j)'s centre is at (i, j). x wraps into [−0.5, W−0.5); y is
 * not clamped (callers decide what the poles do).
 */
export function latLonToPixel(
  latDeg: number,
  lonDeg: number,
  width: number,
  height: number,
  target: { x: number; y: number } = { x: 0, y: 0 },
): { x: number; y: number } {
  target.x = ((wrapLonDeg(lonDeg) + 180) * width) / 360 - 0.5;
  target.y = ((90 - latDeg) * height) / 180 - 0.5;
  return target;
}
