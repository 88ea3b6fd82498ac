/** Where the app's parts are on disk, in development and when packaged. */
import * as path from 'node:path';
import { app } from 'electron';
import { resolvePackDirs, type PackDirs } from '../node/pack-dir';
import { APP_SHELL_DIR, ELECTRON_BUILD_DIR, PRELOAD_BUNDLE } from '../pure/layout';

export type AppPaths = {
  /** Built renderer: `<app>/dist/renderer` (inside the asar when packaged). */
  appRoot: string;
  /** Where the pack may be (starter in resources, downloads in user data) and where upgrades go. */
  packDirs: PackDirs;
  /** Bundled preload next to main: `<app>/dist-electron/preload.cjs`. */
  preload: string;
};

export function resolveAppPaths(): AppPaths {
  const appPath = app.getAppPath();
  return {
    appRoot: path.join(appPath, ...APP_SHELL_DIR),
    packDirs: resolvePackDirs(
      app.isPackaged
        ? {
            mode: 'packaged',
            resourcesPath: process.resourcesPath,
            userDataPath: app.getPath('userData'),
            env: process.env,
          }
        : { mode: 'development', repoRoot: appPath, env: process.env },
    ),
    preload: path.join(appPath, ELECTRON_BUILD_DIR, PRELOAD_BUNDLE),
  };
}
