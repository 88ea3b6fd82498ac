/**
 * Elevation grid sampling (pure; no React, DOM or three.js).
 *
 * A grid is the pack's elevation layer kept at full precision: W×H raw values,
 * row-major, north row first, west column first, with the kit georeferencing
 * (pixel (i, j) centred at lon = −180 + (i+0.5)·360/W, lat = 90 − (j+0.5)·180/H;
 * see assets/format/georef.ts). Heights are metres above the 1737.4 km datum:
 * heightM = raw · scaleM + offsetM.
 */
import { latLonToPixel } from '../../assets/format/georef';
import type { ElevationLayer } from '../../assets/format/manifest';

export interface ElevationGrid {
  readonly width: number;
  readonly height: number;
  /** Raw values, `width·height` of them, north row first, west column first. */
  readonly data: Int16Array | Float32Array;
  readonly scaleM: number;
  readonly offsetM: number;
}

export interface ElevationGridInit {
  width: number;
  height: number;
  data: Int16Array | Float32Array;
  scaleM: number;
  offsetM: number;
}

/** Check the sizes and wrap the raw values as a grid (no copy). */
export function createElevationGrid(init: ElevationGridInit): ElevationGrid {
  const { width, height, data, scaleM, offsetM } = init;
  if (!Number.isInteger(width) || width < 1 || !Number.isInteger(height) || height < 1) {
    throw new Error(`elevation grid size must be positive integers, got ${width}×${height}`);
  }
  if (data.length !== width * height) {
    throw new Error(
      `elevation grid ${width}×${height} needs ${width * height} values, got ${data.length}`,
    );
  }
  if (!Number.isFinite(scaleM) || scaleM === 0 || !Number.isFinite(offsetM)) {
    throw new Error(`elevation scaleM must be finite and non-zero and offsetM finite`);
  }
  return { width, height, data, scaleM, offsetM };
}

const pixel = { x: 0, y: 0 };

/**
 * Height (m above the datum) at a selenographic lat/lon, by bilinear
 * interpolation between the four surrounding pixel centres. Longitude wraps
 * across ±180° (column W−1 neighbours column 0); latitude clamps beyond the
 * first and last rows' centres. Allocates nothing.
 */
export function sampleHeightM(grid: ElevationGrid, latDeg: number, lonDeg: number): number {
  const { width, height, data } = grid;
  latLonToPixel(latDeg, lonDeg, width, height, pixel);
  // x is in [−0.5, W−0.5): the left neighbour of x < 0 is the last column.
  const fx0 = Math.floor(pixel.x);
  const tx = pixel.x - fx0;
  const i0 = fx0 < 0 ? width - 1 : fx0;
  const i1 = i0 + 1 === width ? 0 : i0 + 1;
  const y = pixel.y < 0 ? 0 : pixel.y > height - 1 ? height - 1 : pixel.y;
  const j0 = Math.floor(y);
  const ty = y - j0;
  const j1 = j0 + 1 < height ? j0 + 1 : j0;
  const row0 = j0 * width;
  const row1 = j1 * width;
  const top = data[row0 + i0]! + (data[row0 + i1]! - data[row0 + i0]!) * tx;
  const bottom = data[row1 + i0]! + (data[row1 + i1]! - data[row1 + i0]!) * tx;
  const raw = top + (bottom - top) * ty;
  return raw * grid.scaleM + grid.offsetM;
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The pack's int16le elevation bytes as an Int16Array of `width·height`
 * values. A view on the same memory when it can be one (aligned, little-endian
 * host); a copy otherwise. Throws an Error naming the sizes when the byte
 * length is not `width·height·2`.
 */
export function decodeElevation(
  buffer: ArrayBufferLike | ArrayBufferView,
  layer: Pick<ElevationLayer, 'width' | 'height' | 'encoding'>,
): Int16Array {
  if (layer.encoding !== 'int16le') {
    throw new Error(`unsupported elevation encoding '${String(layer.encoding)}'`);
  }
  const count = layer.width * layer.height;
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  if (bytes.byteLength !== count * 2) {
    throw new Error(
      `elevation layer ${layer.width}×${layer.height} int16le needs ${count * 2} bytes, got ${bytes.byteLength}`,
    );
  }
  if (LITTLE_ENDIAN_HOST && bytes.byteOffset % 2 === 0) {
    return new Int16Array(bytes.buffer, bytes.byteOffset, count);
  }
  const out = new Int16Array(count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k < count; k++) out[k] = view.getInt16(k * 2, true);
  return out;
}

/** Decode the pack's elevation bytes and wrap them with the layer's scale and offset. */
export function elevationGridFromLayer(
  buffer: ArrayBufferLike | ArrayBufferView,
  layer: Pick<ElevationLayer, 'width' | 'height' | 'encoding' | 'scaleM' | 'offsetM'>,
): ElevationGrid {
  return createElevationGrid({
    width: layer.width,
    height: layer.height,
    data: decodeElevation(buffer, layer),
    scaleM: layer.scaleM,
    offsetM: layer.offsetM,
  });
}
