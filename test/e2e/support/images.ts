/**
 * Pixels for the end-to-end checks: screenshots and the pack's own color map,
 * decoded with sharp, sampled as mean luminance over small boxes.
 */
import sharp from 'sharp';

export interface Raster {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

export async function decode(input: Buffer | string): Promise<Raster> {
  const { data, info } = await sharp(input, { limitInputPixels: false })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data };
}

/** Rec. 709 luma of the sRGB values (0–255), averaged over a (2r+1)² box. */
export function lumaAt(r: Raster, x: number, y: number, radius = 2): number {
  let sum = 0;
  let n = 0;
  const cx = Math.round(x);
  const cy = Math.round(y);
  for (let j = cy - radius; j <= cy + radius; j++) {
    for (let i = cx - radius; i <= cx + radius; i++) {
      if (i < 0 || j < 0 || i >= r.width || j >= r.height) continue;
      const o = (j * r.width + i) * r.channels;
      sum += 0.2126 * r.data[o]! + 0.7152 * r.data[o + 1]! + 0.0722 * r.data[o + 2]!;
      n++;
    }
  }
  return n ? sum / n : NaN;
}

/** Mean luma of a kit-georeferenced map around a lat/lon (left edge −180°, north up). */
export function mapLumaAt(map: Raster, latDeg: number, lonDeg: number, radius = 2): number {
  const lon = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  const x = ((lon + 180) / 360) * map.width - 0.5;
  const y = ((90 - latDeg) / 180) * map.height - 0.5;
  return lumaAt(map, x, y, radius);
}

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let k = 0; k < n; k++) {
    const da = a[k]! - ma;
    const db = b[k]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}
