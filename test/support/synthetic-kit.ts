/**
 * A small synthetic Moon kit for tests: DEM TIFFs in both kit encodings and
 * a color map as LZW TIFF and JPEG, all with the kit's georeferencing
 * (equirectangular, left edge −180°, north row first), plus a catalog whose
 * SHA-256s are those of the files written. Patterns are easy to recognise:
 *
 * - color: a dark "mare" where lon ∈ [−30°, 60°] and |lat| < 40° (near
 *   side), a pinkish cap north of 60°N, bright grey elsewhere;
 * - elevation (whole half-metres): a Gaussian mountain of +4000 m peaking
 *   at exactly (BUMP_LAT_DEG, BUMP_LON_DEG) when that is a pixel centre,
 *   and a −2500 m basin in the south-west (far side).
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { KitCatalog, KitEntry } from '../../assets/tool/catalog';
import { sha256File } from '../../assets/tool/hash';

export const SYNTHETIC_CREDIT = 'Synthetic test kit (not NASA data)';

export const MARE_RGB = [50, 50, 55] as const;
export const NORTH_CAP_RGB = [230, 190, 190] as const;
export const HIGHLAND_RGB = [200, 200, 200] as const;

export const BUMP_PEAK_HALF_M = 8000;
export const BASIN_HALF_M = -5000;

export function isMare(latDeg: number, lonDeg: number): boolean {
  return lonDeg >= -30 && lonDeg <= 60 && Math.abs(latDeg) < 40;
}

/** The synthetic color at a lat/lon. */
export function syntheticRgb(latDeg: number, lonDeg: number): readonly [number, number, number] {
  if (isMare(latDeg, lonDeg)) return MARE_RGB;
  if (latDeg > 60) return NORTH_CAP_RGB;
  return HIGHLAND_RGB;
}

function angularDistanceDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const c =
    Math.sin(lat1 * r) * Math.sin(lat2 * r) +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon1 - lon2) * r);
  return Math.acos(Math.min(1, Math.max(-1, c))) / r;
}

/** Pixel-centre coordinates of the mountain peak on a W×H grid (nearest centre to 28°N 47°E). */
export function bumpPixel(width: number, height: number): { i: number; j: number } {
  return { i: Math.floor(((47 + 180) * width) / 360), j: Math.floor(((90 - 28) * height) / 180) };
}

/** Synthetic height in whole half-metres at pixel (i, j) of a W×H grid. */
export function syntheticHalfMetres(i: number, j: number, width: number, height: number): number {
  const lon = -180 + ((i + 0.5) * 360) / width;
  const lat = 90 - ((j + 0.5) * 180) / height;
  const peak = bumpPixel(width, height);
  const peakLon = -180 + ((peak.i + 0.5) * 360) / width;
  const peakLat = 90 - ((peak.j + 0.5) * 180) / height;
  const dBump = angularDistanceDeg(lat, lon, peakLat, peakLon);
  const dBasin = angularDistanceDeg(lat, lon, -50, -150);
  return Math.round(
    BUMP_PEAK_HALF_M * Math.exp(-((dBump / 12) ** 2)) +
      BASIN_HALF_M * Math.exp(-((dBasin / 25) ** 2)) +
      // A little odd-half-metre texture so decoding must keep the halves.
      ((i * 7 + j * 13) % 5) -
      2,
  );
}

/**
 * Minimal baseline TIFF (little-endian, uncompressed, one band, 2-row
 * strips, no GeoTIFF tags) — the layout of the kit's IDL-written DEMs.
 */
export function encodeGrayTiff(
  samples: Float32Array | Uint16Array,
  width: number,
  height: number,
): Buffer {
  const isFloat = samples instanceof Float32Array;
  const bytesPerSample = isFloat ? 4 : 2;
  const rowsPerStrip = 2;
  const strips = Math.ceil(height / rowsPerStrip);
  const entries: [tag: number, type: number, values: number[]][] = [];
  const SHORT = 3;
  const LONG = 4;
  const dataStart = 8;
  const dataBytes = samples.byteLength;
  const offsets: number[] = [];
  const counts: number[] = [];
  for (let s = 0; s < strips; s++) {
    const rows = Math.min(rowsPerStrip, height - s * rowsPerStrip);
    offsets.push(dataStart + s * rowsPerStrip * width * bytesPerSample);
    counts.push(rows * width * bytesPerSample);
  }
  entries.push([256, LONG, [width]], [257, LONG, [height]], [258, SHORT, [bytesPerSample * 8]]);
  entries.push([259, SHORT, [1]], [262, SHORT, [1]], [273, LONG, offsets], [277, SHORT, [1]]);
  entries.push([278, LONG, [rowsPerStrip]], [279, LONG, counts], [284, SHORT, [1]]);
  entries.push([339, SHORT, [isFloat ? 3 : 1]]);
  const ifdStart = dataStart + dataBytes + (dataBytes % 2);
  const ifdBytes = 2 + entries.length * 12 + 4;
  let extraAt = ifdStart + ifdBytes;
  const extras: { at: number; type: number; values: number[] }[] = [];
  const sizeOf = (type: number): number => (type === SHORT ? 2 : 4);
  const extraBytes = entries.reduce((sum, [, type, values]) => {
    const bytes = values.length * sizeOf(type);
    return sum + (bytes > 4 ? bytes : 0);
  }, 0);
  const out = Buffer.alloc(extraAt + extraBytes);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(ifdStart, 4);
  Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).copy(out, dataStart);
  out.writeUInt16LE(entries.length, ifdStart);
  entries.forEach(([tag, type, values], k) => {
    const at = ifdStart + 2 + k * 12;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(values.length, at + 4);
    const size = sizeOf(type);
    if (values.length * size <= 4) {
      values.forEach((v, n) => {
        if (size === 2) out.writeUInt16LE(v, at + 8 + n * 2);
        else out.writeUInt32LE(v, at + 8);
      });
    } else {
      out.writeUInt32LE(extraAt, at + 8);
      extras.push({ at: extraAt, type, values });
      extraAt += values.length * size;
    }
  });
  out.writeUInt32LE(0, ifdStart + 2 + entries.length * 12);
  for (const extra of extras) {
    extra.values.forEach((v, n) => {
      if (extra.type === SHORT) out.writeUInt16LE(v, extra.at + n * 2);
      else out.writeUInt32LE(v, extra.at + n * 4);
    });
  }
  return out;
}

