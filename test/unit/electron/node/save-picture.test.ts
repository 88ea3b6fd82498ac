import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberedName, savePictureFile, type SaveFs } from '../../../../electron/node/save-picture';

const NAME = 'farside-2026-11-21-130512-far-side.png';
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'farside-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: SaveFs = {
  writeFile: (p, d, o) => fsp.writeFile(p, d, o),
  link: fsp.link,
  rename: fsp.rename,
  unlink: fsp.unlink,
  access: (p) => fsp.access(p),
};

/** A disk that fails with `code` halfway through writing, after putting half the bytes down. */
function failingDisk(code: string): SaveFs {
  return {
    ...realFs,
    async writeFile(path, data) {
      await fsp.writeFile(path, data.subarray(0, data.length >> 1), { flag: 'wx' });
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
  };
}

describe('savePictureFile', () => {
  it('writes the bytes under the name asked for', async () => {
    const r = await savePictureFile(dir, NAME, bytes(1000, 7));
    expect(r).toEqual({ state: 'saved', path: join(dir, NAME) });
    expect(await readFile(join(dir, NAME))).toEqual(Buffer.from(bytes(1000, 7)));
    expect(await readdir(dir)).toEqual([NAME]);
  });

  it('never overwrites: a taken name gets -2, then -3, and the old files are untouched', async () => {
    await writeFile(join(dir, NAME), 'first');
    const second = await savePictureFile(dir, NAME, bytes(10, 2));
    const third = await savePictureFile(dir, NAME, bytes(10, 3));
    expect(second).toEqual({
      state: 'saved',
      path: join(dir, 'farside-2026-11-21-130512-far-side-2.png'),
    });
    expect(third).toEqual({
      state: 'saved',
      path: join(dir, 'farside-2026-11-21-130512-far-side-3.png'),
    });
    expect(await readFile(join(dir, NAME), 'utf8')).toBe('first');
    expect((await readdir(dir)).sort()).toHaveLength(3);
  });

  it('works without hard links (FAT): still never overwrites', async () => {
    const noLinks: SaveFs = {
      ...realFs,
      link: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })),
    };
    await writeFile(join(dir, NAME), 'first');
    const r = await savePictureFile(dir, NAME, bytes(10, 2), noLinks);
    expect(r).toMatchObject({ state: 'saved', path: join(dir, numberedName(NAME, 2)) });
    expect(await readFile(join(dir, NAME), 'utf8')).toBe('first');
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('a full disk (ENOSPC) leaves no partial file and says so', async () => {
    const r = await savePictureFile(dir, NAME, bytes(4096, 1), failingDisk('ENOSPC'));
    expect(r.state).toBe('failed');
    expect(r.state === 'failed' && r.reason).toMatch(/not enough free space in .*farside-save-/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('no permission (EACCES) leaves no partial file and says so', async () => {
    const r = await savePictureFile(dir, NAME, bytes(4096, 1), failingDisk('EACCES'));
    expect(r).toMatchObject({ state: 'failed', code: 'EACCES' });
    expect(r.state === 'failed' && r.reason).toContain('not allowed to write in');
    expect(await readdir(dir)).toEqual([]);
  });

  it('a folder that is gone gets a clear message', async () => {
    const gone = join(dir, 'unplugged');
    const r = await savePictureFile(gone, NAME, bytes(10, 1));
    expect(r).toMatchObject({ state: 'failed', code: 'ENOENT' });
    expect(r.state === 'failed' && r.reason).toBe(
      `The folder ${gone} no longer exists. Choose another folder.`,
    );
  });

  it('refuses a name that is a path', async () => {
    const r = await savePictureFile(dir, '../evil.png', bytes(10, 1));
    expect(r).toMatchObject({ state: 'failed', code: 'EINVAL' });
    expect(await readdir(dir)).toEqual([]);
  });
});
