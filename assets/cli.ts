/**
 * `npm run assets`: build the asset pack from a kit folder, the committed
 * starter kit, or NASA downloads. Progress on stderr; any failure is one
 * line and exit 1.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { resolvePackDirs } from './tool/pack-dir';
import { parseCliArgs, USAGE, type CliOptions } from './tool/args';
import { buildPack } from './tool/build';
import { KIT_CATALOG } from './tool/catalog';
import { AssetError, oneLine } from './tool/errors';
import { stderrLogger } from './tool/log';
import type { SourceSpec } from './tool/sources/resolve';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * `--from`/`$MOON_KIT_DIR` first; `--starter`, or `--if-missing` with no
 * kit named (a first run: the Moon at once, offline); else a download.
 */
function sourceFor(options: CliOptions, starterKitDir: string, cacheDir: string): SourceSpec {
  const from = options.from ?? process.env.MOON_KIT_DIR;
  const named = from !== undefined && from.trim() !== '';
  if (options.starter && named)
    throw new AssetError('--starter and --from/MOON_KIT_DIR exclude each other');
  if (named) return { kind: 'folder', dir: resolve(from) };
  if (options.starter || options.ifMissing) return { kind: 'folder', dir: starterKitDir };
  return { kind: 'download', cacheDir: resolve(options.cache ?? cacheDir) };
}

async function main(argv: string[]): Promise<void> {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Each image is decoded once; libvips' operation cache would only hold memory.
  sharp.cache(false);
  const dirs = resolvePackDirs({
    mode: 'development',
    flag: options.out,
    env: process.env,
    repoRoot,
  });
  await buildPack({
    catalog: KIT_CATALOG,
    source: sourceFor(options, dirs.starterKitDir, dirs.cacheDir),
    outDir: dirs.writeDir,
    choice: { color: options.color, elevation: options.elevation },
    ifMissing: options.ifMissing,
    log: stderrLogger,
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // The app words its own advice; the command line's is about the command line.
  const network = error instanceof AssetError && error.problem === 'offline';
  const hint = network ? '; run again to resume, or use --from DIR with the kit files' : '';
  process.stderr.write(`assets: error: ${oneLine(error)}${hint}\n`);
  process.exitCode = 1;
});
