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

/** The built files behind the scripts a page fetched (URL paths as the page saw them). */
export function scriptFiles(weights: readonly FileWeight[], urlPaths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of new Set(urlPaths)) {
    const match = weights.find((w) => p.endsWith(`/${w.path}`));
    if (match) files.push(match.path);
  }
  return files;
}

/** gzip bytes of the scripts a page fetched (URL paths as the page saw them). */
export function gzipOfScripts(weights: readonly FileWeight[], urlPaths: readonly string[]): number {
  const files = new Set(scriptFiles(weights, urlPaths));
  return weights.filter((w) => files.has(w.path)).reduce((n, w) => n + w.gzip, 0);
}

export interface PackageWeight {
  /** npm package (`three`, `@react-three/fiber`), or the app's top folder (`renderer/ui`). */
  source: string;
  raw: number;
  /** gzip of that package's code alone: a share, not additive to the file's gzip. */
  gzip: number;
}

/** The package or app folder a source-map path belongs to. */
function sourceGroup(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const app = /(?:^|\/)((?:renderer|assets|electron)\/[^/]+)/.exec(source);
  return app ? app[1]!.replace(/\.[jt]sx?$/, '') : '(bundler)';
}

/**
 * What the given built scripts are made of, per package, from their source
 * maps: each generated character is counted to the source it maps to.
 */
export async function composition(dir: string, files: readonly string[]): Promise<PackageWeight[]> {
  const { SourceMapConsumer } = await import('source-map-js');
  const code = new Map<string, string[]>();
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    const mapText = await readFile(join(dir, `${file}.map`), 'utf8').catch(() => null);
    if (mapText === null) {
      // The bundler's own small runtime chunk has no map.
      code.set('(no source map)', [...(code.get('(no source map)') ?? []), text]);
      continue;
    }
    const map = new SourceMapConsumer(JSON.parse(mapText));
    const lines = text.split('\n');
    const spans: { line: number; column: number; source: string }[] = [];
    map.eachMapping((m) =>
      spans.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '' }),
    );
    spans.sort((a, b) => a.line - b.line || a.column - b.column);
    spans.forEach((span, i) => {
      const next = spans[i + 1];
      const line = lines[span.line - 1] ?? '';
      const end = next && next.line === span.line ? next.column : line.length;
      const group = sourceGroup(span.source);
      const list = code.get(group) ?? [];
      list.push(line.slice(span.column, end));
      code.set(group, list);
    });
  }
  return [...code]
    .map(([source, parts]) => {
      const joined = parts.join('');
      return { source, raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
