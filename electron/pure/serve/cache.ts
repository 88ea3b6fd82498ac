/**
 * Validators and cache policy: strong ETags, `If-None-Match`, and which file
 * names are content-hashed (so they can be cached forever).
 */
import type { Mount } from './resolve-path';

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/** Pack files: `color-1024.0123abcd89ef4567.jpg` (see assets/format/manifest.ts). */
const PACK_HASHED = /^[a-z0-9-]+\.([0-9a-f]{8,64})\.[a-z0-9]+$/;
/** Vite output under `assets/`: `index-AbC123_x.js`, `index-AbC123_x.js.map`. */
const VITE_HASHED = /^[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.map)?$/;

export type FileIdentity = { mount: Mount; segments: readonly string[] };

/** The content hash carried by a pack file's name, or null. */
export function packNameHash(fileName: string): string | null {
  return PACK_HASHED.exec(fileName)?.[1] ?? null;
}

export function isContentHashed({ mount, segments }: FileIdentity): boolean {
  const name = segments[segments.length - 1] ?? '';
  if (mount === 'pack') return segments.length === 1 && packNameHash(name) !== null;
  return segments.length === 2 && segments[0] === 'assets' && VITE_HASHED.test(name);
}

export function cacheControlFor(file: FileIdentity): string {
  return isContentHashed(file) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/**
 * A strong ETag. Pack files are named by their content hash, which identifies
 * the bytes; everything else uses size and modification time.
 */
export function etagFor(file: FileIdentity, size: number, mtimeMs: number): string {
  const name = file.segments[file.segments.length - 1] ?? '';
  const hash = file.mount === 'pack' ? packNameHash(name) : null;
  if (hash !== null) return `"${hash}-${size.toString(16)}"`;
  return `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}

/**
 * Whether `If-None-Match` matches the current ETag (weak comparison, as
 * RFC 9110 §13.1.2 requires for this header).
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  const current = opaque(etag);
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || opaque(candidate) === current;
  });
}

/**
 * Whether an `If-Range` validator still holds, so a range may be served
 * (strong comparison; a date validator is not honoured, so the full file is sent).
 */
export function ifRangeHolds(header: string | null, etag: string): boolean {
  if (header === null) return true;
  return header.trim() === etag;
}
