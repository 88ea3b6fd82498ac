/**
 * Where the asset pack lives: the one resolver every host uses (Electron
 * main, web mode, the asset tool's default output).
 *
 * In order: an explicit flag (`--pack`, `--out`), `$FARSIDE_PACK_DIR`, then
 * by how the app runs. An installed app reads a downloaded pack from its
 * user-data folder and falls back to the starter pack shipped in its
 * resources; it never writes inside the installation. A development checkout
 * reads and writes `<repo>/pack`. Empty or blank values count as unset (an
 * empty variable must never resolve to the current folder).
 */
import * as path from 'node:path';
import type { HostMode } from '../format/pack-status';
/** Same as electron/pure/layout.ts PACK_DIR_NAME (assets/ imports nothing from electron/). */
const PACK_DIR_NAME = 'pack';

export const PACK_DIR_ENV = 'FARSIDE_PACK_DIR';
/** Kit downloads, beside the pack they build. */
export const KIT_CACHE_DIR_NAME = 'moonkit-cache';

export type PackDirInputs = {
  /** A folder named on the command line (`--pack`, `--out`). */
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
} & (
  | {
      mode: 'packaged';
      /** `process.resourcesPath`: extraResources put the starter pack in `<resources>/pack`. */
      resourcesPath: string;
      /** `app.getPath('userData')`: downloaded packs and the kit cache. */
      userDataPath: string;
    }
  | {
      mode: 'development';
      /** The repository root (`app.getAppPath()` under `electron .`). */
      repoRoot: string;
    }
);

export type PackDirs = {
  mode: HostMode;
  /** Folders that may hold the pack, best first: the first ready one is served. */
  candidates: string[];
  /** Where an in-app download builds its pack (never inside the installation). */
  writeDir: string;
  /** Where downloaded kit files are kept (resumable, verified). */
  cacheDir: string;
  /** The committed starter kit (assets/starter; `<resources>/starter-kit` when packaged). */
  starterKitDir: string;
};

/** Where electron-builder's extraResources put the starter kit. */
export const STARTER_KIT_RESOURCE = 'starter-kit';

function named(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function resolvePackDirs(inputs: PackDirInputs): PackDirs {
  const chosen = named(inputs.flag) ?? named(inputs.env[PACK_DIR_ENV]);
  if (inputs.mode === 'packaged') {
    const downloaded = path.join(inputs.userDataPath, PACK_DIR_NAME);
    const cacheDir = path.join(inputs.userDataPath, KIT_CACHE_DIR_NAME);
    const starterKitDir = path.join(inputs.resourcesPath, STARTER_KIT_RESOURCE);
    const shared = { mode: 'packaged' as const, writeDir: downloaded, cacheDir, starterKitDir };
    if (chosen !== null) return { ...shared, candidates: [path.resolve(chosen)] };
    return { ...shared, candidates: [downloaded, path.join(inputs.resourcesPath, PACK_DIR_NAME)] };
  }
  const dir =
    chosen !== null
      ? path.resolve(inputs.repoRoot, chosen)
      : path.join(inputs.repoRoot, PACK_DIR_NAME);
  return {
    mode: 'development',
    candidates: [dir],
    writeDir: dir,
    cacheDir: path.join(inputs.repoRoot, '.cache', 'moonkit'),
    starterKitDir: path.join(inputs.repoRoot, 'assets', 'starter'),
  };
}
