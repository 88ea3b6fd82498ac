/** Angle helpers for camera moves (pure). */

/**
 * The equivalent of `targetRad` (mod 2π) nearest to `currentRad`, so a turn
 * takes the short way even after the user has spun the globe many times
 * (camera-controls accumulates azimuth without wrapping).
 */
export function nearestAngle(currentRad: number, targetRad: number): number {
  const twoPi = 2 * Math.PI;
  const delta = ((((targetRad - currentRad) % twoPi) + 3 * Math.PI) % twoPi) - Math.PI;
  return currentRad + delta;
}
