/**
 * The "Get sharper Moon data" job end to end against a local HTTP server
 * standing in for NASA: progress, resume after a cut connection, cancel,
 * a file that is not the original, a full disk and an unwritable folder.
 * After every failure the pack that was there is byte-for-byte the same.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { UpgradeProgress } from '../../../assets/tool/upgrade';
import { buildPack } from '../../../assets/tool/build';
import { checkPack } from '../../../assets/tool/pack-check';
import { runUpgradeJob, type UpgradeJob } from '../../../assets/tool/upgrade-job';
import type { PackManifest } from '../../../assets/format/manifest';
import { startKitServer, type KitServerOptions } from '../../support/kit-server';
import { silentLogger } from '../../support/silent-logger';
import { writeSyntheticKit, type SyntheticKit } from '../../support/synthetic-kit';

let work: string;
let kit: SyntheticKit;
let servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'farside-upgrade-job-'));
  kit = await writeSyntheticKit(join(work, 'kit'), {
    colorWidth: 1024,
    demWidth: 128,
    demHeight: 64,
  });
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function serve(options?: KitServerOptions) {
  const server = await startKitServer(kit.dir, options);
  servers.push(server);
  return server;
}

/** Everything in a folder, name → SHA-256 of its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    out.set(
      name,
      createHash('sha256')
        .update(await readFile(join(dir, name)))
        .digest('hex'),
    );
  }
  return out;
}

let caseNo = 0;
/** A fresh "installed" pack (the synthetic JPEG color, float relief) and the folders of one case. */
async function setUp(): Promise<{
  root: string;
  packDir: string;
  cacheDir: string;
  current: PackManifest;
}> {
  const root = join(work, `case-${++caseNo}`);
  const packDir = join(root, 'data', 'pack');
  await buildPack({
    catalog: kit.catalog,
    source: { kind: 'folder', dir: kit.dir },
    choice: { color: kit.names.colorJpeg, elevation: kit.names.demFloat },
    outDir: packDir,
    log: silentLogger,
  });
  const check = await checkPack(packDir);
  if (!check.ok) throw new Error(check.reason);
  return { root, packDir, cacheDir: join(root, 'cache'), current: check.manifest };
}

function job(
  s: { packDir: string; cacheDir: string; current: PackManifest },
  baseUrl: string,
  extra: Partial<Extract<UpgradeJob, { kind: 'download' }>> = {},
): UpgradeJob {
  return {
    kind: 'download',
    catalog: kit.catalog,
    current: s.current,
    cacheDir: s.cacheDir,
    starterKitDir: kit.dir,
    outDir: s.packDir,
    choice: { color: kit.names.colorTiff },
    baseUrl,
    attempts: 2,
    retryDelayMs: 0,
    ...extra,
  };
}

const colorBytes = () => kit.catalog.find((e) => e.name === kit.names.colorTiff)!.bytes!;

