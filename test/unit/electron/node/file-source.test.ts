import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFileSource, isInside } from '../../../../electron/node/file-source';
import { COLOR_NAME, makeServeTree, type ServeTree } from '../fixtures/serve-tree';

let tree: ServeTree;
beforeAll(async () => {
  tree = await makeServeTree();
});
afterAll(() => tree.cleanup());

describe('isInside', () => {
  it('accepts the root and what lies below it', () => {
    expect(isInside('/srv/app', '/srv/app')).toBe(true);
    expect(isInside('/srv/app', '/srv/app/a/b.txt')).toBe(true);
    expect(isInside('/srv/app', '/srv/app/..foo')).toBe(true);
  });
  it('refuses parents, siblings sharing a prefix, and other trees', () => {
    expect(isInside('/srv/app', '/srv')).toBe(false);
    expect(isInside('/srv/app', '/srv/app-secret.txt')).toBe(false);
    expect(isInside('/srv/app', '/srv/app/../secret.txt')).toBe(false);
    expect(isInside('/srv/app', '/etc/passwd')).toBe(false);
  });
});

describe('createNodeFileSource', () => {
  const files = createNodeFileSource();

  it('stats a regular file by its real path', async () => {
    const info = await files.stat(tree.packRoot, [COLOR_NAME]);
    expect(info).toMatchObject({ path: await fsp.realpath(path.join(tree.packRoot, COLOR_NAME)) });
    expect(info?.size).toBe(tree.color.length);
  });

  it('returns null for folders, missing files, the root itself, and links out of the root', async () => {
    expect(await files.stat(tree.appRoot, ['assets'])).toBeNull();
    expect(await files.stat(tree.appRoot, ['nope.txt'])).toBeNull();
    expect(await files.stat(tree.appRoot, ['index.html', 'x'])).toBeNull();
    expect(await files.stat(tree.appRoot, [])).toBeNull();
    expect(await files.stat(tree.appRoot, ['escape-link.txt'])).toBeNull();
    expect(await files.stat(tree.appRoot, ['dir-link', 'secret.txt'])).toBeNull();
  });

  it('refuses segments that would climb out, even if a caller passed them', async () => {
    expect(await files.stat(tree.appRoot, ['..', 'secret.txt'])).toBeNull();
    expect(await files.stat(tree.appRoot, ['../app-secret.txt'])).toBeNull();
    expect(await files.stat(tree.appRoot, [path.join(tree.dir, 'secret.txt')])).toBeNull();
  });

  it('streams an inclusive byte range', async () => {
    const info = (await files.stat(tree.packRoot, [COLOR_NAME]))!;
    const bytes = new Uint8Array(await new Response(files.read(info, 10, 19)).arrayBuffer());
    expect(bytes).toEqual(tree.color.slice(10, 20));
  });
});

describe('createNodeFileSource with a lookup cache', () => {
  function counting() {
    const calls = { realpath: 0, stat: 0 };
    const fsCalls = {
      realpath: (p: string) => (calls.realpath++, fsp.realpath(p)),
      stat: (p: string) => (calls.stat++, fsp.stat(p)),
      createReadStream: () => {
        throw new Error('not read here');
      },
    };
    return { calls, fsCalls };
  }

  it('reuses a lookup within cacheMs and looks again after it', async () => {
    let clock = 0;
    const { calls, fsCalls } = counting();
    const files = createNodeFileSource(fsCalls, { cacheMs: 1000, now: () => clock });
    const first = await files.stat(tree.packRoot, [COLOR_NAME]);
    const touched = calls.realpath + calls.stat;
    expect(touched).toBe(3); // root and file real paths, then stat
    clock = 999;
    expect(await files.stat(tree.packRoot, [COLOR_NAME])).toEqual(first);
    expect(calls.realpath + calls.stat).toBe(touched);
    clock = 1000;
    expect(await files.stat(tree.packRoot, [COLOR_NAME])).toEqual(first);
    expect(calls.realpath + calls.stat).toBe(touched + 3);
  });

  it('never caches a miss, and sees a changed file once the entry expires', async () => {
    let clock = 0;
    const files = createNodeFileSource(undefined, { cacheMs: 1000, now: () => clock });
    const name = 'appears-later.bin';
    const file = path.join(tree.packRoot, name);
    expect(await files.stat(tree.packRoot, [name])).toBeNull();
    await fsp.writeFile(file, 'four');
    try {
      expect((await files.stat(tree.packRoot, [name]))?.size).toBe(4);
      await fsp.writeFile(file, 'eight by');
      clock = 1001;
      expect((await files.stat(tree.packRoot, [name]))?.size).toBe(8);
    } finally {
      await fsp.rm(file);
    }
  });

  it('still refuses links out of the root when caching', async () => {
    const files = createNodeFileSource(undefined, { cacheMs: 60_000 });
    for (let i = 0; i < 2; i++) {
      expect(await files.stat(tree.appRoot, ['escape-link.txt'])).toBeNull();
    }
  });
});
