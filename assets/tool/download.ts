/**
 * Download NASA kit originals into a cache folder, resume-safe:
 * bytes go to `<name>.part` (resumed with an HTTP Range request after an
 * interrupted transfer), the finished file is checked against the catalog
 * (size, SHA-256) and only then renamed to `<name>`. A file that fails the
 * check is deleted and reported by name; nothing half-written is ever used.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { KitEntry } from './catalog';
import { AssetError, CancelledError, oneLine } from './errors';
import type { Logger } from './log';
import { formatMB } from './log';
import type { VerifiedSource } from './sources/verify';
import { verifySource } from './sources/verify';

export interface DownloadOptions {
  cacheDir: string;
  log: Logger;
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Replaces the catalog URL's folder: `<baseUrl>/<name>`. */
  baseUrl?: string;
  /** Transfers to try (each resumes where the last stopped). */
  attempts?: number;
  /** Pause before retry n is n × this (default 1 s). */
  retryDelayMs?: number;
  /** Stops the transfer (the `.part` file stays, so the next run resumes). */
  signal?: AbortSignal;
  /** Bytes of `entry` on disk so far, after every chunk (total null when unknown). */
  onProgress?: (entry: KitEntry, doneBytes: number, totalBytes: number | null) => void;
}

const REQUEST_FAILED = 'request failed';
const INTERRUPTED = 'transfer interrupted';

/** Errors of the disk being written, which the caller reports as such. */
const LOCAL_WRITE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS']);

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Why a transfer failed: undici says only "fetch failed" and keeps the reason in `cause`. */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? ` (${oneLine(cause)})` : '';
  return `${oneLine(error)}${detail}`;
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

function urlFor(entry: KitEntry, baseUrl: string | undefined): string {
  if (baseUrl !== undefined) return `${baseUrl.replace(/\/+$/, '')}/${entry.name}`;
  if (entry.url === null) {
    throw new AssetError(
      `${entry.name} has no download address; put it in a folder and use --from`,
    );
  }
  return entry.url;
}

/** Total size from `Content-Range: bytes a-b/total`, if stated. */
function rangeTotal(header: string | null): { start: number; total: number | null } | null {
  const match = header?.match(/^bytes (\d+)-\d+\/(\d+|\*)$/);
  if (!match) return null;
  return { start: Number(match[1]), total: match[2] === '*' ? null : Number(match[2]) };
}

/** Logs a line at every further 10% (or every 10 MB when the size is unknown). */
function progressMeter(
  entry: KitEntry,
  options: DownloadOptions,
  total: number | null,
  start: number,
): Transform {
  const { log, onProgress } = options;
  let done = start;
  let lastStep = -1;
  onProgress?.(entry, done, total);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      done += chunk.length;
      onProgress?.(entry, done, total);
      const step = total ? Math.floor((done / total) * 10) : Math.floor(done / 10e6);
      if (step !== lastStep) {
        lastStep = step;
        const of = total ? ` of ${formatMB(total)} (${Math.floor((done / total) * 100)}%)` : '';
        log.info(`  ${entry.name}: ${formatMB(done)}${of}`);
      }
      callback(null, chunk);
    },
  });
}

/**
 * One transfer into `part`, starting at its current size. Returns null when
 * the server reports the file complete, else why it stopped short.
 */
async function transfer(
  entry: KitEntry,
  url: string,
  part: string,
  options: DownloadOptions,
): Promise<string | null> {
  const fetchFn = options.fetch ?? fetch;
  let offset = (await sizeOf(part)) ?? 0;
  if (entry.bytes !== null && offset > entry.bytes) {
    await truncate(part, 0);
    offset = 0;
  }
  if (entry.bytes !== null && offset === entry.bytes) return null;
  const headers: Record<string, string> = offset > 0 ? { Range: `bytes=${offset}-` } : {};
  let response: Response;
  try {
    response = await fetchFn(url, { headers, signal: options.signal ?? null });
  } catch (error) {
    throwIfCancelled(options.signal);
    const why = `${REQUEST_FAILED}: ${describeFailure(error)}`;
    options.log.info(`  ${entry.name}: ${why}`);
    return why;
  }
  let total: number | null;
  if (response.status === 206) {
    const range = rangeTotal(response.headers.get('content-range'));
    if (!range || range.start !== offset) {
      await response.body?.cancel();
      await truncate(part, 0);
      return 'the server answered a different range';
    }
    total = range.total;
    options.log.info(`  ${entry.name}: resuming at ${formatMB(offset)}`);
  } else if (response.status === 200) {
    offset = 0;
    const length = response.headers.get('content-length');
    total = length !== null ? Number(length) : null;
  } else if (response.status === 416 && offset > 0) {
    // The part is already whole or longer than the file: let the check decide.
    await response.body?.cancel();
    return null;
  } else {
    await response.body?.cancel();
    throw new AssetError(
      `downloading ${entry.name} failed: HTTP ${response.status} from ${url}`,
      'server',
    );
  }
  if (!response.body) throw new AssetError(`downloading ${entry.name} failed: empty response`);
  const body = Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>);
  try {
    await pipeline(
      body,
      progressMeter(entry, options, total, offset),
      createWriteStream(part, { flags: offset > 0 ? 'a' : 'w' }),
    );
  } catch (error) {
    throwIfCancelled(options.signal);
    // A full or read-only disk is not a network hiccup: retrying cannot help.
    if (LOCAL_WRITE_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    const why = `${INTERRUPTED}: ${describeFailure(error)}`;
    options.log.info(`  ${entry.name}: ${why}`);
    return why;
  }
  const size = (await sizeOf(part)) ?? 0;
  return total === null || size === total ? null : 'the transfer ended early';
}

/** Path of a verified copy of `entry` in the cache, downloading what is missing. */
export async function ensureDownloaded(
  entry: KitEntry,
  options: DownloadOptions,
): Promise<VerifiedSource> {
  const final = join(options.cacheDir, entry.name);
  const part = `${final}.part`;
  if ((await sizeOf(final)) !== null) {
    try {
      return await verifySource(entry, final);
    } catch (error) {
      options.log.info(
        `cached ${entry.name} failed its check (${oneLine(error)}); downloading again`,
      );
      await unlink(final);
    }
  }
  await mkdir(options.cacheDir, { recursive: true });
  const url = urlFor(entry, options.baseUrl);
  const size = entry.bytes !== null ? ` (${formatMB(entry.bytes)})` : '';
  options.log.info(`downloading ${entry.name}${size} from ${url}`);
  const attempts = options.attempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  let failure = await transfer(entry, url, part, options);
  for (let attempt = 2; attempt <= attempts && failure !== null; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, (attempt - 1) * retryDelayMs));
    throwIfCancelled(options.signal);
    failure = await transfer(entry, url, part, options);
  }
  if (failure !== null) {
    const network = failure.startsWith(REQUEST_FAILED) || failure.startsWith(INTERRUPTED);
    throw new AssetError(
      `downloading ${entry.name} did not complete after ${attempts} tries (${failure})`,
      network ? 'offline' : 'server',
    );
  }
  let verified: VerifiedSource;
  try {
    verified = await verifySource(entry, part);
  } catch (error) {
    await unlink(part);
    throw new AssetError(`downloaded ${oneLine(error)}`, 'verify');
  }
  if (entry.sha256 === null) {
    options.log.info(`  ${entry.name}: no published SHA-256; relying on size and a clean decode`);
  }
  await rename(part, final);
  return { ...verified, path: final };
}
