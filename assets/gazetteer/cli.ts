/**
 * `npm run gazetteer`: build renderer/gazetteer/gazetteer.json from the
 * IAU/USGS nomenclature TSV. `--check` rebuilds in memory and fails when the
 * committed file differs (CI runs it through the unit tests too).
 *
 *   npm run gazetteer                       # from ../shared/nomenclature/moon_nomenclature.tsv
 *   npm run gazetteer -- --from file.tsv    # from another copy
 *   npm run gazetteer -- --check
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactGazetteer, serializeGazetteer } from './compact';
import { parseNomenclature } from './parse';

export const DEFAULT_SOURCE = fileURLToPath(
  new URL('../../../shared/nomenclature/moon_nomenclature.tsv', import.meta.url),
);
export const OUTPUT = fileURLToPath(
  new URL('../../renderer/gazetteer/gazetteer.json', import.meta.url),
);

/** The committed file's text for a source file's bytes. */
export function buildGazetteerText(source: Buffer): string {
  const text = source.toString('utf8');
  const { rows, header } = parseNomenclature(text);
  // The header's provenance: the line naming the web source and the extraction paragraph.
  const obtained = header.filter((l) => /data was obtained/i.test(l));
  const extracted = header.findIndex((l) => /^Extracted/.test(l));
  const sourceNote = [...obtained, ...(extracted >= 0 ? header.slice(extracted) : [])]
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
  const sourceSha256 = createHash('sha256').update(source).digest('hex');
  return serializeGazetteer(compactGazetteer(rows, { sourceNote, sourceSha256 }));
}

function main(argv: string[]): number {
  const fromAt = argv.indexOf('--from');
  const from = fromAt >= 0 ? argv[fromAt + 1] : DEFAULT_SOURCE;
  if (!from) {
    console.error('gazetteer: --from needs a file');
    return 2;
  }
  let source: Buffer;
  try {
    source = readFileSync(from);
  } catch {
    console.error(`gazetteer: cannot read ${from} (give the nomenclature TSV with --from)`);
    return 1;
  }
  let text: string;
  try {
    text = buildGazetteerText(source);
  } catch (error) {
    console.error(`gazetteer: ${from}: ${(error as Error).message}`);
    return 1;
  }
  if (argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(OUTPUT, 'utf8');
    } catch {
      // missing counts as different
    }
    if (committed !== text) {
      console.error(`gazetteer: ${OUTPUT} is out of date; run npm run gazetteer`);
      return 1;
    }
    console.log('gazetteer: up to date');
    return 0;
  }
  writeFileSync(OUTPUT, text);
  console.log(`gazetteer: wrote ${OUTPUT}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
