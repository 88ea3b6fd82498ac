/**
 * Reads the facts about a pack folder (manifest text, every file's size and,
 * when asked, its SHA-256) and lets the one pure decision in
 * assets/format/pack-status.ts judge them. Used by the asset tool, the
 * Electron main process and the web server alike.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../format/manifest';
import { MANIFEST_FILE } from '../format/manifest';
import type { PackFacts, PackVerdict } from '../format/pack-status';
import { decidePackStatus, packFiles } from '../format/pack-status';
import { sha256File } from './hash';

export { packFiles };

export type PackCheck = { ok: true; manifest: PackManifest } | { ok: false; reason: string };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'error';
}

/** What is in `dir`. Hashing reads every file: the asset tool asks for it, a starting app does not. */
export async function readPackFacts(
  dir: string,
  options: { hashes?: boolean } = {},
): Promise<PackFacts> {
  let manifest: PackFacts['manifest'];
  try {
    manifest = { kind: 'text', text: await readFile(join(dir, MANIFEST_FILE), 'utf8') };
  } catch (error) {
    const code = errorCode(error);
    manifest =
      code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'absent' } : { kind: 'unreadable', code };
  }
  const files = new Map<string, { bytes: number; sha256?: string }>();
  if (manifest.kind !== 'text') return { manifest, files };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    names = [];
  }
  for (const name of names) {
    if (name === MANIFEST_FILE) continue;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      files.set(
        name,
        options.hashes
          ? { bytes: info.size, sha256: await sha256File(path) }
          : { bytes: info.size },
      );
    } catch {
      // Vanished or unreadable between readdir and stat: it counts as missing.
    }
  }
  return { manifest, files };
}

/** The verdict on `dir`. */
export async function judgePack(
  dir: string,
  options: { hashes?: boolean } = {},
): Promise<PackVerdict> {
  return decidePackStatus(await readPackFacts(dir, options));
}

/** The asset tool's short form: usable, or one line saying why not. */
export async function checkPack(
  dir: string,
  options: { hashes?: boolean } = {},
): Promise<PackCheck> {
  const verdict = await judgePack(dir, options);
  if (verdict.state === 'ready') return { ok: true, manifest: verdict.manifest };
  return { ok: false, reason: `${verdict.reason} (${dir})` };
}
