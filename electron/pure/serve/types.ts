/** What the request handler needs from the outside world, injected. */

/** A regular file found inside a root, after following symlinks. */
export type FileInfo = {
  /** Opaque handle for `read` (the adapter's real path). */
  path: string;
  size: number;
  mtimeMs: number;
};

/**
 * Read-only file access confined to a root. `stat` must return null for
 * anything that is not a regular file whose real path lies inside the root's
 * real path (missing files, folders, symlinks that leave the root).
 */
export interface FileSource {
  stat(root: string, segments: readonly string[]): Promise<FileInfo | null>;
  /** Stream bytes `start..end` (inclusive) of a file `stat` returned. */
  read(file: FileInfo, start: number, end: number): ReadableStream<Uint8Array>;
}

export interface Logger {
  error(message: string, error?: unknown): void;
}
