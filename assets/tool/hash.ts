import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** SHA-256 of a file, streamed (constant memory for any size). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a file looked like when it was last hashed, by path. */
const hashed = new Map<string, { key: string; sha256: string }>();

/**
 * SHA-256 of a file, hashed again only when its size, mtime, ctime or inode
 * changed since this process last hashed it. Writing a byte in place changes
 * mtime and ctime, and ctime cannot be set back, so an edit is never served
 * from the cache; damage that bypasses the file system (bit rot) is caught
 * at the next start of the app.
 */
export async function sha256FileCached(path: string): Promise<string> {
  const before = await stat(path, { bigint: true });
  const key = `${before.size}:${before.mtimeNs}:${before.ctimeNs}:${before.ino}:${before.dev}`;
  const known = hashed.get(path);
  if (known?.key === key) return known.sha256;
  const sha256 = await sha256File(path);
  hashed.set(path, { key, sha256 });
  return sha256;
}
