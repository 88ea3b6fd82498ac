/**
 * Child-process entry for the large-input test: build a pack from a kit
 * folder with a catalog given as a JSON file, then print the peak RSS.
 * Usage: node --import tsx build-child.ts CATALOG.json KIT_DIR OUT_DIR [ELEVATION_NAME]
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { buildPack } from '../../../assets/tool/build';
import type { KitCatalog } from '../../../assets/tool/catalog';
import { stderrLogger } from '../../../assets/tool/log';

const [catalogFile, kitDir, outDir, elevation] = process.argv.slice(2);
sharp.cache(false);
const catalog = JSON.parse(await readFile(catalogFile!, 'utf8')) as KitCatalog;
const started = performance.now();
const result = await buildPack({
  catalog,
  source: { kind: 'folder', dir: kitDir! },
  outDir: outDir!,
  choice: { elevation },
  log: stderrLogger,
});
const seconds = (performance.now() - started) / 1000;
// resourceUsage().maxRSS is in kilobytes.
process.stdout.write(
  JSON.stringify({ result, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }),
);
