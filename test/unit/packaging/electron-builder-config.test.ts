import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePackDirs } from '../../../electron/node/pack-dir';
import { APP_SHELL_DIR, ELECTRON_BUILD_DIR, MAIN_BUNDLE } from '../../../electron/pure/layout';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const silentDebugLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<
  typeof validateConfiguration
>[1];

type PackageJson = {
  main: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

let config: Configuration;
let pkg: PackageJson;

beforeAll(async () => {
  config = await getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);
  pkg = JSON.parse(await fs.readFile(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
});

function targetNames(platform: 'linux' | 'win' | 'mac'): string[] {
  const target = config[platform]?.target;
  const list = Array.isArray(target) ? target : target == null ? [] : [target];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

/** The `files` patterns as plain strings. */
function filePatterns(): string[] {
  const files = config.files;
  const list = Array.isArray(files) ? files : files == null ? [] : [files];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const filter = entry.filter;
    return Array.isArray(filter) ? filter : filter == null ? [] : [filter];
  });
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, silentDebugLogger)).resolves.toBeUndefined();
  });

  it('and that validation does reject a broken config', async () => {
    const broken = { ...config, linux: { ...config.linux, notAnOption: true } } as Configuration;
    await expect(validateConfiguration(broken, silentDebugLogger)).rejects.toThrow(
      /configuration\.linux/,
    );
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.farside.app');
    expect(config.productName).toBe('Farside');
    expect(config.asar).toBe(true);
  });

  it('builds AppImage + deb, NSIS and DMG with store categories', () => {
    expect(targetNames('linux').sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Science');
    expect(targetNames('win')).toEqual(['nsis']);
    expect(targetNames('mac')).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.education');
  });

  it('packages only the built renderer, the bundles and package.json', () => {
    const includes = filePatterns().filter((p) => !p.startsWith('!'));
    expect(includes.sort()).toEqual(
      [`${APP_SHELL_DIR.join('/')}/**`, `${ELECTRON_BUILD_DIR}/**`, 'package.json'].sort(),
    );
    expect(pkg.main).toBe(`${ELECTRON_BUILD_DIR}/${MAIN_BUNDLE}`);
  });

  it('does not write installers into dist/, which holds the renderer', () => {
    expect(config.directories?.output).toBe('release');
  });

  it('ships the starter pack to <resources>/pack, where the packaged app looks', () => {
    const resources = Array.isArray(config.extraResources) ? config.extraResources : [];
    const pack = resources.find(
      (r) => typeof r === 'object' && r !== null && r.from === 'dist/starter-pack',
    );
    expect(pack).toMatchObject({ from: 'dist/starter-pack', to: 'pack' });
    // `npm run dist` builds exactly that folder from the starter kit.
    expect(pkg.scripts.dist).toContain('--starter --out dist/starter-pack');
    const to = (pack as { to: string }).to;
    const resourcesPath = path.resolve('/opt/Farside/resources');
    const dirs = resolvePackDirs({ mode: 'packaged', resourcesPath, userDataPath: '/u', env: {} });
    expect(dirs.candidates).toContain(path.join(resourcesPath, to));
    expect(dirs.writeDir.startsWith(resourcesPath)).toBe(false);
    const kit = resources.find(
      (r) => typeof r === 'object' && r !== null && r.from === 'assets/starter',
    ) as { to: string } | undefined;
    expect(dirs.starterKitDir).toBe(path.join(resourcesPath, kit!.to));
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('package.json for packaging', () => {
  it('keeps electron out of runtime dependencies, pinned exactly in devDependencies', () => {
    expect(pkg.dependencies?.electron).toBeUndefined();
    expect(pkg.devDependencies?.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has one runtime dependency, sharp, for the pack worker; everything else is bundled or built', () => {
    // main, preload and the worker are bundled (vite.electron.config.ts keeps
    // only sharp external, for the worker); the renderer is built by Vite.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['sharp']);
    expect(pkg.dependencies?.sharp).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies?.sharp).toBeUndefined();
  });

  it('unpacks sharp and its platform binaries from the asar (native code cannot load from it)', () => {
    const unpack = Array.isArray(config.asarUnpack) ? config.asarUnpack : [config.asarUnpack];
    expect(unpack).toEqual(
      expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']),
    );
  });
});
