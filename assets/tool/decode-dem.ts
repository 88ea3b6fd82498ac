/**
 * Pure DEM decoding: kit samples → int16 half-metres above the 1737.4 km
 * sphere (LOLA's own unit). LOLA heights are exact half-metre multiples, so
 * both kit encodings must decode to integers; anything else means the file
 * is not what the catalog says and is rejected rather than rounded.
 */
import { AssetError } from './errors';

/** heightM = halfMetres × ELEVATION_SCALE_M. */
export const ELEVATION_SCALE_M = 0.5;
/** Offset of the kit's uint16 encoding, in half-metres. */
export const UINT_OFFSET_HALF_M = 20_000;

/**
 * float32 km → half-metres. A float32 of k/2000 km times 2000 lands within
 * ~0.002 of k for |height| ≤ 16 km (float32 rounding), so 0.01 tolerates
 * rounding and nothing else.
 */
const FLOAT_TOLERANCE_HALF_M = 0.01;

function checkInt16(value: number, index: number, what: string): void {
  if (value < -32768 || value > 32767) {
    throw new AssetError(`${what}: sample ${index} is out of the int16 half-metre range`);
  }
}

export function halfMetresFromFloatKm(
  src: ArrayLike<number>,
  what: string,
  target: Int16Array = new Int16Array(src.length),
): Int16Array {
  for (let k = 0; k < src.length; k++) {
    const x = src[k]! * 2000;
    const r = Math.round(x);
    // `!(a <= b)` also catches NaN.
    if (!(Math.abs(x - r) <= FLOAT_TOLERANCE_HALF_M)) {
      throw new AssetError(`${what}: sample ${k} (${src[k]} km) is not a whole half-metre`);
    }
    checkInt16(r, k, what);
    target[k] = r;
  }
  return target;
}

export function halfMetresFromUint(
  src: ArrayLike<number>,
  what: string,
  target: Int16Array = new Int16Array(src.length),
): Int16Array {
  for (let k = 0; k < src.length; k++) {
    const r = src[k]! - UINT_OFFSET_HALF_M;
    checkInt16(r, k, what);
    target[k] = r;
  }
  return target;
}

export interface ElevationStats {
  minM: number;
  maxM: number;
  meanM: number;
}

export function elevationStats(halfMetres: Int16Array): ElevationStats {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let k = 0; k < halfMetres.length; k++) {
    const v = halfMetres[k]!;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return {
    minM: min * ELEVATION_SCALE_M,
    maxM: max * ELEVATION_SCALE_M,
    meanM: (sum / halfMetres.length) * ELEVATION_SCALE_M,
  };
}
