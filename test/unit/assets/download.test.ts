import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPack } from '../../../assets/tool/build';
import type { KitEntry } from '../../../assets/tool/catalog';
import type { DownloadOptions } from '../../../assets/tool/download';
import { ensureDownloaded } from '../../../assets/tool/download';
import { silentLogger } from '../../support/silent-logger';
import { checkPack } from '../../../assets/tool/pack-check';
import { writeSyntheticKit } from '../../support/synthetic-kit';

/** Deterministic pseudo-random bytes (xorshift32), so the file is not compressible or uniform. */
function seededBytes(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let k = 0; k < length; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[k] = x & 0xff;
  }
  return out;
}

const BODY = seededBytes(300_000);
const ENTRY: KitEntry = {
  name: 'test_file.tif',
  kind: 'elevation',
  url: null,
  bytes: BODY.length,
  sha256: createHash('sha256').update(BODY).digest('hex'),
  width: 2,
  height: 1,
  encoding: 'uint16-halfm-20000',
  credit: 'test',
  rank: 1,
};

interface ServerBehaviour {
  /** Bytes served for /<name>. */
  files: Map<string, Buffer>;
  /** Cut the connection after this many body bytes on the next N responses. */
  cutAfter: number | null;
  cutsLeft: number;
  honourRange: boolean;
  requests: { path: string; range: string | undefined }[];
}

let server: Server;
let baseUrl: string;
let behaviour: ServerBehaviour;
let root: string;
let cacheDir: string;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'farside-download-'));
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').slice(1));
    behaviour.requests.push({ path, range: req.headers.range });
    const body = behaviour.files.get(path);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    let start = 0;
    const match = req.headers.range?.match(/^bytes=(\d+)-$/);
    if (match && behaviour.honourRange) {
      start = Number(match[1]);
      if (start >= body.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
        return;
      }
      res.writeHead(206, {
        'Content-Range': `bytes ${start}-${body.length - 1}/${body.length}`,
        'Content-Length': body.length - start,
      });
    } else {
      res.writeHead(200, { 'Content-Length': body.length });
    }
    const rest = body.subarray(start);
    if (behaviour.cutAfter !== null && behaviour.cutsLeft > 0) {
      behaviour.cutsLeft--;
      // Give the client time to take in the bytes before the connection drops.
      res.write(rest.subarray(0, behaviour.cutAfter), () => setTimeout(() => res.destroy(), 100));
      return;
    }
    res.end(rest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  behaviour = {
    files: new Map([[ENTRY.name, BODY]]),
    cutAfter: null,
    cutsLeft: 0,
    honourRange: true,
    requests: [],
  };
  cacheDir = join(root, `cache-${++counter}`);
});
afterEach(() => server.closeAllConnections());

function options(extra: Partial<DownloadOptions> = {}): DownloadOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    cacheDir,
    baseUrl,
    retryDelayMs: 0,
    log: { info: (m) => lines.push(m) },
    lines,
    ...extra,
  };
}

