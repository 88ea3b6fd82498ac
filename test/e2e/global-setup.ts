/**
 * Builds the pack the suite looks at and starts web mode on loopback:
 *  - with MOON_KIT_DIR set (CI sets it to ../shared/moonkit): the real NASA
 *    kit through the real CLI, and the real-data checks run;
 *  - without it: a synthetic kit (test/support/synthetic-kit.ts) through the
 *    same build code, and the real-data checks say they were left out.
 * Servers for the pack, no pack at all, a pack with a broken manifest, a
 * pack with a truncated elevation file and one with a flipped byte in its
 * best color level (and the kiosk and upgrade ones).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { buildPack } from '../../assets/tool/build';
import { silentLogger } from '../support/silent-logger';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { writeSyntheticKit } from '../support/synthetic-kit';
import { startKioskServers } from './support/kiosk-servers';
import { startKitServer } from '../support/kit-server';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.cache/e2e');

export default async function globalSetup(): Promise<() => Promise<void>> {
  const appRoot = join(root, 'dist/renderer');
  if (!existsSync(join(appRoot, 'index.html'))) {
    throw new Error('dist/renderer is not built: run `npm run build` before the end-to-end suite.');
  }
  const kitDir = process.env.MOON_KIT_DIR;
  const packRoot = join(work, kitDir ? 'pack-real' : 'pack-synthetic');
  if (kitDir) {
    // The real CLI, as a user runs it; idempotent, so reruns are quick.
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'assets/cli.ts'), '--from', kitDir, '--out', packRoot],
      { stdio: 'inherit', cwd: root },
    );
  } else {
    const synthetic = join(work, 'synthetic-kit');
    const kit = await writeSyntheticKit(synthetic, { demWidth: 720, demHeight: 360 });
    await buildPack({
      catalog: kit.catalog,
      source: { kind: 'folder', dir: synthetic },
      outDir: packRoot,
      log: silentLogger,
    });
  }
  const emptyRoot = join(work, 'no-pack');
  await rm(emptyRoot, { recursive: true, force: true });
  const brokenRoot = join(work, 'broken-pack');
  await mkdir(brokenRoot, { recursive: true });
  await writeFile(join(brokenRoot, 'manifest.json'), '{"format": "farside-pack", "version": 1');

  // A pack whose elevation file lost its tail (as a full disk or a killed copy leaves it).
  const truncatedRoot = join(work, 'truncated-pack');
  await rm(truncatedRoot, { recursive: true, force: true });
  await cp(packRoot, truncatedRoot, { recursive: true });
  const manifest = JSON.parse(await readFile(join(packRoot, 'manifest.json'), 'utf8')) as {
    elevation: { file: string; bytes: number };
  };
  await truncate(join(truncatedRoot, manifest.elevation.file), manifest.elevation.bytes >> 1);

  // A pack whose best color level has one byte flipped in place (same size:
  // only its SHA-256 gives it away), for test/e2e/broken-data.spec.ts.
  const flippedRoot = join(work, 'flipped-color-pack');
  await rm(flippedRoot, { recursive: true, force: true });
  await cp(packRoot, flippedRoot, { recursive: true });
  const levels = (
    JSON.parse(await readFile(join(packRoot, 'manifest.json'), 'utf8')) as {
      color: { levels: { file: string }[] };
    }
  ).color.levels;
  const bestPath = join(flippedRoot, levels[levels.length - 1]!.file);
  const best = await readFile(bestPath);
  best[best.length >> 1] = best[best.length >> 1]! ^ 0xff;
  await writeFile(bestPath, best);

  // A fresh checkout: no kit, no network needed: `npm run web` builds the starter pack.
  const starterRoot = join(work, 'pack-starter');
  await rm(starterRoot, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'assets/cli.ts'), '--if-missing', '--out', starterRoot],
    { stdio: 'inherit', cwd: root, env: { ...process.env, MOON_KIT_DIR: '' } },
  );

  const servers: WebServer[] = [];
  // Two servers keep a log file (--log-file), for test/e2e/logs.spec.ts.
  const logs = join(work, 'logs');
  await rm(logs, { recursive: true, force: true });
  process.env.FARSIDE_E2E_LOG_FILE = join(logs, 'web.log');
  process.env.FARSIDE_E2E_FLIPPED_LOG_FILE = join(logs, 'flipped-color.log');
  const serve = async (packDir: string, logFile: string | null = null) => {
    const server = await startWebServer({
      appRoot,
      packRoot: packDir,
      port: 0,
      host: '127.0.0.1',
      logFile,
    });
    servers.push(server);
    return server.url;
  };
  process.env.FARSIDE_E2E_URL = await serve(packRoot, process.env.FARSIDE_E2E_LOG_FILE);
  process.env.FARSIDE_E2E_NO_PACK_URL = await serve(emptyRoot);
  process.env.FARSIDE_E2E_BROKEN_PACK_URL = await serve(brokenRoot);
  process.env.FARSIDE_E2E_TRUNCATED_PACK_URL = await serve(truncatedRoot);
  process.env.FARSIDE_E2E_FLIPPED_COLOR_URL = await serve(
    flippedRoot,
    process.env.FARSIDE_E2E_FLIPPED_LOG_FILE,
  );
  process.env.FARSIDE_E2E_STARTER_URL = await serve(starterRoot);
  servers.push(...(await startKioskServers(join(work, 'kiosk'), appRoot, packRoot)));

  // In-app upgrade: a starter pack, and the real kit files served by a local HTTP "NASA".
  let closeKit = async () => {};
  if (kitDir) {
    const kit = await startKitServer(kitDir);
    closeKit = kit.close;
    const upgradeRoot = join(work, 'pack-upgrade');
    const upgradeCache = join(work, 'upgrade-cache');
    await rm(upgradeRoot, { recursive: true, force: true });
    await rm(upgradeCache, { recursive: true, force: true });
    await cp(starterRoot, upgradeRoot, { recursive: true });
    const server = await startWebServer({
      appRoot,
      packRoot: upgradeRoot,
      cacheDir: upgradeCache,
      port: 0,
      host: '127.0.0.1',
      upgrade: { baseUrl: kit.url },
    });
    servers.push(server);
    process.env.FARSIDE_E2E_UPGRADE_URL = server.url;
  }

  // In-app upgrade with no network: nothing listens at the kit URL (a port just freed).
  const closedPort = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
  const offlineRoot = join(work, 'pack-offline-upgrade');
  await rm(offlineRoot, { recursive: true, force: true });
  await cp(starterRoot, offlineRoot, { recursive: true });
  const offline = await startWebServer({
    appRoot,
    packRoot: offlineRoot,
    cacheDir: join(work, 'offline-upgrade-cache'),
    port: 0,
    host: '127.0.0.1',
    upgrade: { baseUrl: `http://127.0.0.1:${closedPort}`, attempts: 1 },
  });
  servers.push(offline);
  process.env.FARSIDE_E2E_OFFLINE_UPGRADE_URL = offline.url;
  process.env.FARSIDE_E2E_PACK_DIR = packRoot;
  process.env.FARSIDE_E2E_DATA = kitDir ? 'real' : 'synthetic';
  console.log(
    `end-to-end data: ${kitDir ? `real NASA kit from ${kitDir}` : 'synthetic kit (set MOON_KIT_DIR for the real-data checks)'}`,
  );
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await closeKit();
  };
}
