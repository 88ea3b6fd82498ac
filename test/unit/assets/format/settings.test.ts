import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  patchSettings,
  readSettings,
  readSettingsValue,
  viewForSettings,
  writeSettings,
} from '../../../../assets/format/settings';
import { DEFAULT_VIEW } from '../../../../assets/format/view';

const good = {
  version: 1,
  window: { x: 10, y: 20, width: 900, height: 700, maximized: false, fullScreen: false },
  view: 'lat=10&lon=-40&alt=3000&overlays=grid',
  language: 'zh',
  units: 'mi',
};

describe('readSettings', () => {
  it('nothing stored: the defaults, nothing lost', () => {
    expect(readSettings(null)).toEqual({
      settings: DEFAULT_SETTINGS,
      state: 'missing',
      droppedFields: [],
    });
  });

  it('a good file reads back exactly', () => {
    expect(readSettings(JSON.stringify(good))).toEqual({
      settings: good,
      state: 'ok',
      droppedFields: [],
    });
  });

  it('round trip: what is written reads back the same', () => {
    const written = writeSettings({ ...DEFAULT_SETTINGS, language: 'fr', units: 'mi' });
    expect(readSettings(written).settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'fr',
      units: 'mi',
    });
  });

  it('text that is not JSON, or not an object: unreadable, all defaults', () => {
    for (const text of ['{not json', '', '[1,2]', '42', 'null', '"settings"']) {
      const read = readSettings(text);
      expect(read.state, text).toBe('unreadable');
      expect(read.settings, text).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('one bad field falls back alone; every other field is kept', () => {
    const bad: Record<string, unknown> = {
      window: { x: 'left', y: 0, width: 800, height: 600, maximized: false, fullScreen: false },
      view: 'lat=200', // out of range for the view codec
      language: 'de',
      units: 'furlongs',
    };
    for (const [field, value] of Object.entries(bad)) {
      const read = readSettings(JSON.stringify({ ...good, [field]: value }));
      expect(read.state, field).toBe('repaired');
      expect(read.droppedFields, field).toEqual([field]);
      expect(read.settings, field).toEqual({
        ...good,
        [field]: DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS],
      });
    }
  });

  it('migration: an older file without newer fields keeps what it has, and loses nothing', () => {
    const read = readSettingsValue({ language: 'fr' }); // no version, no other fields
    expect(read.state).toBe('ok');
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'fr' });
  });

  it('a window off any sane range is refused (it could not be shown)', () => {
    const read = readSettingsValue({
      ...good,
      window: { ...good.window, width: 50 },
    });
    expect(read.droppedFields).toEqual(['window']);
  });
});

describe('writing', () => {
  it('never writes an invalid value', () => {
    expect(() => writeSettings({ ...DEFAULT_SETTINGS, units: 'ft' as 'km' })).toThrow();
  });

  it('a patch from the renderer cannot touch the window bounds', () => {
    expect(() =>
      patchSettings(DEFAULT_SETTINGS, { window: good.window } as unknown as { units: 'mi' }),
    ).toThrow();
    expect(patchSettings(DEFAULT_SETTINGS, { units: 'mi' }).units).toBe('mi');
  });

  it('the last view is the view codec fragment, without the open panel', () => {
    const fragment = viewForSettings({ ...DEFAULT_VIEW, latDeg: 12.5, selected: 'apollo-11' });
    expect(fragment).toBe('lat=12.5&lon=0&alt=5560');
  });
});