export interface SyntheticKitOptions {
  demWidth?: number;
  demHeight?: number;
  colorWidth?: number;
}

export interface SyntheticKit {
  dir: string;
  catalog: KitCatalog;
  /** The truth the DEM files encode: row-major, north row first. */
  demHalfMetres: Int16Array;
  demWidth: number;
  demHeight: number;
  colorWidth: number;
  colorHeight: number;
  names: { demFloat: string; demUint: string; colorTiff: string; colorJpeg: string };
}

export const SYNTHETIC_NAMES = {
  demFloat: 'synthetic_dem.tif',
  demUint: 'synthetic_dem_uint.tif',
  colorTiff: 'synthetic_color.tif',
  colorJpeg: 'synthetic_color.jpg',
} as const;

/** Write the kit into `dir` (created if needed) and return its catalog. */
export async function writeSyntheticKit(
  dir: string,
  { demWidth = 64, demHeight = 32, colorWidth = 2048 }: SyntheticKitOptions = {},
): Promise<SyntheticKit> {
  await mkdir(dir, { recursive: true });
  const colorHeight = colorWidth / 2;
  const n = demWidth * demHeight;
  const demHalfMetres = new Int16Array(n);
  const km = new Float32Array(n);
  const uint = new Uint16Array(n);
  for (let j = 0; j < demHeight; j++) {
    for (let i = 0; i < demWidth; i++) {
      const k = j * demWidth + i;
      const v = syntheticHalfMetres(i, j, demWidth, demHeight);
      demHalfMetres[k] = v;
      km[k] = v / 2000;
      uint[k] = v + 20000;
    }
  }
  const rgb = Buffer.alloc(colorWidth * colorHeight * 3);
  for (let j = 0; j < colorHeight; j++) {
    const lat = 90 - ((j + 0.5) * 180) / colorHeight;
    for (let i = 0; i < colorWidth; i++) {
      const lon = -180 + ((i + 0.5) * 360) / colorWidth;
      const c = syntheticRgb(lat, lon);
      rgb.set(c, (j * colorWidth + i) * 3);
    }
  }
  const names = SYNTHETIC_NAMES;
  await writeFile(join(dir, names.demFloat), encodeGrayTiff(km, demWidth, demHeight));
  await writeFile(join(dir, names.demUint), encodeGrayTiff(uint, demWidth, demHeight));
  const raw = { raw: { width: colorWidth, height: colorHeight, channels: 3 as const } };
  await sharp(rgb, raw)
    .tiff({ compression: 'lzw', predictor: 'horizontal' })
    .toFile(join(dir, names.colorTiff));
  await sharp(rgb, raw).jpeg({ quality: 95 }).toFile(join(dir, names.colorJpeg));

  const entry = async (
    name: string,
    kind: KitEntry['kind'],
    encoding: KitEntry['encoding'],
    width: number,
    height: number,
    rank: number,
  ): Promise<KitEntry> => {
    const path = join(dir, name);
    const { size } = await stat(path);
    return {
      name,
      kind,
      url: null,
      bytes: size,
      sha256: await sha256File(path),
      width,
      height,
      encoding,
      credit: SYNTHETIC_CREDIT,
      rank,
    };
  };
  const catalog = [
    await entry(names.colorTiff, 'color', 'rgb8', colorWidth, colorHeight, 1),
    await entry(names.colorJpeg, 'color', 'rgb8', colorWidth, colorHeight, 2),
    await entry(names.demUint, 'elevation', 'uint16-halfm-20000', demWidth, demHeight, 1),
    await entry(names.demFloat, 'elevation', 'float32-km', demWidth, demHeight, 2),
  ];
  return {
    dir,
    catalog,
    demHalfMetres,
    demWidth,
    demHeight,
    colorWidth,
    colorHeight,
    names: { ...names },
  };
}
