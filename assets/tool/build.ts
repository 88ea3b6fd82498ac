/**
 * The asset tool's steps: find and verify the sources, stop if the pack is
 * already up to date, otherwise decode, derive and write a new pack.
 */
import { endianness } from 'node:os';
import { MOON_RADIUS_M } from '../format/georef';
import type { PackManifest, PackSource } from '../format/manifest';
import { KIT_CREDIT, PACK_FORMAT, PACK_VERSION } from '../format/manifest';
import type { KitCatalog } from './catalog';
import { readColor } from './decode-color';
import { ELEVATION_SCALE_M, elevationStats } from './decode-dem';
import { JPEG_QUALITY, colorLevelWidths, encodeColorLevel, encodeRgbPng } from './encode';
import type { Logger } from './log';
import { formatMB } from './log';
import { computeNormalMap } from './normal-map';
import { checkPack } from './pack-check';
import { PackStaging } from './pack-writer';
import { readDem } from './read-dem';
import type { SourceChoice } from './sources/folder';
import type { KitSources, SourceSpec } from './sources/resolve';
import { resolveSources } from './sources/resolve';
import type { VerifiedSource } from './sources/verify';

export const NORMAL_EXAGGERATION = 1;
/** Changes whenever the tool's output would change; a different id forces a rebuild. */
export const BUILDER_ID = `farside-assets/1 jpeg-q${JPEG_QUALITY} normal-x${NORMAL_EXAGGERATION}`;

export interface BuildOptions {
  catalog: KitCatalog;
  source: SourceSpec;
  outDir: string;
  choice?: SourceChoice;
  /** Stop at once if a valid pack exists, whatever its sources. */
  ifMissing?: boolean;
  log: Logger;
}

export type BuildResult = 'built' | 'up-to-date' | 'present';

function sourceRecord(source: VerifiedSource): PackSource {
  const { entry } = source;
  return {
    name: entry.name,
    kind: entry.kind,
    bytes: source.bytes,
    sha256: source.sha256,
    credit: entry.credit,
  };
}

function sameSources(manifest: PackManifest, sources: KitSources): boolean {
  const key = (s: { name: string; sha256: string }) => `${s.name}:${s.sha256}`;
  const have = manifest.sources.map(key).sort().join();
  const want = [sources.color, sources.elevation]
    .map((s) => key({ name: s.entry.name, sha256: s.sha256 }))
    .sort()
    .join();
  return have === want;
}

/** int16 samples as little-endian bytes (a view on little-endian hosts). */
function int16le(values: Int16Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (endianness() === 'LE') return bytes;
  const swapped = new Uint8Array(bytes.length);
  for (let k = 0; k < bytes.length; k += 2) {
    swapped[k] = bytes[k + 1]!;
    swapped[k + 1] = bytes[k]!;
  }
  return swapped;
}

async function writePack(
  sources: KitSources,
  staging: PackStaging,
  log: Logger,
): Promise<PackManifest> {
  const colorEntry = sources.color.entry;
  log.info(`decoding ${colorEntry.name} (${colorEntry.width}×${colorEntry.height})`);
  const color = await readColor(colorEntry, sources.color.path);
  const levels = [];
  for (const width of colorLevelWidths(color.width)) {
    const written = await staging.addFile(
      `color-${width}`,
      'jpg',
      await encodeColorLevel(color, width),
    );
    log.info(`  color level ${width}×${width / 2}: ${formatMB(written.bytes)}`);
    levels.push({ ...written, width, height: width / 2, mime: 'image/jpeg' as const });
  }

  const demEntry = sources.elevation.entry;
  log.info(`decoding ${demEntry.name} (${demEntry.width}×${demEntry.height})`);
  const dem = await readDem(demEntry, sources.elevation.path);
  const stats = elevationStats(dem.halfMetres);
  log.info(`  heights ${stats.minM} m … ${stats.maxM} m, mean ${stats.meanM.toFixed(1)} m`);
  const elevationFile = await staging.addFile('elevation', 'i16', int16le(dem.halfMetres));

  log.info(`computing the normal map (${dem.width}×${dem.height})`);
  const normalRgb = computeNormalMap({
    width: dem.width,
    height: dem.height,
    heights: dem.halfMetres,
    scaleM: ELEVATION_SCALE_M,
    radiusM: MOON_RADIUS_M,
    exaggeration: NORMAL_EXAGGERATION,
  });
  const normalFile = await staging.addFile(
    'normal',
    'png',
    await encodeRgbPng(normalRgb, dem.width, dem.height),
  );

  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    builtAt: new Date().toISOString(),
    builder: BUILDER_ID,
    datum: { body: 'Moon', radiusM: MOON_RADIUS_M, lonLeftEdgeDeg: -180 },
    credits: [...new Set([KIT_CREDIT, colorEntry.credit, demEntry.credit])],
    sources: [sourceRecord(sources.color), sourceRecord(sources.elevation)],
    color: { source: colorEntry.name, levels },
    elevation: {
      ...elevationFile,
      width: dem.width,
      height: dem.height,
      encoding: 'int16le',
      scaleM: ELEVATION_SCALE_M,
      offsetM: 0,
      ...stats,
      source: demEntry.name,
    },
    normal: {
      ...normalFile,
      width: dem.width,
      height: dem.height,
      mime: 'image/png',
      space: 'tangent-east-north-up',
      exaggeration: NORMAL_EXAGGERATION,
    },
  };
}

export async function buildPack(options: BuildOptions): Promise<BuildResult> {
  const { log, outDir } = options;
  if (options.ifMissing) {
    const existing = await checkPack(outDir);
    if (existing.ok) {
      log.info(`pack present in ${outDir}`);
      return 'present';
    }
    log.info(`building a pack (${existing.reason})`);
  }
  const sources = await resolveSources(options.source, options.catalog, options.choice ?? {}, log);
  const existing = await checkPack(outDir);
  if (
    existing.ok &&
    existing.manifest.builder === BUILDER_ID &&
    sameSources(existing.manifest, sources)
  ) {
    log.info(`pack is up to date (${outDir})`);
    return 'up-to-date';
  }
  const staging = await PackStaging.create(outDir);
  try {
    const manifest = await writePack(sources, staging, log);
    await staging.commit(manifest);
  } finally {
    await staging.discard();
  }
  log.info(`pack written to ${outDir}`);
  return 'built';
}
