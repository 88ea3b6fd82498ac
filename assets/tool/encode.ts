/**
 * Encoders for the pack's rasters (sharp pipelines from raw buffers, so no
 * per-pixel JS objects and no size limit).
 */
import sharp from 'sharp';
import type { DecodedColor } from './decode-color';

/** Standard color level widths; the first is the small fast-first-frame level. */
export const COLOR_LEVEL_WIDTHS = [1024, 2048, 4096, 8192] as const;
export const JPEG_QUALITY = 90;

/**
 * Level widths for a source `sourceWidth` wide: every standard width it can
 * fill, or the source's own width when it is smaller than all of them.
 */
export function colorLevelWidths(sourceWidth: number): number[] {
  const widths: number[] = COLOR_LEVEL_WIDTHS.filter((w) => w <= sourceWidth);
  return widths.length > 0 ? widths : [sourceWidth];
}

/** One 2:1 JPEG level of `color`, `width` pixels wide. */
export async function encodeColorLevel(color: DecodedColor, width: number): Promise<Buffer> {
  let pipeline = sharp(color.rgb, {
    raw: { width: color.width, height: color.height, channels: 3 },
    limitInputPixels: false,
  });
  if (width !== color.width) {
    pipeline = pipeline.resize(width, width / 2, { kernel: 'lanczos3', fit: 'fill' });
  }
  return pipeline.jpeg({ quality: JPEG_QUALITY }).toBuffer();
}

/** RGB8 PNG of a raw buffer (the normal map). */
export async function encodeRgbPng(
  rgb: Uint8Array,
  width: number,
  height: number,
): Promise<Buffer> {
  return sharp(rgb, { raw: { width, height, channels: 3 }, limitInputPixels: false })
    .png({ compressionLevel: 6, adaptiveFiltering: true })
    .toBuffer();
}
