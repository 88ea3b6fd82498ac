import { describe, expect, it } from 'vitest';
import { KIT_CREDIT } from '../../../assets/format/manifest';
import {
  DEFAULT_DOWNLOAD,
  KIT_CATALOG,
  NASA_KIT_BASE_URL,
  findEntry,
} from '../../../assets/tool/catalog';

describe('kit catalog', () => {
  const required = [
    'ldem_4.tif',
    'ldem_4_uint.tif',
    'ldem_16.tif',
    'ldem_16_uint.tif',
    'lroc_color_poles_1k.jpg',
    'lroc_color_poles_2k.tif',
    'lroc_color_poles_4k.tif',
    'lroc_color_poles_8k.tif',
    'stellarium_moon_4k.jpg',
  ];

  it.each(required)('lists %s', (name) => {
    expect(findEntry(KIT_CATALOG, name)).toBeDefined();
  });

  it('has well-formed, 2:1 entries with NASA URLs except the Debian JPEG', () => {
    for (const entry of KIT_CATALOG) {
      expect(entry.width).toBe(2 * entry.height);
      if (entry.sha256 !== null) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.credit).toContain(KIT_CREDIT);
      if (entry.name === 'stellarium_moon_4k.jpg') expect(entry.url).toBeNull();
      else expect(entry.url).toBe(`${NASA_KIT_BASE_URL}/${entry.name}`);
    }
  });

  it('records the README values for the staged files', () => {
    // Independent copy of ../shared/moonkit/README.md's table.
    expect(findEntry(KIT_CATALOG, 'ldem_4_uint.tif')).toMatchObject({
      bytes: 2_076_866,
      sha256: 'e6668bec27fc9b8fbb02d198c7ddfb08eedeeb790167b494f95e6b34201da05e',
      width: 1440,
      encoding: 'uint16-halfm-20000',
    });
    expect(findEntry(KIT_CATALOG, 'ldem_16.tif')).toMatchObject({
      bytes: 66_378_634,
      width: 5760,
      height: 2880,
      encoding: 'float32-km',
    });
    expect(findEntry(KIT_CATALOG, 'lroc_color_poles_8k.tif')).toMatchObject({
      sha256: null,
      width: 8192,
    });
  });

  it('ranks each kind without ties, finest first', () => {
    for (const kind of ['color', 'elevation'] as const) {
      const entries = KIT_CATALOG.filter((e) => e.kind === kind).sort((a, b) => a.rank - b.rank);
      const ranks = entries.map((e) => e.rank);
      expect(new Set(ranks).size).toBe(ranks.length);
      for (let k = 1; k < entries.length; k++) {
        expect(entries[k]!.width).toBeLessThanOrEqual(entries[k - 1]!.width);
      }
    }
  });

  it('downloads files that have a URL and a hash by default', () => {
    for (const name of Object.values(DEFAULT_DOWNLOAD)) {
      const entry = findEntry(KIT_CATALOG, name)!;
      expect(entry.url).not.toBeNull();
      expect(entry.sha256).not.toBeNull();
    }
  });
});