describe('ensureDownloaded', () => {
  it('downloads, verifies and renames into the cache, with progress lines', async () => {
    const opts = options();
    const source = await ensureDownloaded(ENTRY, opts);
    expect(source.path).toBe(join(cacheDir, ENTRY.name));
    expect(source.sha256).toBe(ENTRY.sha256);
    expect((await readFile(source.path)).equals(BODY)).toBe(true);
    expect(await readdir(cacheDir)).toEqual([ENTRY.name]);
    expect(opts.lines[0]).toMatch(
      /^downloading test_file\.tif \(0\.3 MB\) from http:\/\/127\.0\.0\.1/,
    );
    expect(opts.lines.some((l) => /\(100%\)$/.test(l))).toBe(true);
  });

  it('resumes with a Range request after a transfer is cut short', async () => {
    behaviour.cutAfter = 100_000;
    behaviour.cutsLeft = 1;
    const source = await ensureDownloaded(ENTRY, options());
    expect((await readFile(source.path)).equals(BODY)).toBe(true);
    const ranges = behaviour.requests.map((r) => r.range);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]).toBeUndefined();
    // Resumes where the received bytes end (at most the 100 000 the server sent).
    const resumedAt = Number(ranges[1]?.match(/^bytes=(\d+)-$/)?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(100_000);
  });

  it('resumes a .part left by an earlier run', async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, `${ENTRY.name}.part`), BODY.subarray(0, 123_456));
    const source = await ensureDownloaded(ENTRY, options());
    expect((await readFile(source.path)).equals(BODY)).toBe(true);
    expect(behaviour.requests.map((r) => r.range)).toEqual(['bytes=123456-']);
  });

  it('starts over when the server ignores Range', async () => {
    behaviour.honourRange = false;
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, `${ENTRY.name}.part`), Buffer.alloc(5000, 0xee));
    const source = await ensureDownloaded(ENTRY, options());
    expect((await readFile(source.path)).equals(BODY)).toBe(true);
  });

  it('retries after a network error through the injected fetch', async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls++;
      if (calls === 1) return Promise.reject(new TypeError('fetch failed'));
      return fetch(input, init);
    };
    const source = await ensureDownloaded(ENTRY, options({ fetch: flaky }));
    expect(calls).toBe(2);
    expect(source.sha256).toBe(ENTRY.sha256);
  });

  it('rejects a download whose SHA-256 does not match, naming the file, and keeps nothing', async () => {
    const wrong = Buffer.from(BODY);
    wrong[1000] = wrong[1000]! ^ 1;
    behaviour.files.set(ENTRY.name, wrong);
    await expect(ensureDownloaded(ENTRY, options())).rejects.toThrow(
      /^downloaded test_file\.tif does not match its catalog SHA-256/,
    );
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('gives up after the allowed attempts but keeps the .part to resume later', async () => {
    behaviour.cutAfter = 10_000;
    behaviour.cutsLeft = 99;
    await expect(ensureDownloaded(ENTRY, options({ attempts: 3 }))).rejects.toThrow(
      /test_file\.tif did not complete after 3 tries \(transfer interrupted: .*\)$/,
    );
    expect(await readdir(cacheDir)).toEqual([`${ENTRY.name}.part`]);
    behaviour.cutsLeft = 0;
    const source = await ensureDownloaded(ENTRY, options());
    expect((await readFile(source.path)).equals(BODY)).toBe(true);
    expect(behaviour.requests.at(-1)!.range).toMatch(/^bytes=[1-9]\d*-$/);
  });

  it('reports an HTTP error with the status and file name', async () => {
    behaviour.files.clear();
    await expect(ensureDownloaded(ENTRY, options())).rejects.toThrow(
      /downloading test_file\.tif failed: HTTP 404/,
    );
  });

  it('uses a verified cached file without any request, and replaces a corrupt one', async () => {
    await ensureDownloaded(ENTRY, options());
    behaviour.requests = [];
    await ensureDownloaded(ENTRY, options());
    expect(behaviour.requests).toEqual([]);
    await writeFile(join(cacheDir, ENTRY.name), Buffer.alloc(BODY.length));
    const source = await ensureDownloaded(ENTRY, options());
    expect(behaviour.requests).toHaveLength(1);
    expect((await readFile(source.path)).equals(BODY)).toBe(true);
  });

  it('refuses entries without a download address when no base URL is given', async () => {
    await expect(ensureDownloaded(ENTRY, options({ baseUrl: undefined }))).rejects.toThrow(
      /test_file\.tif has no download address/,
    );
  });
});

describe('buildPack from downloads', () => {
  it('downloads the best color and elevation files and builds a valid pack', async () => {
    const kit = await writeSyntheticKit(join(root, 'served-kit'), { colorWidth: 1024 });
    for (const name of Object.values(kit.names)) {
      behaviour.files.set(name, await readFile(join(kit.dir, name)));
    }
    const outDir = join(root, 'download-pack');
    const source = { kind: 'download' as const, cacheDir, baseUrl };
    const run = () => buildPack({ catalog: kit.catalog, source, outDir, log: silentLogger });
    expect(await run()).toBe('built');
    expect(behaviour.requests.map((r) => r.path).sort()).toEqual([
      kit.names.colorTiff,
      kit.names.demUint,
    ]);
    const check = await checkPack(outDir, { hashes: true });
    expect(check.ok && check.manifest.sources.map((s) => s.name)).toEqual([
      kit.names.colorTiff,
      kit.names.demUint,
    ]);
    expect(await run()).toBe('up-to-date');
    expect(behaviour.requests).toHaveLength(2);
  });
});
