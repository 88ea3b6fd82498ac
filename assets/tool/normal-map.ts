/**
 * Pure normal-map computation from a kit DEM (equirectangular, left edge
 * −180°, north row first) on the LOLA reference sphere.
 *
 * Each pixel's normal is in its local tangent frame (east, north, up):
 *   n ∝ (−k·∂h/∂x_east, −k·∂h/∂y_north, 1),  k = exaggeration,
 * with central differences in metres: east spacing R·cos(lat)·Δλ per column
 * (the grid wraps across ±180°), north spacing R·Δφ (one-sided at the first
 * and last rows, which touch the poles). Toward the poles a column shrinks
 * to metres while a row stays ~7 km (4 ppd), so the east difference is taken
 * over as many columns as span about one row: the slope is measured over the
 * same ground distance in both directions, and LOLA noise between
 * neighbouring polar columns does not become a wall of fake slopes.
 * RGB8 = round((n·0.5 + 0.5)·255), so a flat surface is (128, 128, 255).
 */

export interface NormalMapInput {
  width: number;
  height: number;
  /** Raw heights, row-major, north row first; heightM = raw × scaleM. */
  heights: ArrayLike<number>;
  scaleM: number;
  radiusM: number;
  exaggeration: number;
}

/**
 * cos(lat) floor for the east spacing. Without it the spacing of the rows
 * next to a pole tends to 0 and any noise becomes a wall; 0.01 (≈ 89.4°)
 * only affects the last few rows of the finest kit DEMs.
 */
export const MIN_COS_LAT = 0.01;

/** Encode one unit-vector component as an 8-bit channel. */
export function encodeUnit(component: number): number {
  return Math.round((component * 0.5 + 0.5) * 255);
}

/** RGB8 normal map of `input`, written into `target` (W·H·3 bytes) and returned. */
export function computeNormalMap(
  input: NormalMapInput,
  target: Uint8Array = new Uint8Array(input.width * input.height * 3),
): Uint8Array {
  const { width: w, height: h, heights, scaleM, radiusM, exaggeration: k } = input;
  const dLonRad = (2 * Math.PI) / w;
  const dLatRad = Math.PI / h;
  for (let j = 0; j < h; j++) {
    const latRad = Math.PI / 2 - (j + 0.5) * dLatRad;
    const cosLat = Math.max(Math.cos(latRad), MIN_COS_LAT);
    // Columns either side so the east baseline is at least the north one.
    const di = Math.min(w >> 2, Math.max(1, Math.round(dLatRad / dLonRad / cosLat)));
    const eastSpanM = 2 * di * radiusM * cosLat * dLonRad;
    const jNorth = j > 0 ? j - 1 : 0;
    const jSouth = j < h - 1 ? j + 1 : h - 1;
    const northSpanM = (jSouth - jNorth) * radiusM * dLatRad;
    const row = j * w;
    const rowNorth = jNorth * w;
    const rowSouth = jSouth * w;
    for (let i = 0; i < w; i++) {
      const iWest = (i - di + w) % w;
      const iEast = (i + di) % w;
      const dhdx = ((heights[row + iEast]! - heights[row + iWest]!) * scaleM) / eastSpanM;
      const dhdy =
        northSpanM > 0
          ? ((heights[rowNorth + i]! - heights[rowSouth + i]!) * scaleM) / northSpanM
          : 0;
      const nx = -k * dhdx;
      const ny = -k * dhdy;
      const inv = 1 / Math.sqrt(nx * nx + ny * ny + 1);
      const o = (row + i) * 3;
      target[o] = encodeUnit(nx * inv);
      target[o + 1] = encodeUnit(ny * inv);
      target[o + 2] = encodeUnit(inv);
    }
  }
  return target;
}
