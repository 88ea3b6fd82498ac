/** What the request handler needs from the outside world, injected. */

/**
 * A regular file found inside a root, after following symlinks. The adapter
 * may hold it open (so the bytes read are the ones described here) until
 * `read` takes it or `release` lets it go.
 */
export type FileInfo = {
  /** The adapter's real path (opaque to the handler). */
  path: string;
  size: number;
  mtimeMs: number;
};

/**
 * What a lookup is for: `body` (default) may be read; `headers` only
 * describes the file (a 304 or a HEAD), which an adapter may do cheaper,
 * and must not be read.
 */
export type FileNeed = 'body' | 'headers';

/**
 * Read-only file access confined to a root. `stat` must return null for
 * anything that is not a regular file whose real path lies inside the root's
 * real path (missing files, folders, symlinks that leave the root).
 */
export interface FileSource {
  stat(root: string, segments: readonly string[], need?: FileNeed): Promise<FileInfo | null>;
  /** Stream bytes `start..end` (inclusive) of a file `stat` returned; takes it over. */
  read(file: FileInfo, start: number, end: number): ReadableStream<Uint8Array>;
  /** Let go of a file `stat` returned that will not be read. */
  release(file: FileInfo): void;
}

export interface Logger {
  error(message: string, error?: unknown): void;
}
