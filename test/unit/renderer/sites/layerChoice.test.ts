import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../../assets/format/view';
import { migrateLayers, sanitizeLayers } from '../../../../renderer/sites/layerChoice';

describe('sanitizeLayers', () => {
  it('falls back to the default view for anything unreadable', () => {
    const defaults = {
      headlines: DEFAULT_VIEW.sites,
      groups: DEFAULT_VIEW.groups,
      overlays: DEFAULT_VIEW.overlays,
    };
    expect(sanitizeLayers(null)).toEqual(defaults);
    expect(sanitizeLayers('{')).toEqual(defaults);
  });

  it('keeps known ids and drops unknown ones', () => {
    expect(
      sanitizeLayers({
        headlines: ['apollo-11', 'x'],
        groups: ['basins'],
        overlays: ['grid', 'y'],
      }),
    ).toEqual({ headlines: ['apollo-11'], groups: [], overlays: ['grid'] });
  });

  it('migrates the version-1 grid and boundary switches', () => {
    expect(sanitizeLayers({ headlines: [], groups: [], graticule: true, boundary: false })).toEqual(
      {
        headlines: [],
        groups: [],
        overlays: ['grid'],
      },
    );
  });
});

describe('migrateLayers', () => {
  const v2 = { headlines: ['apollo-11'], groups: [], overlays: ['grid'] };

  it('turns names on for a version-2 choice when the old names switch was on', () => {
    expect(migrateLayers(v2, 2, true).overlays).toEqual(['grid', 'labels']);
  });

  it('keeps names off when the old names switch was off', () => {
    expect(migrateLayers(v2, 2, false).overlays).toEqual(['grid']);
  });

  it('leaves a version-3 choice as stored (names off stays off)', () => {
    expect(migrateLayers(v2, 3, true).overlays).toEqual(['grid']);
  });
});
