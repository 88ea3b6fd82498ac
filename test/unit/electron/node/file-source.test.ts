import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNodeFileSource,
  isInside,
  type FsCalls,
} from '../../../../electron/node/file-source';
import { COLOR_NAME, makeServeTree, type ServeTree } from '../fixtures/serve-tree';

let tree: ServeTree;

function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

function openFd(target: string): Promise<number> {
  return new Promise((resolve, reject) =>
    fs.open(target, 'r', (error, fd) => (error ? reject(error) : resolve(fd))),
  );
}
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

describe('createNodeFileSource remembering lookups', () => {
  function counting() {
    const calls = { realpath: 0, open: 0, stat: 0 };
    const fsCalls: FsCalls = {
      realpath: (p) => (calls.realpath++, fsp.realpath(p)),
      open: (p) => (calls.open++, openFd(p)),
      stat: (p) => (calls.stat++, fsp.stat(p)),
      fstat: (fd) => new Promise((ok, no) => fs.fstat(fd, (e, st) => (e ? no(e) : ok(st)))),
      close: (fd) => fs.closeSync(fd),
      createReadStream: (_p, options) => fs.createReadStream('', { ...options, autoClose: true }),
    };
    return { calls, fsCalls };
  }

  it('looks a file up once, then only reopens it', async () => {
    const { calls, fsCalls } = counting();
    const files = createNodeFileSource(fsCalls);
    const first = (await files.stat(tree.packRoot, [COLOR_NAME]))!;
    files.release(first);
    expect(calls).toEqual({ realpath: 2, open: 1, stat: 0 }); // root and file real paths, then open
    const second = (await files.stat(tree.packRoot, [COLOR_NAME]))!;
    files.release(second);
    expect(calls).toEqual({ realpath: 2, open: 2, stat: 0 });
    expect({ ...second, fd: 0 }).toEqual({ ...first, fd: 0 });
    // For headers only (a 304, a HEAD): one stat, nothing opened, and it cannot be read.
    const headers = (await files.stat(tree.packRoot, [COLOR_NAME], 'headers'))!;
    expect(calls).toEqual({ realpath: 2, open: 2, stat: 1 });
    expect(headers.size).toBe(first.size);
    expect(() => files.read(headers, 0, 1)).toThrow(/headers only/);
    files.release(headers);
  });

  it('never remembers a miss, and sees a file rewritten in place at once', async () => {
    const files = createNodeFileSource();
    const name = 'appears-later.bin';
    const file = path.join(tree.packRoot, name);
    expect(await files.stat(tree.packRoot, [name])).toBeNull();
    await fsp.writeFile(file, 'four');
    try {
      const four = (await files.stat(tree.packRoot, [name]))!;
      files.release(four);
      expect(four.size).toBe(4);
      await fsp.writeFile(file, 'eight by');
      const eight = (await files.stat(tree.packRoot, [name]))!;
      expect(eight.size).toBe(8);
      expect(await text(files.read(eight, 0, eight.size - 1))).toBe('eight by');
    } finally {
      await fsp.rm(file);
    }
  });

  it('still refuses links out of the root when remembering', async () => {
    const files = createNodeFileSource();
    for (let i = 0; i < 2; i++) {
      expect(await files.stat(tree.appRoot, ['escape-link.txt'])).toBeNull();
    }
  });

  it('a link retargeted out of the root after a lookup is refused', async () => {
    const files = createNodeFileSource();
    const link = path.join(tree.appRoot, 'moving-link.txt');
    await fsp.symlink('index.html', link);
    try {
      const inside = (await files.stat(tree.appRoot, ['moving-link.txt']))!;
      files.release(inside);
      await fsp.rm(link);
      await fsp.symlink(path.join(tree.dir, 'secret.txt'), link);
      expect(await files.stat(tree.appRoot, ['moving-link.txt'])).toBeNull();
    } finally {
      await fsp.rm(link, { force: true });
    }
  });
});

