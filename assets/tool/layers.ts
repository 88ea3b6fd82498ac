/**
 * The pack's layers, each written from its verified source into the
 * staging folder. Each function holds its decoded rasters only while it
 * runs, so the 8k color buffer is gone before the DEM is decoded.
 */
import { endianness } from 'node:os';
import { MOON_RADIUS_M } from '../format/georef';
import type { ElevationLayer, NormalLayer, PackManifest } from '../format/manifest';
import { readColor } from './decode-color';
import { ELEVATION_SCALE_M, elevationStats } from './decode-dem';
import { colorLevelWidths, encodeColorLevel, encodeRgbPng } from './encode';
import type { Logger } from './log';
import { formatMB } from './log';
import { computeNormalMap } from './normal-map';
import type { PackStaging } from './pack-writer';
import { readDem } from './read-dem';
import type { VerifiedSource } from './sources/verify';

/** int16 samples as little-endian bytes (a view on little-endian hosts). */
export function int16le(values: Int16Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (endianness() === 'LE') return bytes;
  const swapped = new Uint8Array(bytes.length);
  for (let k = 0; k < bytes.length; k += 2) {
    swapped[k] = bytes[k + 1]!;
    swapped[k + 1] = bytes[k]!;
  }
  return swapped;
}

/** JPEG levels of the color map, smallest first. */
export async function writeColorLayer(
  source: VerifiedSource,
  staging: PackStaging,
  log: Logger,
): Promise<PackManifest['color']> {
  const { entry } = source;
  log.info(`decoding ${entry.name} (${entry.width}×${entry.height})`);
  const color = await readColor(entry, source.path);
  const levels: PackManifest['color']['levels'] = [];
  for (const width of colorLevelWidths(color.width)) {
    const jpeg = await encodeColorLevel(color, width);
    const written = await staging.addFile(`color-${width}`, 'jpg', jpeg);
    log.info(`  color level ${width}×${width / 2}: ${formatMB(written.bytes)}`);
    levels.push({ ...written, width, height: width / 2, mime: 'image/jpeg' });
  }
  return { source: entry.name, levels };
}

/** The int16 elevation grid and the normal map derived from it. */
export async function writeElevationLayers(
  source: VerifiedSource,
  staging: PackStaging,
  log: Logger,
  exaggeration: number,
): Promise<{ elevation: ElevationLayer; normal: NormalLayer }> {
  const { entry } = source;
  log.info(`decoding ${entry.name} (${entry.width}×${entry.height})`);
  const dem = await readDem(entry, source.path);
  const { width, height } = dem;
  const stats = elevationStats(dem.halfMetres);
  log.info(`  heights ${stats.minM} m … ${stats.maxM} m, mean ${stats.meanM.toFixed(1)} m`);
  const elevationFile = await staging.addFile('elevation', 'i16', int16le(dem.halfMetres));

  log.info(`computing the normal map (${width}×${height})`);
  const normalRgb = computeNormalMap({
    width,
    height,
    heights: dem.halfMetres,
    scaleM: ELEVATION_SCALE_M,
    radiusM: MOON_RADIUS_M,
    exaggeration,
  });
  const normalFile = await staging.addFile(
    'normal',
    'png',
    await encodeRgbPng(normalRgb, width, height),
  );
  return {
    elevation: {
      ...elevationFile,
      width,
      height,
      encoding: 'int16le',
      scaleM: ELEVATION_SCALE_M,
      offsetM: 0,
      ...stats,
      source: entry.name,
    },
    normal: {
      ...normalFile,
      width,
      height,
      mime: 'image/png',
      space: 'tangent-east-north-up',
      exaggeration,
    },
  };
}
