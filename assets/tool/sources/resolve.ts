/**
 * Where the kit comes from: a folder, or NASA downloads into a cache.
 * Either way the result is one verified color file and one verified
 * elevation file.
 */
import type { KitCatalog, KitEntry, KitKind } from '../catalog';
import { DEFAULT_DOWNLOAD, bestOfKind, findEntry } from '../catalog';
import type { DownloadOptions } from '../download';
import { ensureDownloaded } from '../download';
import { AssetError } from '../errors';
import type { Logger } from '../log';
import type { SourceChoice } from './folder';
import { findKitFiles, pickFile } from './folder';
import type { VerifiedSource } from './verify';
import { verifySource } from './verify';

export type SourceSpec =
  | { kind: 'folder'; dir: string }
  | ({ kind: 'download' } & Omit<DownloadOptions, 'log'>)
  /** Already found and verified (the in-app upgrade mixes downloads and kept files). */
  | { kind: 'verified'; sources: KitSources };

export interface KitSources {
  color: VerifiedSource;
  elevation: VerifiedSource;
}

const KINDS: readonly KitKind[] = ['color', 'elevation'];

async function fromFolder(
  dir: string,
  catalog: KitCatalog,
  choice: SourceChoice,
  log: Logger,
): Promise<KitSources> {
  const found = await findKitFiles(dir, catalog);
  const picked = KINDS.map((kind) => pickFile(found, kind, dir, choice));
  const verified: VerifiedSource[] = [];
  for (const file of picked) {
    log.info(`verifying ${file.entry.name}`);
    verified.push(await verifySource(file.entry, file.path));
  }
  return { color: verified[0]!, elevation: verified[1]! };
}

/** The entry to download for `kind`: the user's choice, the default, else the best with a URL. */
export function downloadChoice(
  catalog: KitCatalog,
  kind: KitKind,
  choice: SourceChoice,
  hasBaseUrl: boolean,
): KitEntry {
  const wanted = choice[kind] ?? DEFAULT_DOWNLOAD[kind];
  const named = findEntry(catalog, wanted);
  if (named && named.kind === kind && (named.url !== null || hasBaseUrl)) return named;
  if (choice[kind] !== undefined) {
    throw new AssetError(`${wanted} is not a downloadable ${kind} file in the catalog`);
  }
  const best = bestOfKind(
    catalog.filter((entry) => entry.url !== null || hasBaseUrl).map((entry) => ({ entry })),
    kind,
  );
  if (!best) throw new AssetError(`the catalog has no downloadable ${kind} file`);
  return best.entry;
}

export async function resolveSources(
  spec: SourceSpec,
  catalog: KitCatalog,
  choice: SourceChoice,
  log: Logger,
): Promise<KitSources> {
  if (spec.kind === 'folder') return fromFolder(spec.dir, catalog, choice, log);
  if (spec.kind === 'verified') return spec.sources;
  const options = { ...spec, log };
  const hasBaseUrl = spec.baseUrl !== undefined;
  const color = await ensureDownloaded(
    downloadChoice(catalog, 'color', choice, hasBaseUrl),
    options,
  );
  const elevation = await ensureDownloaded(
    downloadChoice(catalog, 'elevation', choice, hasBaseUrl),
    options,
  );
  return { color, elevation };
}
