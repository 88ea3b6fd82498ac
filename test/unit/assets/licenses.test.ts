/**
 * The licence list the About dialog shows is complete and current: every
 * runtime dependency and every library the renderer or main imports is in
 * it with a licence, and it matches what node_modules says today.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLicenses, type LicenseEntry } from '../../../assets/licenses/collect';

const root = path.resolve(import.meta.dirname, '../../..');
const listed = JSON.parse(
  readFileSync(path.join(root, 'renderer/about/licenses.json'), 'utf8'),
) as LicenseEntry[];

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(root, dir, f));
}

/** Packages imported for their code (not `import type`) by these files. */
function importedPackages(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^'.][^']*)'/gms)) {
      const spec = match[1]!;
      if (spec.startsWith('node:') || spec === 'electron') continue;
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : spec.split('/')[0]!;
      found.add(name);
    }
  }
  return found;
}

const names = new Set(listed.map((e) => e.name));

describe('renderer/about/licenses.json', () => {
  it('lists every package.json dependency with a licence', () => {
    const deps = Object.keys(
      (
        JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    expect(deps.length).toBeGreaterThan(0);
    for (const dep of deps) expect(names, dep).toContain(dep);
  });

  it('lists every library the renderer and the Electron side import', () => {
    const imported = importedPackages([
      ...sources('renderer'),
      ...sources('electron/main'),
      ...sources('electron/node'),
      ...sources('electron/ipc'),
      path.join(root, 'electron/main.ts'),
    ]);
    // A few this test must find, written by hand: if the scan broke, it would find none.
    for (const known of ['react', 'three', 'i18next', 'zustand', 'zod', 'electron-log']) {
      expect(imported).toContain(known);
    }
    for (const name of imported) expect(names, name).toContain(name);
  });

  it('gives every entry a name, a version and a licence', () => {
    for (const entry of listed) {
      expect(entry.version, entry.name).toMatch(/^\d+\.\d+\.\d+/);
      expect(entry.license, entry.name).toMatch(/^[\w.()+ -]+$/);
      expect(entry.license, entry.name).not.toBe('UNKNOWN');
    }
  });

  it('is what `npm run licenses` writes from node_modules today', () => {
    expect(listed).toEqual(collectLicenses(root));
  });
});
