import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePackDir } from '../../../../electron/node/pack-dir';

const base = { resourcesPath: '/opt/Farside/resources', appPath: '/home/me/farside' };

describe('resolvePackDir', () => {
  it('uses <app>/pack in development', () => {
    expect(resolvePackDir({ ...base, isPackaged: false, env: {} })).toBe(
      path.join('/home/me/farside', 'pack'),
    );
  });

  it('uses <resources>/pack when packaged (where extraResources puts it)', () => {
    expect(resolvePackDir({ ...base, isPackaged: true, env: {} })).toBe(
      path.join('/opt/Farside/resources', 'pack'),
    );
  });

  it('prefers FARSIDE_PACK_DIR in both, resolved to an absolute path', () => {
    for (const isPackaged of [false, true]) {
      expect(resolvePackDir({ ...base, isPackaged, env: { FARSIDE_PACK_DIR: '/data/moon' } })).toBe(
        path.resolve('/data/moon'),
      );
    }
    expect(
      path.isAbsolute(
        resolvePackDir({ ...base, isPackaged: false, env: { FARSIDE_PACK_DIR: 'rel' } }),
      ),
    ).toBe(true);
  });

  it('ignores an empty FARSIDE_PACK_DIR', () => {
    expect(resolvePackDir({ ...base, isPackaged: true, env: { FARSIDE_PACK_DIR: '  ' } })).toBe(
      path.join('/opt/Farside/resources', 'pack'),
    );
  });
});
