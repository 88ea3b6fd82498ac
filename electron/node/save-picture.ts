/**
 * Save a picture into a folder without ever replacing a file, and without
 * ever leaving half a file: the bytes go to a hidden temporary file in the
 * same folder, which is then linked under its final name (a hard link fails
 * when the name is taken, so nothing is overwritten even in a race) and the
 * temporary name removed. Where the file system has no hard links (FAT,
 * some network shares) an existence check and a rename do the same, with
 * a narrow race. A taken name gets `-2`, `-3`… before `.png`.
 * Failures come back as one sentence a person can act on.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, join } from 'node:path';

export type SaveOutcome =
  { state: 'saved'; path: string } | { state: 'failed'; reason: string; code: string };

/** The file operations used, replaceable so tests can make the disk fail. */
export interface SaveFs {
  writeFile(path: string, data: Uint8Array, options: { flag: 'wx' }): Promise<void>;
  link(existing: string, path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  access(path: string): Promise<void>;
}

const nodeFs: SaveFs = {
  writeFile: (path, data, options) => fsp.writeFile(path, data, options),
  link: fsp.link,
  rename: fsp.rename,
  unlink: fsp.unlink,
  access: (path) => fsp.access(path),
};

/** How many numbered names to try before giving up. */
const MAX_COPIES = 9999;
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN';

/** One sentence for a failed save in `dir`. */
export function describeSaveError(code: string, dir: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough free space in ${dir} for the picture. Free some space or choose another folder.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Farside is not allowed to write in ${dir}. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${dir} no longer exists. Choose another folder.`;
    default:
      return `The picture could not be saved in ${dir} (${code}). Choose another folder or try again.`;
  }
}

/** `name.png` → `name-2.png`, `name-3.png`… */
export function numberedName(fileName: string, copy: number): string {
  if (copy <= 1) return fileName;
  const dot = fileName.toLowerCase().endsWith('.png') ? fileName.length - 4 : fileName.length;
  return `${fileName.slice(0, dot)}-${copy}${fileName.slice(dot)}`;
}

async function exists(fs: SaveFs, path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Place `temp` at `path` unless `path` exists; false when the name is taken. */
async function placeNoClobber(fs: SaveFs, temp: string, path: string): Promise<boolean> {
  try {
    await fs.link(temp, path);
    await fs.unlink(temp);
    return true;
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  if (await exists(fs, path)) return false;
  await fs.rename(temp, path);
  return true;
}

export async function savePictureFile(
  dir: string,
  fileName: string,
  bytes: Uint8Array,
  fs: SaveFs = nodeFs,
): Promise<SaveOutcome> {
  if (basename(fileName) !== fileName || fileName.startsWith('.') || fileName.includes('\0')) {
    return { state: 'failed', code: 'EINVAL', reason: `"${fileName}" is not a plain file name.` };
  }
  const temp = join(dir, `.farside-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    for (let copy = 1; copy <= MAX_COPIES; copy++) {
      const path = join(dir, numberedName(fileName, copy));
      if (await placeNoClobber(fs, temp, path)) return { state: 'saved', path };
    }
    throw Object.assign(new Error('every numbered name is taken'), { code: 'EEXIST' });
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    const code = codeOf(error);
    return { state: 'failed', code, reason: describeSaveError(code, dir) };
  }
}
