/**
 * The handler's filesystem adapter: Node `fs`, confined to a root.
 *
 * The pure path resolver hands over plain name segments; this joins them to
 * the root, follows symlinks with `realpath` and refuses anything whose real
 * path is not inside the root's real path. Bodies are streamed, never read
 * whole (pack files reach tens of megabytes).
 *
 * Every file found is held open: its size and validators come from `fstat`
 * of the very descriptor its bytes are read from, so a response is always one
 * whole file, never a mix, even if the pack is swapped mid-request.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import type { FileInfo, FileSource } from '../pure/serve/types';

/** The few fs calls the adapter makes; injectable so tests can watch every path touched. */
export type FsCalls = {
  realpath(target: string): Promise<string>;
  /** Follows symlinks, like `stat(2)`. */
  stat(target: string): Promise<fs.Stats>;
  /** Opens read-only, never blocking (a FIFO must not hang the server). */
  open(target: string): Promise<number>;
  fstat(fd: number): Promise<fs.Stats>;
  close(fd: number): void;
  /** A stream of `fd` (closed when the stream ends or is destroyed); `target` names it. */
  createReadStream(
    target: string,
    options: { fd: number; start: number; end: number },
  ): fs.ReadStream;
};

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const openFd = promisify(fs.open);
const fstatFd = promisify(fs.fstat) as (fd: number) => Promise<fs.Stats>;
const statPath = promisify(fs.stat) as (target: string) => Promise<fs.Stats>;

const nodeFs: FsCalls = {
  realpath: (target) => fsp.realpath(target),
  stat: (target) => statPath(target),
  open: (target) => openFd(target, OPEN_FLAGS),
  fstat: (fd) => fstatFd(fd),
  close: (fd) => fs.close(fd, () => undefined),
  createReadStream: (_target, { fd, start, end }) =>
    fs.createReadStream('', { fd, start, end, autoClose: true }),
};

/** Whether `candidate` is `root` itself or lies below it (both absolute, normalised). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    code === 'ENOENT' ||
    code === 'ENOTDIR' ||
    code === 'ELOOP' ||
    code === 'ENAMETOOLONG' ||
    code === 'ENXIO' // a socket or a FIFO opened without blocking
  );
}

export type NodeFileSourceOptions = {
  /**
   * Remember what a lookup found (default true). A remembered file is opened
   * by the same path the request named and served only if the descriptor is
   * the very file that passed the containment check, unchanged (device,
   * inode, size, mtime, ctime); anything else — a swapped pack, a rewritten
   * manifest, a retargeted link — is looked up again from scratch. This saves
   * two realpath calls per request and never serves a stale or mixed file.
   * Misses are never remembered, so a file that appears is served at once.
   */
  remember?: boolean;
};

/** The fs adapter, plus a Node stream of a file for hosts that can pipe it straight out. */
export type NodeFileSource = FileSource & {
  readNode(file: FileInfo, start: number, end: number): fs.ReadStream;
};

/** What identifies one version of one file on disk. */
type Identity = { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number };
type Found = { path: string; identity: Identity };
/** A FileInfo as this adapter hands it out: open, with its descriptor (CLOSED for `headers`). */
type OpenInfo = FileInfo & { fd: number };

/** The descriptor of a FileInfo looked up for its headers only. */
const CLOSED = -1;

function identityOf(stats: fs.Stats): Identity {
  const { dev, ino, size, mtimeMs, ctimeMs } = stats;
  return { dev, ino, size, mtimeMs, ctimeMs };
}

function sameFile(a: Identity, b: Identity): boolean {
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs
  );
}

const key = (root: string, joined: string): string => `${root}\0${joined}`;

/** Bounded: the app shell and a pack are a few dozen files. */
const MAX_REMEMBERED = 1000;

export function createNodeFileSource(
  calls: FsCalls = nodeFs,
  { remember = true }: NodeFileSourceOptions = {},
): NodeFileSource {
  const found = new Map<string, Found>();

  /** Open `target` and describe it; null (and closed) unless it is a regular file. */
  async function openRegular(target: string): Promise<{ fd: number; stats: fs.Stats } | null> {
    const fd = await calls.open(target);
    try {
      const stats = await calls.fstat(fd);
      if (stats.isFile()) return { fd, stats };
    } catch (error) {
      calls.close(fd);
      throw error;
    }
    calls.close(fd);
    return null;
  }

  /** The whole lookup: real paths, containment, then the real file opened. */
  async function lookUp(absoluteRoot: string, joined: string): Promise<OpenInfo | null> {
    const [rootReal, realFile] = await Promise.all([
      calls.realpath(absoluteRoot),
      calls.realpath(joined),
    ]);
    if (!isInside(rootReal, realFile) || realFile === rootReal) return null;
    const opened = await openRegular(realFile);
    if (opened === null) return null;
    const { fd, stats } = opened;
    if (remember) {
      if (found.size >= MAX_REMEMBERED) found.clear();
      found.set(key(absoluteRoot, joined), { path: realFile, identity: identityOf(stats) });
    }
    return { path: realFile, size: stats.size, mtimeMs: stats.mtimeMs, fd };
  }

  /** A remembered file, if the path still leads to exactly it; else null. */
  async function reopen(joined: string, known: Found): Promise<OpenInfo | null> {
    const opened = await openRegular(joined);
    if (opened === null) return null;
    const { fd, stats } = opened;
    if (sameFile(identityOf(stats), known.identity)) {
      return { path: known.path, size: stats.size, mtimeMs: stats.mtimeMs, fd };
    }
    calls.close(fd);
    return null;
  }

  /** For headers only: one stat of the path, which must still lead to the remembered file. */
  async function describe(joined: string, known: Found): Promise<OpenInfo | null> {
    const stats = await calls.stat(joined);
    if (!stats.isFile() || !sameFile(identityOf(stats), known.identity)) return null;
    return { path: known.path, size: stats.size, mtimeMs: stats.mtimeMs, fd: CLOSED };
  }

  function fdOf(file: FileInfo): number {
    const { fd } = file as OpenInfo;
    if (fd === CLOSED) throw new Error('a file looked up for its headers only cannot be read');
    return fd;
  }

  return {
    async stat(root, segments, need = 'body') {
      const absoluteRoot = path.resolve(root);
      const joined = path.resolve(absoluteRoot, ...segments);
      // The resolver already guarantees this; checked again because it is cheap.
      if (!isInside(absoluteRoot, joined) || joined === absoluteRoot) return null;
      try {
        const known = found.get(key(absoluteRoot, joined));
        if (known !== undefined) {
          const again =
            need === 'headers'
              ? await describe(joined, known).catch(() => null)
              : await reopen(joined, known).catch(() => null);
          if (again !== null) return again;
          found.delete(key(absoluteRoot, joined));
        }
        const info = await lookUp(absoluteRoot, joined);
        if (info !== null && need === 'headers') {
          calls.close(info.fd);
          info.fd = CLOSED;
        }
        return info;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    read(file, start, end) {
      const stream = calls.createReadStream(file.path, { fd: fdOf(file), start, end });
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },

    readNode(file, start, end) {
      return calls.createReadStream(file.path, { fd: fdOf(file), start, end });
    },

    release(file) {
      const { fd } = file as OpenInfo;
      if (fd !== CLOSED) calls.close(fd);
    },
  };
}
