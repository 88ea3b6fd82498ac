/**
 * Kit files from a folder (`--from DIR` or MOON_KIT_DIR): recognised by
 * their catalog name; anything else in the folder is ignored.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { KitCatalog, KitEntry, KitKind } from '../catalog';
import { bestOfKind, findEntry } from '../catalog';
import { AssetError } from '../errors';

export interface FoundFile {
  entry: KitEntry;
  path: string;
}

/** Every catalog file present in `dir` (a missing folder is an error). */
export async function findKitFiles(dir: string, catalog: KitCatalog): Promise<FoundFile[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new AssetError(`not a folder: ${dir}`, 'notKit');
    names = await readdir(dir);
  } catch (error) {
    if (error instanceof AssetError) throw error;
    throw new AssetError(`kit folder not found or unreadable: ${dir}`, 'notKit');
  }
  const found: FoundFile[] = [];
  for (const name of names.sort()) {
    const entry = findEntry(catalog, name);
    if (entry) found.push({ entry, path: join(dir, name) });
  }
  return found;
}

/** User's explicit choice per kind (a catalog name), else the best ranked. */
export interface SourceChoice {
  color?: string | undefined;
  elevation?: string | undefined;
}

/** Pick one file of `kind` from `found`: the named one if given, else the best ranked. */
export function pickFile(
  found: readonly FoundFile[],
  kind: KitKind,
  dir: string,
  choice: SourceChoice,
): FoundFile {
  const wanted = choice[kind];
  if (wanted !== undefined) {
    const hit = found.find((f) => f.entry.name === wanted);
    if (!hit) throw new AssetError(`${wanted} (requested ${kind} source) is not in ${dir}`);
    if (hit.entry.kind !== kind) throw new AssetError(`${wanted} is not a ${kind} file`);
    return hit;
  }
  const best = bestOfKind(found, kind);
  if (!best) {
    throw new AssetError(
      `no usable ${kind} file in ${dir} (looked for the Moon Kit names in the catalog)`,
      'notKit',
    );
  }
  return best;
}
