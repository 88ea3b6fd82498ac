/**
 * `npm run assets`: build the asset pack from a kit folder or NASA
 * downloads. Progress on stderr; any failure is one line and exit 1.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parseCliArgs, USAGE } from './tool/args';
import { buildPack } from './tool/build';
import { KIT_CATALOG } from './tool/catalog';
import { oneLine } from './tool/errors';
import { stderrLogger } from './tool/log';
import type { SourceSpec } from './tool/sources/resolve';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<void> {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Each image is decoded once; libvips' operation cache would only hold memory.
  sharp.cache(false);
  const from = options.from ?? process.env.MOON_KIT_DIR;
  const source: SourceSpec =
    from !== undefined && from !== ''
      ? { kind: 'folder', dir: resolve(from) }
      : {
          kind: 'download',
          cacheDir: resolve(options.cache ?? resolve(repoRoot, '.cache/moonkit')),
        };
  await buildPack({
    catalog: KIT_CATALOG,
    source,
    outDir: resolve(options.out ?? resolve(repoRoot, 'pack')),
    choice: { color: options.color, elevation: options.elevation },
    ifMissing: options.ifMissing,
    log: stderrLogger,
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`assets: error: ${oneLine(error)}\n`);
  process.exitCode = 1;
});
