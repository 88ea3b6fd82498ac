/**
 * The host's side of "Get sharper Moon data" with the real pack worker in a
 * child process (child_process.fork of electron/pack-worker.ts, the same
 * code Electron starts with utilityProcess): the offer, a download that
 * swaps the served pack, Cancel, a crashed worker, and what an installed
 * app never shows (npm commands).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../../assets/tool/build';
import type { PackDirs } from '../../../../assets/tool/pack-dir';
import { forkPackWorker } from '../../../../electron/node/fork-pack-worker';
import { PackHost } from '../../../../electron/node/pack-host';
import type { PackWorker } from '../../../../electron/node/pack-worker';
import { UpgradeService } from '../../../../electron/node/upgrade-service';
import { startKitServer } from '../../../support/kit-server';
import { silentLogger } from '../../../support/silent-logger';
import { writeSyntheticKit, type SyntheticKit } from '../../../support/synthetic-kit';

let work: string;
let kit: SyntheticKit;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'farside-upgrade-service-'));
  kit = await writeSyntheticKit(join(work, 'kit'), {
    colorWidth: 1024,
    demWidth: 128,
    demHeight: 64,
  });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

let caseNo = 0;
async function host(mode: PackDirs['mode'] = 'development'): Promise<PackHost> {
  const root = join(work, `case-${++caseNo}`);
  const packDir = join(root, 'pack');
  await buildPack({
    catalog: kit.catalog,
    source: { kind: 'folder', dir: kit.dir },
    choice: { color: kit.names.colorJpeg, elevation: kit.names.demFloat },
    outDir: packDir,
    log: silentLogger,
  });
  return PackHost.open({
    mode,
    candidates: [packDir],
    writeDir: packDir,
    cacheDir: join(root, 'cache'),
    starterKitDir: kit.dir,
  });
}

async function waitForEnd(service: UpgradeService) {
  await service.settled();
  return service.state();
}

describe('UpgradeService with the real pack worker', () => {
  it('offers only sharper files, with sizes; a checkout also gets the commands', async () => {
    const pack = await host();
    const service = new UpgradeService({
      pack,
      catalog: kit.catalog,
      startWorker: forkPackWorker,
      downloads: true,
      canChooseFolder: true,
      baseUrl: 'http://127.0.0.1:9',
    });
    const offer = await service.offer();
    // Same width as the JPEG on screen: nothing sharper in color; relief neither.
    expect(offer.items).toEqual([]);
    expect(offer.commands.map((c) => c.command)).toContain('npm run assets');
  });

  it('an installed app offers no npm command anywhere', async () => {
    const service = new UpgradeService({
      pack: await host('packaged'),
      catalog: kit.catalog,
      startWorker: forkPackWorker,
      downloads: true,
      canChooseFolder: true,
    });
    const offer = await service.offer();
    expect(JSON.stringify(offer)).not.toMatch(/npm/);
  });

  it('downloads in the child process, then serves the new pack', async () => {
    const pack = await host();
    const before = await pack.status();
    const server = await startKitServer(kit.dir);
    try {
      const service = new UpgradeService({
        pack,
        catalog: kit.catalog,
        startWorker: forkPackWorker,
        downloads: true,
        canChooseFolder: false,
        baseUrl: server.url,
        retryDelayMs: 0,
      });
      const started = await service.start({ elevation: kit.names.demUint });
      expect(started).toMatchObject({ phase: 'downloading', run: 1 });
      const end = await waitForEnd(service);
      expect(end).toMatchObject({ phase: 'done', problem: null, run: 1 });
      const after = await pack.status();
      expect(before.state === 'ready' && before.manifest.sources.map((s) => s.name)).toContain(
        kit.names.demFloat,
      );
      expect(after.state === 'ready' && after.manifest.sources.map((s) => s.name).sort()).toEqual(
        [kit.names.colorJpeg, kit.names.demUint].sort(),
      );
    } finally {
      await server.close();
    }
  });

  it('Cancel stops a slow download; the pack served stays the same', async () => {
    const pack = await host();
    const before = JSON.stringify(await pack.status());
    const bytes = kit.catalog.find((e) => e.name === kit.names.colorTiff)!.bytes!;
    const server = await startKitServer(kit.dir, {
      slow: { chunkBytes: Math.ceil(bytes / 50), pauseMs: 100 },
    });
    try {
      const service = new UpgradeService({
        pack,
        catalog: kit.catalog,
        startWorker: forkPackWorker,
        downloads: true,
        canChooseFolder: false,
        baseUrl: server.url,
      });
      await service.start({ color: kit.names.colorTiff });
      await expect.poll(() => service.state().doneBytes, { timeout: 30_000 }).toBeGreaterThan(0);
      service.cancel();
      expect(await waitForEnd(service)).toMatchObject({ phase: 'cancelled' });
      expect(JSON.stringify(await pack.status())).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('a worker that dies without an answer is a failure, never a hang', async () => {
    let exit: ((code: number | null) => void) | undefined;
    const dying: PackWorker = {
      send: () => setTimeout(() => exit?.(1), 10),
      onMessage: () => {},
      onExit: (listener) => (exit = listener),
      kill: () => {},
    };
    const service = new UpgradeService({
      pack: await host(),
      catalog: kit.catalog,
      startWorker: () => dying,
      downloads: true,
      canChooseFolder: true,
    });
    await service.startFromFolder(kit.dir);
    expect(await waitForEnd(service)).toMatchObject({ phase: 'failed', problem: 'other' });
  });
});
