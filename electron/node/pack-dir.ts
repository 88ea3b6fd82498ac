/** Where the asset pack lives for the desktop app. */
import * as path from 'node:path';
import { PACK_DIR_NAME } from '../pure/layout';

export const PACK_DIR_ENV = 'FARSIDE_PACK_DIR';

export type PackDirInputs = {
  isPackaged: boolean;
  /** `process.resourcesPath`: electron-builder's extraResources copy the pack to `<resources>/pack`. */
  resourcesPath: string;
  /** `app.getAppPath()`: the repository root when run with `electron .`. */
  appPath: string;
  env: Readonly<Record<string, string | undefined>>;
};

/** `$FARSIDE_PACK_DIR` if set, else `<resources>/pack` when packaged, else `<app>/pack`. */
export function resolvePackDir({ isPackaged, resourcesPath, appPath, env }: PackDirInputs): string {
  const fromEnv = env[PACK_DIR_ENV]?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(isPackaged ? resourcesPath : appPath, PACK_DIR_NAME);
}
