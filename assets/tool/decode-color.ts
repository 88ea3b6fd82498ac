/**
 * Decode a kit color map (RGB8 TIFF, LZW + predictor, or JPEG) with sharp
 * into one raw RGB buffer, checked against its catalog entry. Decoding the
 * whole image once also proves it is complete: sharp fails on truncated or
 * corrupt pixel data (`failOn: 'error'`) instead of padding it.
 */
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import type { KitEntry } from './catalog';
import { AssetError, oneLine } from './errors';

export interface DecodedColor {
  width: number;
  height: number;
  /** Row-major RGB8, north row first, west column first. */
  rgb: Buffer;
}

/** Options for every sharp input here: 8k maps exceed sharp's default pixel limit. */
export const SHARP_INPUT = { limitInputPixels: false, failOn: 'error' } as const;

export async function readColor(entry: KitEntry, path: string): Promise<DecodedColor> {
  let meta: Metadata;
  try {
    meta = await sharp(path, SHARP_INPUT).metadata();
  } catch (error) {
    throw new AssetError(`${entry.name} is not a readable image (${oneLine(error)})`);
  }
  if (meta.width !== entry.width || meta.height !== entry.height) {
    throw new AssetError(
      `${entry.name} is ${meta.width}×${meta.height}, the catalog says ${entry.width}×${entry.height}`,
    );
  }
  if (meta.width !== 2 * meta.height) {
    throw new AssetError(`${entry.name} is not a 2:1 global map (${meta.width}×${meta.height})`);
  }
  if (meta.channels !== 3 || meta.depth !== 'uchar') {
    throw new AssetError(
      `${entry.name} is not an 8-bit RGB image (${meta.channels} × ${meta.depth})`,
    );
  }
  try {
    const { data, info } = await sharp(path, SHARP_INPUT)
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width !== entry.width || info.height !== entry.height || info.channels !== 3) {
      throw new Error(`decoded ${info.width}×${info.height}×${info.channels}`);
    }
    return { width: info.width, height: info.height, rgb: data };
  } catch (error) {
    throw new AssetError(`${entry.name}: cannot decode the image data (${oneLine(error)})`);
  }
}
