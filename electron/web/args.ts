/** Command line of `npm run web`. */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { resolvePackDirs } from '../node/pack-dir';
import { APP_SHELL_DIR } from '../pure/layout';
import type { WebServerOptions } from './server';

export const DEFAULT_PORT = 5174;
export const DEFAULT_HOST = '127.0.0.1';
/** Relative to the repository, beside the e2e and kit caches. */
export const DEFAULT_LOG_FILE = ['.cache', 'logs', 'web.log'] as const;

export const USAGE = `Usage: npm run web -- [--port N] [--host H] [--app DIR] [--pack DIR] [--downloads] [--kit-url URL] [--kiosk] [--kiosk-config PATH] [--log-file PATH]
  --port N       port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host H       address to bind (default ${DEFAULT_HOST})
  --app DIR      built renderer (default dist/renderer)
  --pack DIR     asset pack (default $FARSIDE_PACK_DIR, else pack/)
  --downloads    let "Get sharper Moon data" download and swap the pack from
                 the page (off: the page shows the commands instead)
  --kit-url URL  download kit files from URL/<name> instead of NASA (a mirror);
                 implies --downloads
  --kiosk        museum kiosk mode with the default settings
  --kiosk-config PATH  museum kiosk mode with the settings in a JSON file
  --log-file PATH  where renderer and server errors are logged, scrubbed of
                 personal data and rotated at 1 MB (default ${DEFAULT_LOG_FILE.join('/')})`;

export type WebArgs =
  | { help: true }
  | ({
      help: false;
      /** Kiosk switches, or null when neither was given. */
      kiosk: { flag: boolean; configPath: string | null } | null;
    } & Omit<WebServerOptions, 'logger' | 'kiosk'>);

/** Parse argv (without node and script); throws an Error with a one-line message. */
export function parseWebArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  repoRoot: string,
): WebArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      app: { type: 'string' },
      pack: { type: 'string' },
      downloads: { type: 'boolean' },
      'kit-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      kiosk: { type: 'boolean' },
      'kiosk-config': { type: 'string' },
      'log-file': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };

  const portText = values.port ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${portText}".`);
  }
  const kitUrl = values['kit-url'];
  if (kitUrl !== undefined && !/^https?:\/\/[^/]/.test(kitUrl)) {
    throw new Error(`--kit-url must be an http(s) URL, not "${kitUrl}".`);
  }
  const dirs = resolvePackDirs({ mode: 'development', flag: values.pack, env, repoRoot });
  return {
    help: false,
    port,
    host: values.host ?? DEFAULT_HOST,
    appRoot: path.resolve(repoRoot, values.app ?? path.join(...APP_SHELL_DIR)),
    packRoot: dirs.candidates[0]!,
    kiosk:
      values.kiosk || values['kiosk-config'] !== undefined
        ? {
            flag: values.kiosk === true,
            configPath:
              values['kiosk-config'] === undefined
                ? null
                : path.resolve(repoRoot, values['kiosk-config']),
          }
        : null,
    cacheDir: dirs.cacheDir,
    starterKitDir: dirs.starterKitDir,
    logFile: path.resolve(repoRoot, values['log-file'] ?? path.join(...DEFAULT_LOG_FILE)),
    upgrade: kitUrl !== undefined ? { baseUrl: kitUrl } : values.downloads ? {} : null,
  };
}
