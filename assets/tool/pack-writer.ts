/**
 * Writes a pack so that a reader never sees half of one: everything goes
 * into a temporary sibling folder, which is checked (manifest schema, every
 * file's size and hash) and only then renamed into place. An existing pack
 * is moved aside first and deleted last, and restored if the swap fails.
 */
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PackManifest } from '../format/manifest';
import { MANIFEST_FILE } from '../format/manifest';
import { AssetError } from './errors';
import { sha256Bytes } from './hash';
import { checkPack } from './pack-check';

export interface WrittenFile {
  file: string;
  bytes: number;
  sha256: string;
}

/** Hex digits of the content hash kept in file names. */
const NAME_HASH_CHARS = 16;

/** A staging folder this old was left by a killed run (a build takes seconds to minutes). */
const STALE_STAGING_MS = 6 * 60 * 60 * 1000;

const stagingPrefix = (outDir: string): string => `.${basename(outDir)}.tmp-`;

/**
 * The output folder is replaced wholesale, so it must be a pack (or empty,
 * or absent): `--out ~/Documents` must never delete someone's files.
 */
async function assertReplaceable(outDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new AssetError(`--out ${outDir} is a file, not a folder`);
    throw error;
  }
  if (names.length > 0 && !names.includes(MANIFEST_FILE)) {
    throw new AssetError(
      `refusing to replace ${outDir}: it is not empty and holds no ${MANIFEST_FILE} (not a pack)`,
    );
  }
}

/** Remove staging folders that runs killed mid-build left beside `outDir`. */
async function removeStaleStaging(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = stagingPrefix(outDir);
  for (const name of await readdir(parent)) {
    if (!name.startsWith(prefix)) continue;
    const path = join(parent, name);
    const { mtimeMs } = await stat(path);
    if (Date.now() - mtimeMs > STALE_STAGING_MS) await rm(path, { recursive: true, force: true });
  }
}

export class PackStaging {
  private constructor(
    readonly outDir: string,
    readonly dir: string,
  ) {}

  static async create(outDir: string): Promise<PackStaging> {
    await assertReplaceable(outDir);
    await mkdir(dirname(outDir), { recursive: true });
    await removeStaleStaging(outDir);
    const dir = await mkdtemp(join(dirname(outDir), stagingPrefix(outDir)));
    // mkdtemp makes a private folder; a pack is ordinary readable data.
    await chmod(dir, 0o755);
    return new PackStaging(outDir, dir);
  }

  /** Write `data` as `<stem>.<hash>.<ext>`. */
  async addFile(stem: string, ext: string, data: Uint8Array): Promise<WrittenFile> {
    const sha256 = sha256Bytes(data);
    const file = `${stem}.${sha256.slice(0, NAME_HASH_CHARS)}.${ext}`;
    await writeFile(join(this.dir, file), data);
    return { file, bytes: data.byteLength, sha256 };
  }

  /** Write the manifest, check the whole staged pack, and move it into place. */
  async commit(manifest: PackManifest): Promise<void> {
    await writeFile(join(this.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const check = await checkPack(this.dir, { hashes: true });
    if (!check.ok) throw new AssetError(`built pack failed its own check: ${check.reason}`);
    const aside = `${this.dir}.old`;
    let movedAside = false;
    try {
      await rename(this.outDir, aside);
      movedAside = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      await rename(this.dir, this.outDir);
    } catch (error) {
      if (movedAside) await rename(aside, this.outDir);
      throw error;
    }
    if (movedAside) await rm(aside, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
