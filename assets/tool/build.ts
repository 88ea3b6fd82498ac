/**
 * The asset tool's steps: find and verify the sources, stop if the pack is
 * already up to date, otherwise decode, derive and write a new pack.
 */
import { MOON_RADIUS_M } from '../format/georef';
import type { PackManifest, PackSource } from '../format/manifest';
import { KIT_CREDIT, PACK_FORMAT, PACK_VERSION } from '../format/manifest';
import type { KitCatalog } from './catalog';
import { JPEG_QUALITY } from './encode';
import { writeColorLayer, writeElevationLayers } from './layers';
import type { Logger } from './log';
import { checkPack } from './pack-check';
import { PackStaging } from './pack-writer';
import type { SourceChoice } from './sources/folder';
import type { KitSources, SourceSpec } from './sources/resolve';
import { resolveSources } from './sources/resolve';
import type { VerifiedSource } from './sources/verify';

export const NORMAL_EXAGGERATION = 1;
/** Changes whenever the tool's output would change; a different id forces a rebuild. */
export const BUILDER_ID = `farside-assets/2 jpeg-q${JPEG_QUALITY} normal-x${NORMAL_EXAGGERATION}`;

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

async function writePack(
  sources: KitSources,
  staging: PackStaging,
  log: Logger,
): Promise<PackManifest> {
  const color = await writeColorLayer(sources.color, staging, log);
  const { elevation, normal } = await writeElevationLayers(
    sources.elevation,
    staging,
    log,
    NORMAL_EXAGGERATION,
  );
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    builtAt: new Date().toISOString(),
    builder: BUILDER_ID,
    datum: { body: 'Moon', radiusM: MOON_RADIUS_M, lonLeftEdgeDeg: -180 },
    credits: [...new Set([KIT_CREDIT, sources.color.entry.credit, sources.elevation.entry.credit])],
    sources: [sourceRecord(sources.color), sourceRecord(sources.elevation)],
    color,
    elevation,
    normal,
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
