/**
 * Is there a usable pack in a folder? A valid manifest whose every file is
 * present with the recorded size (and, when asked, the recorded SHA-256).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../format/manifest';
import { MANIFEST_FILE, parseManifestText } from '../format/manifest';
import { sha256File } from './hash';

export type PackCheck = { ok: true; manifest: PackManifest } | { ok: false; reason: string };

/** Every file the manifest refers to. */
export function packFiles(
  manifest: PackManifest,
): { file: string; bytes: number; sha256: string }[] {
  return [...manifest.color.levels, manifest.elevation, manifest.normal];
}

export async function checkPack(
  dir: string,
  options: { hashes?: boolean } = {},
): Promise<PackCheck> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return { ok: false, reason: `no ${MANIFEST_FILE} in ${dir}` };
  }
  const parsed = parseManifestText(text);
  if (!parsed.ok) return { ok: false, reason: `invalid ${MANIFEST_FILE}: ${parsed.reason}` };
  for (const item of packFiles(parsed.manifest)) {
    const path = join(dir, item.file);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return { ok: false, reason: `${item.file} is missing` };
    }
    if (size !== item.bytes) return { ok: false, reason: `${item.file} has the wrong size` };
    if (options.hashes && (await sha256File(path)) !== item.sha256) {
      return { ok: false, reason: `${item.file} has the wrong SHA-256` };
    }
  }
  return { ok: true, manifest: parsed.manifest };
}
