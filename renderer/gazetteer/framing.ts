/**
 * Camera distance that frames a feature (pure): the feature's diameter spans
 * `fraction` of the view's height when looked at straight down from above
 * its centre. Distances in datum radii from the Moon's centre (the camera
 * orbits the centre; see renderer/state/navigation.ts).
 */
import { MOON_RADIUS_KM } from '../../assets/format/georef';

export function framingDistanceForDiameter(
  diameterKm: number,
  fovDeg: number,
  minDistance: number,
  maxDistance: number,
  fraction = 0.5,
): number {
  const halfFov = (fovDeg * Math.PI) / 360;
  const above = diameterKm / MOON_RADIUS_KM / (2 * fraction * Math.tan(halfFov));
  return Math.min(maxDistance, Math.max(minDistance, 1 + above));
}
