/**
 * "Get sharper Moon data": download the chosen kit files (resumable,
 * SHA-256-checked, cancellable), keep the current pack's source for the
 * other layer, build the new pack beside the old one and swap it in. Any
 * failure or a cancel leaves the old pack as it was. The in-app dialog (both
 * hosts) runs this; the CLI shares every step (downloader, builder, writer).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../format/manifest';
import { STARTER_KIT } from '../format/pack-data';
import type { BuildResult } from './build';
import { buildPack } from './build';
import type { KitCatalog, KitEntry, KitKind } from './catalog';
import { bestOfKind, findEntry } from './catalog';
import type { DownloadOptions } from './download';
import { ensureDownloaded } from './download';
import { AssetError, CancelledError } from './errors';
import type { Logger } from './log';
import { findKitFiles } from './sources/folder';
import type { KitSources } from './sources/resolve';
import type { VerifiedSource } from './sources/verify';
import { verifySource } from './sources/verify';

/** Catalog names to download, per layer; a layer left out keeps its current source. */
export interface UpgradeChoice {
  color?: string | undefined;
  elevation?: string | undefined;
}

export type UpgradeProgress =
  | { step: 'download'; file: string; doneBytes: number; totalBytes: number | null }
  | { step: 'build' };

export interface UpgradeOptions {
  catalog: KitCatalog;
  choice: UpgradeChoice;
  /** The pack on screen now, whose sources the layers not chosen keep. */
  current: PackManifest | null;
  cacheDir: string;
  starterKitDir: string;
  outDir: string;
  log: Logger;
  baseUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  attempts?: number;
  retryDelayMs?: number;
  onProgress?: (progress: UpgradeProgress) => void;
}

const KINDS: readonly KitKind[] = ['color', 'elevation'];

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A catalog entry the user may download for `kind`. */
function downloadable(
  catalog: KitCatalog,
  kind: KitKind,
  name: string,
  hasBaseUrl: boolean,
): KitEntry {
  const entry = findEntry(catalog, name);
  if (!entry || entry.kind !== kind || (entry.url === null && !hasBaseUrl)) {
    throw new AssetError(`${name} is not a downloadable ${kind} file in the catalog`);
  }
  return entry;
}

/** The current pack's source of `kind` from the download cache or the starter kit, else the starter file. */
async function keptSource(
  kind: KitKind,
  options: Omit<UpgradeOptions, 'choice'>,
): Promise<VerifiedSource> {
  const current = options.current?.sources.find((source) => source.kind === kind)?.name;
  const names = current !== undefined ? [current, STARTER_KIT[kind]] : [STARTER_KIT[kind]];
  for (const name of names) {
    const entry = findEntry(options.catalog, name);
    if (!entry) continue;
    for (const dir of [options.cacheDir, options.starterKitDir]) {
      const path = join(dir, name);
      if (await exists(path)) return verifySource(entry, path);
    }
  }
  throw new AssetError(
    `no ${kind} source to keep: ${names.join(' or ')} is not in ${options.cacheDir} or ${options.starterKitDir}`,
  );
}

/** The last step of both ways in: unless cancelled, build the pack from the sources chosen. */
async function buildChosen(
  sources: KitSources,
  options: Omit<UpgradeOptions, 'choice'>,
): Promise<BuildResult> {
  if (options.signal?.aborted) throw new CancelledError();
  options.onProgress?.({ step: 'build' });
  return buildPack({
    catalog: options.catalog,
    source: { kind: 'verified', sources },
    outDir: options.outDir,
    log: options.log,
  });
}

/**
 * Build from kit files already on disk (a folder the user chose): the best
 * file of each kind found there; a kind the folder lacks keeps its current
 * source. A folder with no kit file at all is refused.
 */
export async function upgradeFromFolder(
  dir: string,
  options: Omit<UpgradeOptions, 'choice'>,
): Promise<BuildResult> {
  const found = await findKitFiles(dir, options.catalog);
  if (found.length === 0) {
    throw new AssetError(
      `no Moon Kit file in ${dir} (looked for the catalog's names, e.g. ${STARTER_KIT.color})`,
      'notKit',
    );
  }
  const sources: Partial<KitSources> = {};
  for (const kind of KINDS) {
    const best = bestOfKind(found, kind);
    sources[kind] = best
      ? await verifySource(best.entry, best.path)
      : await keptSource(kind, options);
  }
  return buildChosen(sources as KitSources, options);
}

export async function upgradePack(options: UpgradeOptions): Promise<BuildResult> {
  const { choice, log } = options;
  const download: Omit<DownloadOptions, 'log'> & { log: Logger } = {
    cacheDir: options.cacheDir,
    log,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    onProgress: (entry, doneBytes, totalBytes) =>
      options.onProgress?.({ step: 'download', file: entry.name, doneBytes, totalBytes }),
  };
  const sources: Partial<KitSources> = {};
  for (const kind of KINDS) {
    const wanted = choice[kind];
    sources[kind] =
      wanted !== undefined
        ? await ensureDownloaded(
            downloadable(options.catalog, kind, wanted, options.baseUrl !== undefined),
            download,
          )
        : await keptSource(kind, options);
  }
  return buildChosen(sources as KitSources, options);
}
