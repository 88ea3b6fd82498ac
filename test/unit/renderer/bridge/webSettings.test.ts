import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../assets/format/settings';
import {
  SETTINGS_BACKUP_KEY,
  SETTINGS_STORAGE_KEY,
  createWebSettingsStore,
  type KeyValueStorage,
} from '../../../../renderer/bridge/webSettings';

/** Storage over a Map (getItem / setItem as the Web Storage interface has them). */
function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, String(v)),
  };
}

describe('web settings store', () => {
  it('saves a change and a new visit reads it back', () => {
    const storage = memoryStorage();
    const first = createWebSettingsStore(storage);
    expect(first.load().notice).toBeNull();
    first.save({ language: 'fr', units: 'mi' });
    const again = createWebSettingsStore(storage).load();
    expect(again.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'fr', units: 'mi' });
    expect(again.notice).toBeNull();
  });

  it('a corrupt value: backed up, repaired, told once; other keys untouched', () => {
    const storage = memoryStorage({ [SETTINGS_STORAGE_KEY]: '{nope', other: 'x' });
    const loaded = createWebSettingsStore(storage).load();
    expect(loaded.notice).toEqual({
      state: 'unreadable',
      droppedFields: [],
      backup: SETTINGS_BACKUP_KEY,
    });
    expect(storage.getItem(SETTINGS_BACKUP_KEY)).toBe('{nope');
    expect(storage.getItem('other')).toBe('x');
    expect(createWebSettingsStore(storage).load().notice).toBeNull();
  });

  it('storage that throws (disabled): defaults on load; a save says it failed', () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createWebSettingsStore(broken);
    expect(store.load().settings).toEqual(DEFAULT_SETTINGS);
    // The caller (changeSettings) tells the user once; the change holds this visit.
    expect(() => store.save({ units: 'mi' })).toThrow(/QuotaExceeded/);
  });
});
