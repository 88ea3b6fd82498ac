import { stat } from 'node:fs/promises';
import type { KitEntry } from '../catalog';
import { AssetError } from '../errors';
import { sha256File } from '../hash';

/** A kit file on disk whose size and SHA-256 match the catalog (where it has them). */
export interface VerifiedSource {
  entry: KitEntry;
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Check a file against its catalog entry: size first (cheap, catches
 * truncation), then the streamed SHA-256. Entries without a published hash
 * are accepted on size alone and must then decode cleanly.
 */
export async function verifySource(entry: KitEntry, path: string): Promise<VerifiedSource> {
  const { size } = await stat(path);
  if (entry.bytes !== null && size !== entry.bytes) {
    throw new AssetError(
      `${entry.name} is ${size.toLocaleString('en-US')} bytes, expected ` +
        `${entry.bytes.toLocaleString('en-US')} (truncated or not the NASA original): ${path}`,
      'verify',
    );
  }
  const sha256 = await sha256File(path);
  if (entry.sha256 !== null && sha256 !== entry.sha256) {
    throw new AssetError(
      `${entry.name} does not match its catalog SHA-256 (expected ${entry.sha256.slice(0, 12)}…, ` +
        `got ${sha256.slice(0, 12)}…; corrupt or not the original): ${path}`,
      'verify',
    );
  }
  return { entry, path, bytes: size, sha256 };
}
