/**
 * Reports whether the asset pack is usable: manifest present and valid, and
 * every file it lists present with the stated size. (Checksums are the asset
 * tool's job; hashing tens of megabytes at every start would delay the window.)
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import {
  FIX_PACK_COMMAND,
  MANIFEST_FILE,
  parseManifestText,
  type PackManifest,
} from '../../assets/format/manifest';
import type { PackStatus } from '../ipc/contract';

/** URL of the pack relative to the app shell (the handler's `/pack/` mount). */
export const PACK_BASE_URL = 'pack/';

/** Every file the manifest lists, with its size. */
export function manifestFiles(manifest: PackManifest): { file: string; bytes: number }[] {
  return [...manifest.color.levels, manifest.elevation, manifest.normal].map(({ file, bytes }) => ({
    file,
    bytes,
  }));
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

export async function readPackStatus(packDir: string): Promise<PackStatus> {
  const location = packDir;
  const problem = (state: 'missing' | 'invalid', reason: string): PackStatus => ({
    state,
    reason,
    fixCommand: FIX_PACK_COMMAND,
    location,
  });

  let text: string;
  try {
    text = await fs.readFile(path.join(packDir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') {
      return problem('missing', `No asset pack found: ${MANIFEST_FILE} is missing in ${packDir}.`);
    }
    return problem(
      'invalid',
      `Cannot read ${MANIFEST_FILE} in ${packDir} (${errorCode(error) ?? 'error'}).`,
    );
  }

  const parsed = parseManifestText(text);
  if (!parsed.ok)
    return problem('invalid', `${MANIFEST_FILE} in ${packDir} is invalid: ${parsed.reason}.`);

  for (const { file, bytes } of manifestFiles(parsed.manifest)) {
    let size: number;
    try {
      const stats = await fs.stat(path.join(packDir, file));
      if (!stats.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      size = stats.size;
    } catch {
      return problem(
        'invalid',
        `The pack file ${file} listed in ${MANIFEST_FILE} is missing from ${packDir}.`,
      );
    }
    if (size !== bytes) {
      return problem(
        'invalid',
        `The pack file ${file} is ${size} bytes; ${MANIFEST_FILE} says ${bytes}.`,
      );
    }
  }

  return { state: 'ready', baseUrl: PACK_BASE_URL, manifest: parsed.manifest };
}
