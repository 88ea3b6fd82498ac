/**
 * Maps a request URL path to a file inside one of the served roots.
 *
 * Pure and platform-neutral: it returns path *segments* that are each a plain
 * file or folder name, never a joined path, so nothing here can name a place
 * outside a root. The filesystem adapter joins them and additionally checks
 * the real path (symlinks) against the root's real path.
 *
 * Rules (DESIGN §3): every segment is percent-decoded exactly once with strict
 * UTF-8 (overlong and invalid sequences are rejected), and after decoding must
 * not contain a separator (`/`, `\`), NUL or other control characters, `%`
 * (a second layer of encoding), `:` (drive letters, NTFS streams), nor be `.`,
 * `..` or empty. Dot-files and Windows device names are never served.
 */

export type Mount = 'app' | 'pack';

export type ResolvedPath =
  | { ok: true; mount: Mount; segments: readonly string[] }
  | { ok: false; status: 400 | 404; reason: string };

/** URL path prefix (first segment) under which the asset pack is served. */
export const PACK_MOUNT_SEGMENT = 'pack';
/** What `/` serves from the app shell. */
export const INDEX_FILE = 'index.html';
/** Longer request paths than this are refused outright. */
export const MAX_PATH_LENGTH = 2048;

// A `%` must introduce exactly two hex digits.
const BAD_PERCENT = /%(?![0-9a-fA-F]{2})/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const FORBIDDEN_DECODED = /[/\\%:\u0000-\u001f\u007f]/;
// Windows opens these as devices whatever the folder or extension.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function bad(reason: string): ResolvedPath {
  return { ok: false, status: 400, reason };
}

function notFound(reason: string): ResolvedPath {
  return { ok: false, status: 404, reason };
}

/** Strictly decode one raw URL path segment, or null when it is malformed. */
export function decodeSegment(raw: string): string | null {
  if (BAD_PERCENT.test(raw)) return null;
  try {
    // decodeURIComponent rejects invalid UTF-8, including overlong forms (%c0%ae).
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Resolve the raw (still percent-encoded) path of a request URL, e.g.
 * `new URL(request.url).pathname`.
 */
export function resolveRequestPath(rawPath: string): ResolvedPath {
  if (rawPath.length > MAX_PATH_LENGTH) return bad('path too long');
  if (!rawPath.startsWith('/')) return bad('path must be absolute');
  if (rawPath === '/') return { ok: true, mount: 'app', segments: [INDEX_FILE] };

  const rawSegments = rawPath.slice(1).split('/');
  // A trailing slash asks for a folder; only the root folder has an index.
  if (rawSegments[rawSegments.length - 1] === '') return notFound('folders are not listed');

  const segments: string[] = [];
  for (const raw of rawSegments) {
    if (raw === '') return bad('empty path segment');
    const decoded = decodeSegment(raw);
    if (decoded === null) return bad('malformed percent-encoding');
    if (decoded === '' || decoded === '.' || decoded === '..') return bad('relative path segment');
    if (FORBIDDEN_DECODED.test(decoded)) return bad('forbidden character in path');
    if (decoded.startsWith('.')) return notFound('hidden files are not served');
    // Windows drops trailing dots and spaces, so `index.html.` would alias another name.
    if (/[. ]$/.test(decoded)) return notFound('no such file');
    if (WINDOWS_DEVICE.test(decoded)) return notFound('no such file');
    segments.push(decoded);
  }

  if (segments[0] === PACK_MOUNT_SEGMENT) {
    const inPack = segments.slice(1);
    if (inPack.length === 0) return notFound('folders are not listed');
    return { ok: true, mount: 'pack', segments: inPack };
  }
  return { ok: true, mount: 'app', segments };
}
