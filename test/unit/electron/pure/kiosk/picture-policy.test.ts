import { describe, expect, it } from 'vitest';
import { parseKioskConfig } from '../../../../../assets/format/kiosk';
import { pictureTarget } from '../../../../../electron/pure/kiosk/picture-policy';

const pictures = (value: unknown) => parseKioskConfig({ pictures: value }).config.pictures;

describe('where a picture may go', () => {
  it('outside kiosk mode: the dialog when asked, else the default folder', () => {
    expect(pictureTarget(null, true)).toEqual({ kind: 'ask' });
    expect(pictureTarget(null, false)).toEqual({ kind: 'folder', folder: null });
  });

  it('a kiosk refuses by default (the schema default is allowSave: false), asked or not', () => {
    const defaults = parseKioskConfig({}).config.pictures;
    expect(defaults.allowSave).toBe(false);
    for (const ask of [true, false]) expect(pictureTarget(defaults, ask).kind).toBe('refuse');
  });

  it('a kiosk that allows saving never opens a dialog and uses the configured folder', () => {
    expect(pictureTarget(pictures({ allowSave: true, directory: '/srv/pics' }), true)).toEqual({
      kind: 'folder',
      folder: '/srv/pics',
    });
    expect(pictureTarget(pictures({ allowSave: true }), true)).toEqual({
      kind: 'folder',
      folder: null,
    });
  });
});
