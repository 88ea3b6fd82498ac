/**
 * Web mode's settings store: the same schema as Electron's settings file
 * (assets/format/settings.ts), in `localStorage` under `farside.settings`.
 * A value that cannot be read in full is copied to
 * `farside.settings.corrupt` before the good parts and defaults replace it,
 * and the first load says so. Nothing else in storage is touched.
 */
import {
  lostSomething,
  patchSettings,
  readSettings,
  writeSettings,
  type LoadedSettings,
  type Settings,
  type SettingsPatch,
} from '../../assets/format/settings';

export const SETTINGS_STORAGE_KEY = 'farside.settings';
export const SETTINGS_BACKUP_KEY = 'farside.settings.corrupt';
/** How the Settings dialog names this store. */
const LOCATION = `localStorage: ${SETTINGS_STORAGE_KEY}`;

/** The part of the Web Storage interface used (localStorage in the app). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface WebSettingsStore {
  load(): LoadedSettings;
  save(patch: SettingsPatch): void;
}

export function createWebSettingsStore(storage: KeyValueStorage): WebSettingsStore {
  let current: Settings | null = null;
  /** Throws when storage is full or disabled (private windows): the caller says so. */
  const write = (settings: Settings) => {
    storage.setItem(SETTINGS_STORAGE_KEY, writeSettings(settings));
  };
  return {
    load() {
      let text: string | null = null;
      try {
        text = storage.getItem(SETTINGS_STORAGE_KEY);
      } catch {
        // Storage disabled: defaults, nothing to keep aside.
      }
      const read = readSettings(text);
      current = read.settings;
      if (!lostSomething(read))
        return { settings: read.settings, notice: null, location: LOCATION };
      let backup: string | null = SETTINGS_BACKUP_KEY;
      try {
        storage.setItem(SETTINGS_BACKUP_KEY, text ?? '');
      } catch {
        backup = null;
      }
      try {
        write(read.settings);
      } catch {
        // Storage full or disabled: the repaired settings last this visit; the notice still says so.
      }
      return {
        settings: read.settings,
        location: LOCATION,
        notice: {
          state: read.state === 'unreadable' ? 'unreadable' : 'repaired',
          droppedFields: read.droppedFields,
          backup,
        },
      };
    },
    /** Throws when the storage refuses the write; the settings in memory still change. */
    save(patch) {
      current = patchSettings(current ?? readSettings(null).settings, patch);
      write(current);
    },
  };
}
