/**
 * The handler's filesystem adapter: Node `fs`, confined to a root.
 *
 * The pure path resolver hands over plain name segments; this joins them to
 * the root, follows symlinks with `realpath` and refuses anything whose real
 * path is not inside the root's real path. Bodies are streamed, never read
 * whole (pack files reach tens of megabytes).
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { FileInfo, FileSource } from '../pure/serve/types';

/** The few fs calls the adapter makes; injectable so tests can watch every path touched. */
export type FsCalls = {
  realpath(target: string): Promise<string>;
  stat(target: string): Promise<fs.Stats>;
  createReadStream(target: string, options: { start: number; end: number }): fs.ReadStream;
};

const nodeFs: FsCalls = {
  realpath: (target) => fsp.realpath(target),
  stat: (target) => fsp.stat(target),
  createReadStream: (target, options) => fs.createReadStream(target, options),
};

/** Whether `candidate` is `root` itself or lies below it (both absolute, normalised). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG';
}

export type NodeFileSourceOptions = {
  /**
   * How long a lookup (root and file real paths, size, mtime) is reused, in
   * ms; 0 looks up every time. A short reuse saves two realpath calls and a
   * stat per request. It never widens what is served: a cached entry is a
   * real path that passed the containment check, opened as such (not through
   * the symlink it came from); only misses are never cached, so a file that
   * appears is served at once, and one that changes is seen within cacheMs.
   */
  cacheMs?: number;
  now?: () => number;
};

/** The fs adapter, plus a Node stream of a file for hosts that can pipe it straight out. */
export type NodeFileSource = FileSource & {
  readNode(file: FileInfo, start: number, end: number): fs.ReadStream;
};

export function createNodeFileSource(
  calls: FsCalls = nodeFs,
  { cacheMs = 0, now = Date.now }: NodeFileSourceOptions = {},
): NodeFileSource {
  const found = new Map<string, { info: FileInfo; until: number }>();
  const realRoots = new Map<string, { real: string; until: number }>();

  async function realRoot(absoluteRoot: string): Promise<string> {
    const hit = realRoots.get(absoluteRoot);
    if (hit && hit.until > now()) return hit.real;
    const real = await calls.realpath(absoluteRoot);
    if (cacheMs > 0) realRoots.set(absoluteRoot, { real, until: now() + cacheMs });
    return real;
  }

  async function lookUp(absoluteRoot: string, joined: string): Promise<FileInfo | null> {
    try {
      const [rootReal, realFile] = await Promise.all([
        realRoot(absoluteRoot),
        calls.realpath(joined),
      ]);
      if (!isInside(rootReal, realFile) || realFile === rootReal) return null;
      const stats = await calls.stat(realFile);
      if (!stats.isFile()) return null;
      return { path: realFile, size: stats.size, mtimeMs: stats.mtimeMs };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  return {
    async stat(root, segments) {
      const absoluteRoot = path.resolve(root);
      const joined = path.resolve(absoluteRoot, ...segments);
      // The resolver already guarantees this; checked again because it is cheap.
      if (!isInside(absoluteRoot, joined) || joined === absoluteRoot) return null;
      if (cacheMs <= 0) return lookUp(absoluteRoot, joined);
      const key = `${absoluteRoot}\0${joined}`;
      const hit = found.get(key);
      if (hit && hit.until > now()) return hit.info;
      const info = await lookUp(absoluteRoot, joined);
      if (info === null) found.delete(key);
      else {
        // Bounded: the app shell and a pack are a few dozen files.
        if (found.size > 1000) found.clear();
        found.set(key, { info, until: now() + cacheMs });
      }
      return info;
    },

    read(file, start, end) {
      const stream = calls.createReadStream(file.path, { start, end });
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },

    readNode(file, start, end) {
      return calls.createReadStream(file.path, { start, end });
    },
  };
}
