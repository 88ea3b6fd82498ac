/**
 * Reads the facts about a pack folder (manifest text, every file's size and,
 * when asked, its SHA-256) and lets the one pure decision in
 * assets/format/pack-status.ts judge them. Used by the asset tool, the
 * Electron main process and the web server alike.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../format/manifest';
import { MANIFEST_FILE, parseManifestText } from '../format/manifest';
import type { PackFacts, PackVerdict } from '../format/pack-status';
import { decidePackStatus, packFiles } from '../format/pack-status';
import { sha256File, sha256FileCached } from './hash';

export { packFiles };

export type PackCheck = { ok: true; manifest: PackManifest } | { ok: false; reason: string };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'error';
}

/**
 * What is in `dir`: the manifest's text and every regular file's size.
 * `hashes: true` adds the SHA-256 of every file (the asset tool's own check
 * after writing a pack).
 */
export async function readPackFacts(
  dir: string,
  options: { hashes?: boolean } = {},
): Promise<PackFacts> {
  let manifest: PackFacts['manifest'];
  try {
    const bytes = await readFile(join(dir, MANIFEST_FILE));
    try {
      // Strict: a flipped byte that makes the text invalid UTF-8 is named,
      // not silently replaced by U+FFFD inside a string.
      manifest = { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      manifest = { kind: 'notText' };
    }
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

/**
 * The verdict on `dir`. With `hashes: 'cached'` (what the hosts ask for
 * before serving a pack) the files the manifest names are hashed too, each
 * one only while its size, mtime, ctime or inode differ from the last time
 * this process hashed it: a byte changed in place is caught, and a pack that
 * did not change costs a few `stat` calls (figures in docs/security.md).
 */
export async function judgePack(
  dir: string,
  options: { hashes?: boolean | 'cached' } = {},
): Promise<PackVerdict> {
  if (options.hashes !== 'cached') {
    return decidePackStatus(await readPackFacts(dir, { hashes: options.hashes === true }));
  }
  const facts = await readPackFacts(dir);
  if (facts.manifest.kind !== 'text') return decidePackStatus(facts);
  const parsed = parseManifestText(facts.manifest.text);
  if (!parsed.ok) return decidePackStatus(facts);
  const files = new Map(facts.files);
  for (const item of packFiles(parsed.manifest)) {
    const found = files.get(item.file);
    if (found === undefined || found.bytes !== item.bytes) continue;
    try {
      files.set(item.file, { ...found, sha256: await sha256FileCached(join(dir, item.file)) });
    } catch {
      files.delete(item.file); // vanished or unreadable since: it counts as missing
    }
  }
  return decidePackStatus({ manifest: facts.manifest, files });
}

/**
 * The asset tool's short form: intact, or one line saying why not. A pack
 * the app could still show with a file left out is not intact here, so the
 * tool rebuilds it.
 */
export async function checkPack(
  dir: string,
  options: { hashes?: boolean | 'cached' } = {},
): Promise<PackCheck> {
  const verdict = await judgePack(dir, options);
  if (verdict.state === 'ready' && verdict.damaged.length === 0) {
    return { ok: true, manifest: verdict.manifest };
  }
  return { ok: false, reason: `${verdict.reason ?? 'The pack is damaged.'} (${dir})` };
}
