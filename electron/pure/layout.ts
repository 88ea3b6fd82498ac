/**
 * Where the built app's parts sit, relative to the app folder (the repository
 * in development, app.asar when packaged) and to the resources folder. Shared
 * by the main process, the build config and the packaging tests.
 */

/** Built renderer (vite.config.ts `build.outDir`). */
export const APP_SHELL_DIR = ['dist', 'renderer'] as const;
/** Bundled main and preload (vite.electron.config.ts). */
export const ELECTRON_BUILD_DIR = 'dist-electron';
export const MAIN_BUNDLE = 'main.cjs';
export const PRELOAD_BUNDLE = 'preload.cjs';
/** The pack worker (electron/pack-worker.ts), started with utilityProcess.fork. */
export const PACK_WORKER_BUNDLE = 'pack-worker.cjs';
/** The asset pack: `<app>/pack` in development, `<resources>/pack` when packaged. */
export const PACK_DIR_NAME = 'pack';
