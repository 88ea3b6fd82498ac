/**
 * Settings as a JSON file in the user-data folder (Electron main's store;
 * web mode keeps the same schema in localStorage). Writes are atomic: a
 * temporary file in the same folder, then a rename over the old one, so a
 * crash leaves either the old file or the new one, never half of one.
 * Writes are queued, so two saves never interleave.
 *
 * A file that cannot be read in full (not JSON, or a field invalid) is
 * kept aside as `settings.corrupt-<time>.json`, the good parts and
 * defaults are written in its place, and `load()` reports it once.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import {
  lostSomething,
  readSettings,
  writeSettings,
  type LoadedSettings,
  type Settings,
  type SettingsNotice,
} from '../../assets/format/settings';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsFile {
  readonly path: string;
  /** Read (once; later calls return what is current). The notice comes only with the first call. */
  load(): Promise<LoadedSettings>;
  /** The settings now in memory (after load). */
  current(): Settings;
  /** Replace the settings and write them (queued, atomic). */
  save(settings: Settings): Promise<void>;
}

/** `settings.corrupt-2026-11-23T11-40-00Z.json`: sorts by time, legal on every file system. */
export function backupName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `settings.corrupt-${stamp}.json`;
}

async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fsp.writeFile(temp, text, { encoding: 'utf8', mode: 0o600 });
    await fsp.rename(temp, path);
  } catch (error) {
    await fsp.unlink(temp).catch(() => undefined);
    throw error;
  }
}

export function createSettingsFile(
  dir: string,
  options: { now?: () => Date; onError?: (message: string, error: unknown) => void } = {},
): SettingsFile {
  const path = join(dir, SETTINGS_FILE);
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);
  let loaded: Promise<LoadedSettings> | null = null;
  let settings: Settings | null = null;
  let noticeGiven = false;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (text: string): Promise<void> => {
    const run = queue.then(async () => {
      await fsp.mkdir(dir, { recursive: true });
      await writeAtomic(path, text);
    });
    queue = run.catch((error: unknown) => onError(`settings: could not write ${path}`, error));
    return run;
  };

  async function firstLoad(): Promise<LoadedSettings> {
    let text: string | null = null;
    try {
      text = await fsp.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        onError(`settings: could not read ${path}`, error);
      }
    }
    const read = readSettings(text);
    settings = read.settings;
    if (!lostSomething(read)) return { settings, notice: null, location: path };
    let backup: string | null = join(dir, backupName(now()));
    try {
      await fsp.rename(path, backup);
    } catch (error) {
      onError(`settings: could not keep ${path} aside`, error);
      backup = null;
    }
    await enqueue(writeSettings(settings)).catch(() => undefined);
    const notice: SettingsNotice = {
      state: read.state === 'unreadable' ? 'unreadable' : 'repaired',
      droppedFields: read.droppedFields,
      backup,
    };
    return { settings, notice, location: path };
  }

  return {
    path,
    async load() {
      loaded ??= firstLoad();
      const first = await loaded;
      const notice = noticeGiven ? null : first.notice;
      noticeGiven = true;
      return { settings: settings ?? first.settings, notice, location: path };
    },
    current() {
      if (settings === null) throw new Error('settings: load() first');
      return settings;
    },
    async save(next) {
      const text = writeSettings(next); // throws on anything invalid: nothing bad is written
      settings = next;
      return enqueue(text);
    },
  };
}
