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

export function createNodeFileSource(calls: FsCalls = nodeFs): FileSource {
  return {
    async stat(root, segments) {
      const absoluteRoot = path.resolve(root);
      const joined = path.resolve(absoluteRoot, ...segments);
      // The resolver already guarantees this; checked again because it is cheap.
      if (!isInside(absoluteRoot, joined) || joined === absoluteRoot) return null;
      try {
        const [realRoot, realFile] = await Promise.all([
          calls.realpath(absoluteRoot),
          calls.realpath(joined),
        ]);
        if (!isInside(realRoot, realFile) || realFile === realRoot) return null;
        const stats = await calls.stat(realFile);
        if (!stats.isFile()) return null;
        return { path: realFile, size: stats.size, mtimeMs: stats.mtimeMs };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    read(file: FileInfo, start, end) {
      const stream = calls.createReadStream(file.path, { start, end });
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
  };
}
