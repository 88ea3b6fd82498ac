/**
 * Outlines of catalog entries on the datum sphere (pure).
 *
 * Bridges a site's `outline` (diameter or full axes, as published) to the
 * radius/semi-axis functions of ../geo/outline.
 */
import type { LatLonDeg } from '../../assets/format/georef';
import {
  circleOutline,
  ellipseOutline,
  isInsideCircle,
  isInsideEllipse,
  type SphericalEllipse,
} from '../geo/outline';
import type { Site } from './schema';

/**
 * The site's outline as `segments` points (k = 0 due north, then clockwise;
 * closed implicitly, draw as a loop), or null when the site has none.
 * Writes into `target` and returns it.
 */
export function siteOutlinePoints(
  site: Site,
  segments: number,
  target: LatLonDeg[] = [],
): LatLonDeg[] | null {
  const o = site.outline;
  if (o === undefined) return null;
  if (o.shape === 'circle') {
    return circleOutline(site.latDeg, site.lonDeg, o.diameterKm / 2, segments, target);
  }
  return ellipseOutline(
    site.latDeg,
    site.lonDeg,
    o.majorAxisKm / 2,
    o.minorAxisKm / 2,
    o.azimuthDeg,
    segments,
    target,
  );
}

/** The site's outline as a spherical ellipse (a circle has equal semi-axes), or null. */
export function siteEllipse(site: Site): SphericalEllipse | null {
  const o = site.outline;
  if (o === undefined) return null;
  const circle = o.shape === 'circle';
  return {
    centerLatDeg: site.latDeg,
    centerLonDeg: site.lonDeg,
    semiMajorKm: (circle ? o.diameterKm : o.majorAxisKm) / 2,
    semiMinorKm: (circle ? o.diameterKm : o.minorAxisKm) / 2,
    azimuthDeg: circle ? 0 : o.azimuthDeg,
  };
}

/** Whether a point lies inside the site's outline (false when it has none). */
export function isInsideSite(site: Site, latDeg: number, lonDeg: number): boolean {
  const o = site.outline;
  if (o === undefined) return false;
  if (o.shape === 'circle') {
    return isInsideCircle(latDeg, lonDeg, site.latDeg, site.lonDeg, o.diameterKm / 2);
  }
  return isInsideEllipse(latDeg, lonDeg, {
    centerLatDeg: site.latDeg,
    centerLonDeg: site.lonDeg,
    semiMajorKm: o.majorAxisKm / 2,
    semiMinorKm: o.minorAxisKm / 2,
    azimuthDeg: o.azimuthDeg,
  });
}
