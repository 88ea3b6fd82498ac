/**
 * Read a kit DEM TIFF (uncompressed float32 km or uint16 half-m + 20000)
 * with geotiff and decode it to int16 half-metres, checking the file
 * against its catalog entry: size in pixels, one band, sample type, and
 * that every strip lies inside the file (geotiff would quietly read a
 * truncated strip short).
 */
import { readFile } from 'node:fs/promises';
import { fromArrayBuffer } from 'geotiff';
import type { GeoTIFFImage } from 'geotiff';
import type { KitEntry } from './catalog';
import { halfMetresFromFloatKm, halfMetresFromUint } from './decode-dem';
import { AssetError, oneLine } from './errors';

export interface DecodedDem {
  width: number;
  height: number;
  /** Row-major, north row first, west column first. */
  halfMetres: Int16Array;
}

const SAMPLE_FORMAT_UINT = 1;
const SAMPLE_FORMAT_FLOAT = 3;

async function checkLayout(image: GeoTIFFImage, entry: KitEntry, fileBytes: number): Promise<void> {
  const dir = image.getFileDirectory();
  const width = image.getWidth();
  const height = image.getHeight();
  if (width !== entry.width || height !== entry.height) {
    throw new AssetError(
      `${entry.name} is ${width}×${height}, the catalog says ${entry.width}×${entry.height}`,
    );
  }
  if (image.getSamplesPerPixel() !== 1)
    throw new AssetError(`${entry.name} has more than one band`);
  const bits = Number((dir.getValue('BitsPerSample') as ArrayLike<number> | undefined)?.[0]);
  const format = Number(
    (dir.getValue('SampleFormat') as ArrayLike<number> | undefined)?.[0] ?? SAMPLE_FORMAT_UINT,
  );
  const expected =
    entry.encoding === 'float32-km'
      ? { bits: 32, format: SAMPLE_FORMAT_FLOAT, label: 'float32' }
      : { bits: 16, format: SAMPLE_FORMAT_UINT, label: 'uint16' };
  if (bits !== expected.bits || format !== expected.format) {
    throw new AssetError(`${entry.name} is not a ${expected.label} TIFF`);
  }
  const offsetTag = image.isTiled ? 'TileOffsets' : 'StripOffsets';
  const countTag = image.isTiled ? 'TileByteCounts' : 'StripByteCounts';
  const offsets = (await dir.loadValue(offsetTag)) as ArrayLike<number>;
  const counts = (await dir.loadValue(countTag)) as ArrayLike<number>;
  for (let k = 0; k < offsets.length; k++) {
    if (Number(offsets[k]) + Number(counts[k]) > fileBytes) {
      throw new AssetError(`${entry.name} is truncated (image data runs past the end of the file)`);
    }
  }
}

async function decode(image: GeoTIFFImage, entry: KitEntry): Promise<DecodedDem> {
  let raster: ArrayLike<number>;
  try {
    raster = (await image.readRasters({ interleave: true })) as unknown as ArrayLike<number>;
  } catch (error) {
    throw new AssetError(`${entry.name}: cannot decode the image data (${oneLine(error)})`);
  }
  if (raster.length !== entry.width * entry.height) {
    throw new AssetError(
      `${entry.name}: decoded ${raster.length} samples, expected ${entry.width * entry.height}`,
    );
  }
  const halfMetres =
    entry.encoding === 'float32-km'
      ? halfMetresFromFloatKm(raster, entry.name)
      : halfMetresFromUint(raster, entry.name);
  return { width: entry.width, height: entry.height, halfMetres };
}

export async function readDem(entry: KitEntry, path: string): Promise<DecodedDem> {
  const file = await readFile(path);
  try {
    // Large reads get their own ArrayBuffer; copy only when Node pooled a small one.
    const whole = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength;
    const arrayBuffer = whole
      ? file.buffer
      : file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    const image = await (await fromArrayBuffer(arrayBuffer as ArrayBuffer)).getImage();
    await checkLayout(image, entry, file.byteLength);
    return await decode(image, entry);
  } catch (error) {
    if (error instanceof AssetError) throw error;
    throw new AssetError(`${entry.name} is not a readable TIFF (${oneLine(error)})`);
  }
}
