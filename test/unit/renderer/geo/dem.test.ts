import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import {
  createElevationGrid,
  decodeElevation,
  elevationGridFromLayer,
  sampleHeightM,
} from '../../../../renderer/geo/dem';

// Synthetic 8×4 grid, 45° pixels. Pixel (i, j) is centred at
// lon = −180 + (i + 0.5)·45, lat = 90 − (j + 0.5)·45 (DESIGN.md §2).
const W = 8;
const H = 4;
/** A raw value per cell with no linear pattern, so interpolation is really tested. */
const cell = (i: number, j: number) => ((i * 37 + j * 91) % 101) - 50;
const raw = new Int16Array(W * H);
for (let j = 0; j < H; j++) for (let i = 0; i < W; i++) raw[j * W + i] = cell(i, j);

const lonOf = (i: number) => -180 + (i + 0.5) * 45;
const latOf = (j: number) => 90 - (j + 0.5) * 45;

const unit = createElevationGrid({ width: W, height: H, data: raw, scaleM: 1, offsetM: 0 });

describe('sampleHeightM', () => {
  it('returns the exact cell value at every pixel centre', () => {
    for (let j = 0; j < H; j++) {
      for (let i = 0; i < W; i++) {
        expect(sampleHeightM(unit, latOf(j), lonOf(i))).toBe(cell(i, j));
      }
    }
  });

  it('returns the mean of four cells at the corner they share', () => {
    // Corner of cells (2..3, 1..2): lon −45, lat 0.
    const want = (cell(2, 1) + cell(3, 1) + cell(2, 2) + cell(3, 2)) / 4;
    expect(sampleHeightM(unit, 0, -45)).toBeCloseTo(want, 12);
  });

  it('weights the four cells bilinearly at a fractional position', () => {
    // A quarter of the way from column 4 to 5, three quarters from row 1 to 2.
    const lon = lonOf(4) + 0.25 * 45;
    const lat = latOf(1) - 0.75 * 45;
    const want =
      0.75 * 0.25 * cell(4, 1) +
      0.25 * 0.25 * cell(5, 1) +
      0.75 * 0.75 * cell(4, 2) +
      0.25 * 0.75 * cell(5, 2);
    expect(sampleHeightM(unit, lat, lon)).toBeCloseTo(want, 12);
  });

  it('wraps across ±180°: column W−1 neighbours column 0', () => {
    const j = 2;
    const lat = latOf(j);
    const west = cell(W - 1, j);
    const east = cell(0, j);
    // Column W−1 is centred at 157.5°, column 0 at −157.5°: 45° apart across 180°.
    const at = (lonDeg: number) => {
      const t = (((lonDeg - 157.5 + 360) % 360) / 45) as number; // 0 at column W−1
      return west + (east - west) * t;
    };
    expect(sampleHeightM(unit, lat, 179.99)).toBeCloseTo(at(179.99), 10);
    expect(sampleHeightM(unit, lat, -179.99)).toBeCloseTo(at(-179.99), 10);
    expect(sampleHeightM(unit, lat, 180)).toBeCloseTo((west + east) / 2, 12);
    expect(sampleHeightM(unit, lat, -180)).toBe(sampleHeightM(unit, lat, 180));
    // Continuity: the two sides of the seam differ by the slope over 0.02°.
    const step = Math.abs(sampleHeightM(unit, lat, 179.99) - sampleHeightM(unit, lat, -179.99));
    expect(step).toBeCloseTo((Math.abs(east - west) * 0.02) / 45, 10);
  });

  it('clamps beyond the first and last rows’ centres', () => {
    for (const lon of [-170, -45, 0, 33.3, 179.9]) {
      expect(sampleHeightM(unit, 90, lon)).toBe(sampleHeightM(unit, latOf(0), lon));
      expect(sampleHeightM(unit, 80, lon)).toBe(sampleHeightM(unit, latOf(0), lon));
      expect(sampleHeightM(unit, -90, lon)).toBe(sampleHeightM(unit, latOf(H - 1), lon));
    }
    expect(sampleHeightM(unit, 90, lonOf(5))).toBe(cell(5, 0));
    expect(sampleHeightM(unit, -90, lonOf(5))).toBe(cell(5, H - 1));
  });

  it('applies scale and offset: heightM = raw·scaleM + offsetM', () => {
    const grid = createElevationGrid({
      width: W,
      height: H,
      data: raw,
      scaleM: 0.5,
      offsetM: -1000,
    });
    expect(sampleHeightM(grid, latOf(1), lonOf(6))).toBe(cell(6, 1) * 0.5 - 1000);
    const corner = (cell(2, 1) + cell(3, 1) + cell(2, 2) + cell(3, 2)) / 4;
    expect(sampleHeightM(grid, 0, -45)).toBeCloseTo(corner * 0.5 - 1000, 12);
  });

  it('reads Float32 grids at full precision', () => {
    const f = Float32Array.from(raw, (v) => v + 0.25);
    const grid = createElevationGrid({ width: W, height: H, data: f, scaleM: 1000, offsetM: 0 });
    expect(sampleHeightM(grid, latOf(3), lonOf(7))).toBe((cell(7, 3) + 0.25) * 1000);
  });
});

