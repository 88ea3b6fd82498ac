import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../assets/format/settings';
import { SETTINGS_FILE, createSettingsFile } from '../../../../electron/node/settings-file';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'farside-settings-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const now = () => new Date('2026-11-23T11:40:05.123Z');
const file = () => path.join(dir, SETTINGS_FILE);

describe('settings file', () => {
  it('no file: defaults, no notice, nothing written until a save', async () => {
    const store = createSettingsFile(dir, { now });
    const loaded = await store.load();
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, notice: null, location: file() });
    await expect(fs.access(file())).rejects.toThrow();
  });

  it('saves atomically and reads back in a new run; no temporary file is left', async () => {
    const store = createSettingsFile(dir, { now });
    await store.load();
    await store.save({ ...DEFAULT_SETTINGS, language: 'fr' });
    await store.save({ ...DEFAULT_SETTINGS, language: 'zh', units: 'mi' });
    expect(await fs.readdir(dir)).toEqual([SETTINGS_FILE]);
    const again = await createSettingsFile(dir, { now }).load();
    expect(again.settings).toMatchObject({ language: 'zh', units: 'mi' });
  });

  it('many saves at once end with the last one, and the file is always whole JSON', async () => {
    const store = createSettingsFile(dir, { now });
    await store.load();
    const saves = (['en', 'fr', 'zh', 'fr', 'en', 'zh'] as const).map((language) =>
      store.save({ ...DEFAULT_SETTINGS, language }),
    );
    await Promise.all(saves);
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toMatchObject({ language: 'zh' });
  });

  it('a corrupt file is kept aside byte for byte, replaced by defaults, and told once', async () => {
    await fs.writeFile(file(), '{"language": "fr", oops');
    const store = createSettingsFile(dir, { now });
    const first = await store.load();
    const backup = path.join(dir, 'settings.corrupt-2026-11-23T11-40-05Z.json');
    expect(first.notice).toEqual({ state: 'unreadable', droppedFields: [], backup });
    expect(await fs.readFile(backup, 'utf8')).toBe('{"language": "fr", oops');
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toEqual(DEFAULT_SETTINGS);
    expect((await store.load()).notice).toBeNull();
    // The next run finds a good file: nothing to tell.
    expect((await createSettingsFile(dir, { now }).load()).notice).toBeNull();
  });

  it('one bad field: the rest is kept, the original backed up', async () => {
    const original = JSON.stringify({ version: 1, language: 'fr', units: 'furlongs' });
    await fs.writeFile(file(), original);
    const loaded = await createSettingsFile(dir, { now }).load();
    expect(loaded.settings).toMatchObject({ language: 'fr', units: 'km' });
    expect(loaded.notice).toMatchObject({ state: 'repaired', droppedFields: ['units'] });
    expect(await fs.readFile(loaded.notice!.backup!, 'utf8')).toBe(original);
  });

  it('an invalid save is refused and the file keeps its last good content', async () => {
    const store = createSettingsFile(dir, { now });
    await store.load();
    await store.save({ ...DEFAULT_SETTINGS, units: 'mi' });
    await expect(store.save({ ...DEFAULT_SETTINGS, units: 'ft' as 'mi' })).rejects.toThrow();
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toMatchObject({ units: 'mi' });
    expect(store.current().units).toBe('mi');
  });
});
