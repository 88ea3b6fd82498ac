/**
 * What is in view (pure): which side of the Moon the camera looks at, how
 * much of the surface the screen shows, and which catalog places lie in it,
 * nearest the centre first. Feeds the canvas's text alternative
 * (renderer/ui/ViewDescription.tsx).
 */
import { MOON_RADIUS_KM } from '../../assets/format/georef';
import { angularDistanceRad } from '../geo/frame';
import { siteEllipse } from './geometry';
import type { Site } from './schema';

const DEG = Math.PI / 180;

/** The near side faces Earth (longitudes within 90° of 0°); the rest is the far side. */
export type MoonSide = 'near' | 'far';

export function sideOf(lonDeg: number): MoonSide {
  const wrapped = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return Math.abs(wrapped) <= 90 ? 'near' : 'far';
}

/**
 * Angular radius (degrees of arc from the Moon's centre) of the surface
 * seen within `halfAngleDeg` of the line of sight, from a camera at
 * `distanceRadii` Moon radii from the centre looking at it; the horizon
 * when the cone reaches past the limb.
 */
export function visibleCapDeg(distanceRadii: number, halfAngleDeg: number): number {
  const d = Math.max(1, distanceRadii);
  const horizon = Math.acos(1 / d);
  const alpha = halfAngleDeg * DEG;
  const sinA = Math.sin(alpha);
  if (d * sinA >= 1) return horizon / DEG;
  // Ray from the camera at angle alpha to the nadir, first hit on the unit sphere.
  const t = d * Math.cos(alpha) - Math.sqrt(1 - d * d * sinA * sinA);
  const theta = Math.atan2(t * sinA, d - t * Math.cos(alpha));
  return Math.min(theta, horizon) / DEG;
}

export interface PlaceInView {
  id: string;
  /** Angular distance of its centre from the view's centre, degrees. */
  offDeg: number;
}

/**
 * Catalog places whose centre, or some part of whose outline, lies within
 * `capDeg` of the centre, nearest first.
 */
export function placesInView(
  sites: readonly Site[],
  centre: { latDeg: number; lonDeg: number },
  capDeg: number,
): PlaceInView[] {
  const found: PlaceInView[] = [];
  for (const site of sites) {
    const offDeg = angularDistanceRad(centre.latDeg, centre.lonDeg, site.latDeg, site.lonDeg) / DEG;
    const ellipse = siteEllipse(site);
    const reachDeg = ellipse ? ellipse.semiMajorKm / MOON_RADIUS_KM / DEG : 0;
    if (offDeg <= capDeg + reachDeg) found.push({ id: site.id, offDeg });
  }
  return found.sort((a, b) => a.offDeg - b.offDeg || a.id.localeCompare(b.id));
}