describe('upgrade job', () => {
  it('downloads with progress up to the published size, builds and swaps the new pack in', async () => {
    const s = await setUp();
    const server = await serve({ slow: { chunkBytes: Math.ceil(colorBytes() / 16), pauseMs: 1 } });
    const progress: UpgradeProgress[] = [];
    const outcome = await runUpgradeJob(job(s, server.url), new AbortController().signal, (p) =>
      progress.push(p),
    );
    expect(outcome).toEqual({ type: 'done', result: 'built' });
    const downloads = progress.filter((p) => p.step === 'download');
    expect(downloads.length).toBeGreaterThan(3);
    const done = downloads.map((p) => p.doneBytes);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(downloads.at(-1)).toMatchObject({ doneBytes: colorBytes(), totalBytes: colorBytes() });
    expect(progress.at(-1)).toEqual({ step: 'build' });
    const check = await checkPack(s.packDir);
    expect(check.ok && check.manifest.sources.map((x) => x.name).sort()).toEqual(
      // The chosen color; the relief kept from the pack that was there.
      [kit.names.colorTiff, kit.names.demFloat].sort(),
    );
  });

  it('resumes a cut transfer with a Range request from where it stopped', async () => {
    const s = await setUp();
    const cutAt = Math.floor(colorBytes() / 2);
    // A slow link cut half-way: the bytes that arrived before the cut are kept.
    const slow = { chunkBytes: Math.ceil(colorBytes() / 16), pauseMs: 10 };
    const server = await serve({ cutAfterBytes: cutAt, slow });
    const outcome = await runUpgradeJob(job(s, server.url), new AbortController().signal, () => {});
    expect(outcome).toEqual({ type: 'done', result: 'built' });
    const asked = server.requests.filter((r) => r.name === kit.names.colorTiff);
    expect(asked).toHaveLength(2);
    expect(asked[0]!.range).toBeNull();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(asked[1]!.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(cutAt);
    const cached = await readFile(join(s.cacheDir, kit.names.colorTiff));
    expect(cached.equals(await readFile(join(kit.dir, kit.names.colorTiff)))).toBe(true);
  });

  it('cancel stops the download, keeps the partial file and the old pack; the next run resumes', async () => {
    const s = await setUp();
    const before = await snapshot(s.packDir);
    const chunkBytes = Math.ceil(colorBytes() / 16);
    const server = await serve({ slow: { chunkBytes, pauseMs: 20 } });
    const abort = new AbortController();
    const outcome = await runUpgradeJob(job(s, server.url), abort.signal, (p) => {
      if (p.step === 'download' && p.doneBytes >= 2 * chunkBytes) abort.abort();
    });
    expect(outcome).toEqual({ type: 'cancelled' });
    expect(await snapshot(s.packDir)).toEqual(before);
    const part = await lstat(join(s.cacheDir, `${kit.names.colorTiff}.part`));
    // Progress counts bytes received; a chunk still on its way to the disk when
    // the cancel lands is dropped (the resume below asks for it again), so only
    // what was received well before the cancel (20 ms between chunks) must be kept.
    expect(part.size).toBeGreaterThanOrEqual(chunkBytes);
    expect(part.size).toBeLessThan(colorBytes());

    const again = await serve();
    const resumed = await runUpgradeJob(job(s, again.url), new AbortController().signal, () => {});
    expect(resumed).toEqual({ type: 'done', result: 'built' });
    expect(again.requests[0]).toEqual({ name: kit.names.colorTiff, range: `bytes=${part.size}-` });
  });

  it('refuses a file that is not the original (same size, one byte changed): old pack intact', async () => {
    const s = await setUp();
    const before = await snapshot(s.packDir);
    const bytes = new Uint8Array(await readFile(join(kit.dir, kit.names.colorTiff)));
    bytes[bytes.length >> 1]! ^= 0xff;
    const server = await serve({ replace: { [kit.names.colorTiff]: bytes } });
    const outcome = await runUpgradeJob(job(s, server.url), new AbortController().signal, () => {});
    expect(outcome).toMatchObject({ type: 'failed', problem: 'verify' });
    expect(outcome.type === 'failed' && outcome.detail).toMatch(/SHA-256/);
    expect(await snapshot(s.packDir)).toEqual(before);
    // Nothing unverified is kept for a later run to trust.
    expect(await readdir(s.cacheDir)).toEqual([]);
  });

  it('a full disk (writes to /dev/full fail with ENOSPC) is named as such: old pack intact', async () => {
    const s = await setUp();
    const before = await snapshot(s.packDir);
    await mkdir(s.cacheDir, { recursive: true });
    await symlink('/dev/full', join(s.cacheDir, `${kit.names.colorTiff}.part`));
    const server = await serve();
    const outcome = await runUpgradeJob(job(s, server.url), new AbortController().signal, () => {});
    expect(outcome).toMatchObject({ type: 'failed', problem: 'diskFull' });
    expect(outcome.type === 'failed' && outcome.detail).toMatch(/ENOSPC/);
    expect(await snapshot(s.packDir)).toEqual(before);
  });

  it('a data folder that cannot be written is named as such: old pack intact', async () => {
    const s = await setUp();
    const before = await snapshot(s.packDir);
    const parent = join(s.root, 'data');
    // Root ignores permission bits but not the immutable attribute.
    execFileSync('chattr', ['+i', parent]);
    try {
      const server = await serve();
      const outcome = await runUpgradeJob(
        job(s, server.url),
        new AbortController().signal,
        () => {},
      );
      expect(outcome).toMatchObject({ type: 'failed', problem: 'unwritable' });
      expect(await snapshot(s.packDir)).toEqual(before);
    } finally {
      execFileSync('chattr', ['-i', parent]);
    }
  });

  it('no network at all (nothing listening) is reported as offline: old pack intact', async () => {
    const s = await setUp();
    const before = await snapshot(s.packDir);
    const server = await serve();
    const url = server.url;
    await server.close();
    servers = [];
    const outcome = await runUpgradeJob(job(s, url), new AbortController().signal, () => {});
    expect(outcome).toMatchObject({ type: 'failed', problem: 'offline' });
    expect(await snapshot(s.packDir)).toEqual(before);
  });

  it('kit files from a folder: the best of each kind found there, or a clear refusal', async () => {
    const s = await setUp();
    const folder = { ...job(s, ''), kind: 'folder' as const, dir: kit.dir };
    const built = await runUpgradeJob(folder, new AbortController().signal, () => {});
    expect(built).toEqual({ type: 'done', result: 'built' });
    const check = await checkPack(s.packDir);
    expect(check.ok && check.manifest.sources.map((x) => x.name).sort()).toEqual(
      [kit.names.colorTiff, kit.names.demUint].sort(),
    );
    const before = await snapshot(s.packDir);
    const empty = join(s.root, 'empty');
    await mkdir(empty);
    const refused = await runUpgradeJob(
      { ...folder, dir: empty },
      new AbortController().signal,
      () => {},
    );
    expect(refused).toMatchObject({ type: 'failed', problem: 'notKit' });
    expect(await snapshot(s.packDir)).toEqual(before);
  });
});