describe('createElevationGrid', () => {
  it('rejects data of the wrong length and bad sizes', () => {
    expect(() =>
      createElevationGrid({ width: W, height: H, data: new Int16Array(31), scaleM: 1, offsetM: 0 }),
    ).toThrow(/32 values, got 31/);
    expect(() =>
      createElevationGrid({ width: 0, height: H, data: new Int16Array(0), scaleM: 1, offsetM: 0 }),
    ).toThrow(/size/);
    expect(() =>
      createElevationGrid({ width: W, height: H, data: raw, scaleM: 0, offsetM: 0 }),
    ).toThrow(/scaleM/);
  });
});

/** int16le bytes of `values`, written independently with DataView. */
function int16le(values: number[], byteOffset = 0): Uint8Array {
  const bytes = new Uint8Array(byteOffset + values.length * 2);
  const view = new DataView(bytes.buffer);
  values.forEach((v, k) => view.setInt16(byteOffset + k * 2, v, true));
  return bytes.subarray(byteOffset);
}

describe('decodeElevation', () => {
  const layer = { width: 3, height: 2, encoding: 'int16le' as const };
  const values = [-32768, -1, 0, 1, 12345, 32767];

  it('decodes little-endian int16 values, as a view when aligned', () => {
    const bytes = int16le(values);
    const out = decodeElevation(bytes.buffer, layer);
    expect(Array.from(out)).toEqual(values);
    expect(out.buffer).toBe(bytes.buffer);
  });

  it('copies a misaligned byte view and still decodes it', () => {
    const bytes = int16le(values, 1);
    expect(bytes.byteOffset).toBe(1);
    const out = decodeElevation(bytes, layer);
    expect(Array.from(out)).toEqual(values);
    expect(out.buffer).not.toBe(bytes.buffer);
  });

  it('rejects a buffer whose length is not width·height·2', () => {
    expect(() => decodeElevation(new ArrayBuffer(11), layer)).toThrow(/needs 12 bytes, got 11/);
    expect(() => decodeElevation(new ArrayBuffer(14), layer)).toThrow(/needs 12 bytes, got 14/);
  });

  it('builds a sampled grid from a pack layer', () => {
    const grid = elevationGridFromLayer(int16le(values), { ...layer, scaleM: 0.5, offsetM: 10 });
    // 3×2 grid: pixel (1, 0) is centred at lon 0, lat 45.
    expect(sampleHeightM(grid, 45, 0)).toBe(-1 * 0.5 + 10);
  });
});

// The real LOLA grid from ../shared/moonkit (DESIGN.md §2: present in development
// and CI). Sampling it at published lander elevations checks the whole chain:
// georeferencing (a half-pixel or a 180° slip would miss by hundreds of metres
// or more), bilinear sampling, and the uint encoding's scale and offset.
describe('sampleHeightM on the kit DEM (ldem_4_uint.tif, 4 px/deg)', () => {
  const kitDir =
    process.env.MOON_KIT_DIR ?? resolve(import.meta.dirname, '../../../../../shared/moonkit');

  it('matches published lander elevations within 50 m', async () => {
    const file = await readFile(resolve(kitDir, 'ldem_4_uint.tif'));
    const tiff = await fromArrayBuffer(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
    );
    const image = await tiff.getImage();
    const [band] = (await image.readRasters()) as unknown as [Uint16Array];
    // uint16 does not fit int16; a Float32 copy keeps every value exact.
    const data = Float32Array.from(band);
    // height_m = (value − 20000) · 0.5 (kit README).
    const grid = createElevationGrid({
      width: image.getWidth(),
      height: image.getHeight(),
      data,
      scaleM: 0.5,
      offsetM: -10000,
    });
    // Chang'e-5 −2,570 m (Qian et al., LPSC 2021); Chang'e-6 −5,256 m (LROC 1374);
    // Chang'e-4 −5,935 m (Liu et al. 2019); values from REFERENCE.md.
    expect(Math.abs(sampleHeightM(grid, 43.0576, -51.9161) + 2570)).toBeLessThan(50);
    expect(Math.abs(sampleHeightM(grid, -41.6385, -153.9852) + 5256)).toBeLessThan(50);
    expect(Math.abs(sampleHeightM(grid, -45.4446, 177.5991) + 5935)).toBeLessThan(50);
  });
});
