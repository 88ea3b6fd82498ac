/** Start-up weight: the built JS and CSS, raw and gzip (level 9, as a server would send it). */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileWeight {
  /** Path relative to the built folder, with forward slashes. */
  path: string;
  raw: number;
  gzip: number;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

export async function builtWeights(dir: string): Promise<FileWeight[]> {
  const files = (await walk(dir)).filter((f) => /\.(js|css)$/.test(f));
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      return {
        path: relative(dir, file).split('\\').join('/'),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    }),
  );
}

export function total(weights: readonly FileWeight[], ext: 'js' | 'css') {
  const picked = weights.filter((w) => w.path.endsWith(`.${ext}`));
  return {
    raw: picked.reduce((n, w) => n + w.raw, 0),
    gzip: picked.reduce((n, w) => n + w.gzip, 0),
  };
}

/** gzip bytes of the scripts a page fetched (URL paths as the page saw them). */
export function gzipOfScripts(weights: readonly FileWeight[], urlPaths: readonly string[]): number {
  let sum = 0;
  for (const p of new Set(urlPaths)) {
    const match = weights.find((w) => p.endsWith(`/${w.path}`));
    if (match) sum += match.gzip;
  }
  return sum;
}
