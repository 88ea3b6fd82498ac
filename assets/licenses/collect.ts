/**
 * The libraries shipped inside Farside and their licences, read from each
 * package's own package.json in node_modules: the roots (what the app
 * imports at run time) and everything they depend on. The About dialog
 * shows the result (renderer/about/licenses.json, written by
 * `npm run licenses`); test/unit/assets/licenses.test.ts checks it is
 * complete and current.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export type LicenseEntry = { name: string; version: string; license: string };

/**
 * Bundled into the renderer or main by Vite (devDependencies, since the
 * packaged app carries only the bundles), plus package.json `dependencies`.
 */
export const BUNDLED_ROOTS = [
  '@react-three/drei',
  '@react-three/fiber',
  'astronomy-engine',
  'electron-log',
  'i18next',
  'minisearch',
  'react',
  'react-dom',
  'react-i18next',
  'three',
  'zod',
  'zustand',
] as const;

type PackageJson = {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  dependencies?: Record<string, string>;
};

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** Node's lookup: node_modules beside `fromDir`, then in each parent up to `root`. */
function resolvePackageDir(name: string, fromDir: string, root: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.resolve(dir) === path.resolve(root)) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** A package.json without a licence field: the heading of its LICENSE file, when it is a known one. */
const LICENSE_HEADINGS: [RegExp, string][] = [
  [/^MIT License\b/i, 'MIT'],
  [/^ISC License\b/i, 'ISC'],
  [/^Apache License\b/i, 'Apache-2.0'],
];

function licenseOf(pkg: PackageJson, dir: string): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  const types = (pkg.licenses ?? []).map((l) => l.type).filter(Boolean);
  if (types.length > 0) return `(${types.join(' OR ')})`;
  for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt']) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    const heading = readFileSync(full, 'utf8').trim().split('\n')[0] ?? '';
    const known = LICENSE_HEADINGS.find(([re]) => re.test(heading.trim()));
    if (known) return known[1];
  }
  return 'UNKNOWN';
}

/** Every package reachable from the roots through `dependencies` (not `@types/*`), sorted by name and version. */
export function collectLicenses(repoRoot: string): LicenseEntry[] {
  const own = readPackage(repoRoot);
  const roots = [...Object.keys(own.dependencies ?? {}), ...BUNDLED_ROOTS];
  const found = new Map<string, LicenseEntry>();
  const queue: { name: string; from: string }[] = roots.map((name) => ({ name, from: repoRoot }));
  while (queue.length > 0) {
    const { name, from } = queue.shift()!;
    // Type declarations are read by the compiler and never bundled.
    if (name.startsWith('@types/')) continue;
    const dir = resolvePackageDir(name, from, repoRoot);
    // An optional dependency for another platform is not installed: nothing of it ships here.
    if (dir === null) continue;
    const pkg = readPackage(dir);
    const entry = { name, version: pkg.version ?? '', license: licenseOf(pkg, dir) };
    const key = `${name}@${entry.version}`;
    if (found.has(key)) continue;
    found.set(key, entry);
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir });
  }
  return [...found.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1,
  );
}
