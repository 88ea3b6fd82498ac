import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePackDirs } from '../../../../electron/node/pack-dir';

const repoRoot = path.resolve('/home/me/farside');
const packaged = {
  mode: 'packaged' as const,
  resourcesPath: path.resolve('/opt/Farside/resources'),
  userDataPath: path.resolve('/home/me/.config/Farside'),
};

describe('resolvePackDirs', () => {
  it('reads and writes <repo>/pack in development, caching kit files in .cache/moonkit', () => {
    expect(resolvePackDirs({ mode: 'development', repoRoot, env: {} })).toEqual({
      mode: 'development',
      candidates: [path.join(repoRoot, 'pack')],
      writeDir: path.join(repoRoot, 'pack'),
      cacheDir: path.join(repoRoot, '.cache', 'moonkit'),
      starterKitDir: path.join(repoRoot, 'assets', 'starter'),
    });
  });

  it('when packaged, prefers a downloaded pack in user data, then the shipped starter; writes only to user data', () => {
    const dirs = resolvePackDirs({ ...packaged, env: {} });
    expect(dirs.candidates).toEqual([
      path.join(packaged.userDataPath, 'pack'),
      path.join(packaged.resourcesPath, 'pack'),
    ]);
    expect(dirs.writeDir).toBe(path.join(packaged.userDataPath, 'pack'));
    expect(dirs.cacheDir.startsWith(packaged.userDataPath)).toBe(true);
    expect(dirs.writeDir.startsWith(packaged.resourcesPath)).toBe(false);
    expect(dirs.mode).toBe('packaged');
    expect(dirs.starterKitDir).toBe(path.join(packaged.resourcesPath, 'starter-kit'));
  });

  it('takes FARSIDE_PACK_DIR in both modes, as an absolute path', () => {
    expect(
      resolvePackDirs({ mode: 'development', repoRoot, env: { FARSIDE_PACK_DIR: '/data/moon' } })
        .candidates,
    ).toEqual([path.resolve('/data/moon')]);
    expect(
      resolvePackDirs({ ...packaged, env: { FARSIDE_PACK_DIR: '/data/moon' } }).candidates,
    ).toEqual([path.resolve('/data/moon')]);
    const relative = resolvePackDirs({
      mode: 'development',
      repoRoot,
      env: { FARSIDE_PACK_DIR: 'rel' },
    });
    expect(relative.candidates).toEqual([path.join(repoRoot, 'rel')]);
  });

  it('lets the flag win over the environment', () => {
    const dirs = resolvePackDirs({
      mode: 'development',
      repoRoot,
      flag: 'p2',
      env: { FARSIDE_PACK_DIR: '/data/moon' },
    });
    expect(dirs.candidates).toEqual([path.join(repoRoot, 'p2')]);
    expect(dirs.writeDir).toBe(path.join(repoRoot, 'p2'));
  });

  it.each(['', '   ', '\t'])(
    'ignores an empty FARSIDE_PACK_DIR (%j): never the repository root or the current folder',
    (value) => {
      const dev = resolvePackDirs({
        mode: 'development',
        repoRoot,
        env: { FARSIDE_PACK_DIR: value },
      });
      expect(dev.candidates).toEqual([path.join(repoRoot, 'pack')]);
      expect(dev.candidates).not.toContain(repoRoot);
      expect(dev.candidates).not.toContain(process.cwd());
      const app = resolvePackDirs({ ...packaged, env: { FARSIDE_PACK_DIR: value } });
      expect(app.candidates).toHaveLength(2);
      expect(
        resolvePackDirs({ mode: 'development', repoRoot, flag: value, env: {} }).candidates,
      ).toEqual([path.join(repoRoot, 'pack')]);
    },
  );
});
