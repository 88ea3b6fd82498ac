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