describe('a pack swapped under a running server (as the in-app upgrade does)', () => {
  /** The pack writer's swap: old folder aside, new one renamed in, old one deleted. */
  async function swap(packDir: string, manifest: string, layer: [string, string]): Promise<void> {
    const staged = `${packDir}.staging`;
    await fsp.mkdir(staged);
    await fsp.writeFile(path.join(staged, 'manifest.json'), manifest);
    await fsp.writeFile(path.join(staged, layer[0]), layer[1]);
    await fsp.rename(packDir, `${packDir}.old`);
    await fsp.rename(staged, packDir);
    await fsp.rm(`${packDir}.old`, { recursive: true });
  }

  it('serves the new manifest whole at once, never the old one or a mix, and 404s the old layers', async () => {
    const packDir = path.join(tree.dir, 'swapped-pack');
    await fsp.mkdir(packDir);
    const oldManifest = '{"version":"old","layer":"color.aaaaaaaa.jpg"}';
    const newManifest =
      '{"version":"new, and longer than the old one","layer":"color.bbbbbbbb.jpg"}';
    await fsp.writeFile(path.join(packDir, 'manifest.json'), oldManifest);
    await fsp.writeFile(path.join(packDir, 'color.aaaaaaaa.jpg'), 'old layer bytes');
    try {
      const files = createNodeFileSource();
      const before = (await files.stat(packDir, ['manifest.json']))!;
      expect(await text(files.read(before, 0, before.size - 1))).toBe(oldManifest);
      const oldLayer = (await files.stat(packDir, ['color.aaaaaaaa.jpg']))!;
      files.release(oldLayer);

      const validator = (await files.stat(packDir, ['manifest.json'], 'headers'))!;
      expect(validator.size).toBe(oldManifest.length);

      // Swapped between two requests, immediately (no time for any cache to expire).
      await swap(packDir, newManifest, ['color.bbbbbbbb.jpg', 'new layer bytes']);
      // What a 304 is decided on describes the new manifest, not the remembered one.
      expect((await files.stat(packDir, ['manifest.json'], 'headers'))?.size).toBe(
        newManifest.length,
      );
      expect(await files.stat(packDir, ['color.aaaaaaaa.jpg'], 'headers')).toBeNull();
      const after = (await files.stat(packDir, ['manifest.json']))!;
      expect(after.size).toBe(newManifest.length);
      expect(await text(files.read(after, 0, after.size - 1))).toBe(newManifest);
      expect(await files.stat(packDir, ['color.aaaaaaaa.jpg'])).toBeNull();
      const newLayer = (await files.stat(packDir, ['color.bbbbbbbb.jpg']))!;
      expect(await text(files.read(newLayer, 0, newLayer.size - 1))).toBe('new layer bytes');
    } finally {
      await fsp.rm(packDir, { recursive: true, force: true });
    }
  });

  it('a file looked up before the swap is read whole from the old pack (one file, never a mix)', async () => {
    const packDir = path.join(tree.dir, 'swapped-mid-request');
    await fsp.mkdir(packDir);
    const oldManifest = '{"version":"old"}';
    const newManifest = '{"version":"new, much longer than before"}';
    await fsp.writeFile(path.join(packDir, 'manifest.json'), oldManifest);
    try {
      const files = createNodeFileSource();
      const inFlight = (await files.stat(packDir, ['manifest.json']))!;
      await swap(packDir, newManifest, ['x.cccccccc.bin', 'x']);
      // Headers already said inFlight.size: the body matches them exactly.
      expect(await text(files.read(inFlight, 0, inFlight.size - 1))).toBe(oldManifest);
      const next = (await files.stat(packDir, ['manifest.json']))!;
      expect(await text(files.read(next, 0, next.size - 1))).toBe(newManifest);
    } finally {
      await fsp.rm(packDir, { recursive: true, force: true });
    }
  });
});
