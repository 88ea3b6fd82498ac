/** Two-finger twist (pure): how far the line between two fingers turned. */

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * The angle (radians, in (-π, π]) the segment from finger A to finger B
 * turned between two moments, in screen coordinates (y down): positive is
 * clockwise as seen on the screen. Zero when either segment has no length.
 */
export function twistRad(
  a0: ScreenPoint,
  b0: ScreenPoint,
  a1: ScreenPoint,
  b1: ScreenPoint,
): number {
  const dx0 = b0.x - a0.x;
  const dy0 = b0.y - a0.y;
  const dx1 = b1.x - a1.x;
  const dy1 = b1.y - a1.y;
  if ((dx0 === 0 && dy0 === 0) || (dx1 === 0 && dy1 === 0)) return 0;
  // atan2 of (cross, dot) is the signed angle from the first segment to the second.
  return Math.atan2(dx0 * dy1 - dy0 * dx1, dx0 * dx1 + dy0 * dy1);
}
