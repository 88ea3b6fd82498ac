import { createHash } from 'node:crypto';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latLonToPixel, MOON_RADIUS_M } from '../../../assets/format/georef';
import type { PackManifest } from '../../../assets/format/manifest';
import { MANIFEST_FILE, parseManifestText } from '../../../assets/format/manifest';
import type { BuildOptions } from '../../../assets/tool/build';
import { BUILDER_ID, buildPack } from '../../../assets/tool/build';
import type { KitCatalog } from '../../../assets/tool/catalog';
import { AssetError } from '../../../assets/tool/errors';
import { silentLogger } from '../../support/silent-logger';
import { computeNormalMap } from '../../../assets/tool/normal-map';
import type { SyntheticKit } from '../../support/synthetic-kit';
import { bumpPixel, encodeGrayTiff, writeSyntheticKit } from '../../support/synthetic-kit';

let root: string;
let kit: SyntheticKit;
let counter = 0;
const freshOut = () => join(root, `out-${++counter}`, 'pack');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'farside-build-'));
  kit = await writeSyntheticKit(join(root, 'kit'), {
    demWidth: 72,
    demHeight: 36,
    colorWidth: 2048,
  });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const build = (outDir: string, extra: Partial<BuildOptions> = {}) =>
  buildPack({
    catalog: kit.catalog,
    source: { kind: 'folder', dir: kit.dir },
    outDir,
    log: silentLogger,
    ...extra,
  });

async function readManifest(dir: string): Promise<PackManifest> {
  const parsed = parseManifestText(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.manifest;
}

async function rgbAt(file: string, latDeg: number, lonDeg: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const p = latLonToPixel(latDeg, lonDeg, info.width, info.height);
  const o = (Math.round(p.y) * info.width + Math.round(p.x)) * info.channels;
  return [data[o]!, data[o + 1]!, data[o + 2]!];
}

describe('buildPack on a synthetic kit', () => {
  let out: string;
  let manifest: PackManifest;

  beforeAll(async () => {
    out = freshOut();
    expect(await build(out)).toBe('built');
    manifest = await readManifest(out);
  });

  it('writes a manifest that parseManifest accepts, from the best-ranked sources', () => {
    expect(manifest.builder).toBe(BUILDER_ID);
    expect(manifest.datum).toEqual({ body: 'Moon', radiusM: MOON_RADIUS_M, lonLeftEdgeDeg: -180 });
    expect(manifest.sources.map((s) => s.name)).toEqual([kit.names.colorTiff, kit.names.demUint]);
    expect(manifest.sources[0]!.sha256).toBe(kit.catalog[0]!.sha256);
    expect(manifest.color.levels.map((l) => [l.width, l.height])).toEqual([
      [1024, 512],
      [2048, 1024],
    ]);
  });

  it('names every file by its content hash and records its size', async () => {
    const files = [...manifest.color.levels, manifest.elevation, manifest.normal];
    for (const f of files) {
      const bytes = await readFile(join(out, f.file));
      expect(bytes.length).toBe(f.bytes);
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(sha).toBe(f.sha256);
      expect(f.file).toContain(`.${sha.slice(0, 16)}.`);
    }
    expect((await readdir(out)).sort()).toEqual(
      [...files.map((f) => f.file), MANIFEST_FILE].sort(),
    );
  });

  it('stores the DEM as int16le half-metres, north row first, with exact stats', async () => {
    const e = manifest.elevation;
    expect([e.width, e.height, e.encoding, e.scaleM, e.offsetM]).toEqual([
      72,
      36,
      'int16le',
      0.5,
      0,
    ]);
    const bytes = await readFile(join(out, e.file));
    const grid = new Int16Array(72 * 36);
    for (let k = 0; k < grid.length; k++) grid[k] = bytes.readInt16LE(k * 2);
    expect(grid).toEqual(kit.demHalfMetres);
    const { i, j } = bumpPixel(72, 36); // 27.5°N 47.5°E
    expect(grid[j * 72 + i]! * e.scaleM).toBe(kit.demHalfMetres[j * 72 + i]! * 0.5);
    expect(e.maxM).toBe(grid[j * 72 + i]! * 0.5);
    expect(e.minM).toBe(Math.min(...grid) * 0.5);
    expect(e.meanM).toBeCloseTo((grid.reduce((a, b) => a + b, 0) / grid.length) * 0.5, 9);
  });

  it('stores the normal map computed from the DEM, with relief facing away from the mountain', async () => {
    const n = manifest.normal;
    expect([n.width, n.height, n.space, n.exaggeration]).toEqual([
      72,
      36,
      'tangent-east-north-up',
      1,
    ]);
    const { data, info } = await sharp(join(out, n.file))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    const expected = computeNormalMap({
      width: 72,
      height: 36,
      heights: kit.demHalfMetres,
      scaleM: 0.5,
      radiusM: MOON_RADIUS_M,
      exaggeration: 1,
    });
    expect(new Uint8Array(data)).toEqual(expected);
    const { i, j } = bumpPixel(72, 36);
    const at = (di: number, dj: number) => data[((j + dj) * 72 + i + di) * 3 + (di !== 0 ? 0 : 1)]!;
    expect(at(2, 0)).toBeGreaterThan(128); // east flank faces east
    expect(at(-2, 0)).toBeLessThan(128); // west flank faces west
    expect(at(0, -2)).toBeGreaterThan(128); // north flank faces north
    expect(at(0, 2)).toBeLessThan(128); // south flank faces south
  });

  it('keeps the color map georeferenced: mare on the near side, pink cap in the north', async () => {
    for (const level of manifest.color.levels) {
      const file = join(out, level.file);
      const mare = await rgbAt(file, 0, 15);
      const farSide = await rgbAt(file, 0, -165);
      const west = await rgbAt(file, 20, -45); // outside the mare's western edge
      const cap = await rgbAt(file, 80, 100);
      for (const c of mare) expect(Math.abs(c - 52)).toBeLessThan(8);
      for (const c of [...farSide, ...west]) expect(Math.abs(c - 200)).toBeLessThan(8);
      expect(cap[0]! - cap[1]!).toBeGreaterThan(25);
    }
  });

  it('says up to date on a second run and leaves the pack alone', async () => {
    const before = await readFile(join(out, MANIFEST_FILE), 'utf8');
    expect(await build(out)).toBe('up-to-date');
    expect(await readFile(join(out, MANIFEST_FILE), 'utf8')).toBe(before);
  });

  it('rebuilds when a pack file is missing or the builder differs', async () => {
    const copy = freshOut();
    await build(copy);
    await rm(join(copy, manifest.normal.file));
    expect(await build(copy)).toBe('built');
    const text = await readFile(join(copy, MANIFEST_FILE), 'utf8');
    await writeFile(join(copy, MANIFEST_FILE), text.replace(BUILDER_ID, 'farside-assets/0'));
    expect(await build(copy)).toBe('built');
    expect((await readManifest(copy)).builder).toBe(BUILDER_ID);
  });

  it('--if-missing accepts any valid pack without looking at the sources', async () => {
    const missing = { kind: 'folder' as const, dir: join(root, 'no-such-folder') };
    expect(await build(out, { ifMissing: true, source: missing })).toBe('present');
    const empty = freshOut();
    expect(await build(empty, { ifMissing: true })).toBe('built');
  });
});

describe('output folder safety', () => {
  it('refuses to replace a folder that is not a pack', async () => {
    const dir = freshOut();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await expect(build(dir)).rejects.toThrow(/refusing to replace .*not a pack/);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await readdir(join(dir, '..'))).toEqual(['pack']);
  });

  it('clears staging folders that a killed run left long ago, and only those', async () => {
    const dir = freshOut();
    const parent = join(dir, '..');
    await mkdir(join(parent, '.pack.tmp-old'), { recursive: true });
    await mkdir(join(parent, '.pack.tmp-recent'), { recursive: true });
    const longAgo = new Date(Date.now() - 24 * 3600 * 1000);
    await utimes(join(parent, '.pack.tmp-old'), longAgo, longAgo);
    expect(await build(dir)).toBe('built');
    expect((await readdir(parent)).sort()).toEqual(['.pack.tmp-recent', 'pack']);
  });
});

describe('source choice', () => {
  it('float and uint DEMs give identical elevation and normal files', async () => {
    const a = freshOut();
    const b = freshOut();
    await build(a, { choice: { elevation: kit.names.demUint } });
    await build(b, { choice: { elevation: kit.names.demFloat } });
    const [ma, mb] = [await readManifest(a), await readManifest(b)];
    expect(mb.elevation.source).toBe(kit.names.demFloat);
    expect(mb.elevation.file).toBe(ma.elevation.file);
    expect(mb.normal.file).toBe(ma.normal.file);
    expect({ ...mb.elevation, source: '' }).toEqual({ ...ma.elevation, source: '' });
  });

  it('uses the JPEG when asked, and rebuilds when the chosen source changes', async () => {
    const dir = freshOut();
    expect(await build(dir)).toBe('built');
    expect(await build(dir, { choice: { color: kit.names.colorJpeg } })).toBe('built');
    const m = await readManifest(dir);
    expect(m.color.source).toBe(kit.names.colorJpeg);
    expect(await rgbAt(join(dir, m.color.levels[0]!.file), 0, 15)).toSatisfy((c: number[]) =>
      c.every((v) => v < 70),
    );
  });

  it('refuses a named file that is missing or of the wrong kind', async () => {
    await expect(build(freshOut(), { choice: { color: 'nope.tif' } })).rejects.toThrow(
      /nope\.tif \(requested color source\) is not in/,
    );
    await expect(build(freshOut(), { choice: { color: kit.names.demUint } })).rejects.toThrow(
      /is not a color file/,
    );
  });
});

describe('bad input never replaces a good pack', () => {
  let out: string;
  let goodManifest: string;

  beforeAll(async () => {
    out = freshOut();
    await build(out);
    goodManifest = await readFile(join(out, MANIFEST_FILE), 'utf8');
  });

  /** A copy of the kit in a new folder, with `name` replaced by `bytes` (or removed). */
  async function variantKit(name: string, bytes: Buffer | null): Promise<string> {
    const dir = join(root, `variant-${++counter}`);
    await mkdir(dir);
    for (const file of Object.values(kit.names)) {
      if (file !== name) await copyFile(join(kit.dir, file), join(dir, file));
    }
    if (bytes) await writeFile(join(dir, name), bytes);
    return dir;
  }

  /** The catalog with `name`'s published size and hash removed (like lroc_color_poles_8k.tif). */
  const unpublished = (name: string, patch: object = {}): KitCatalog =>
    kit.catalog.map((e) => (e.name === name ? { ...e, sha256: null, bytes: null, ...patch } : e));

  async function expectFailure(options: Partial<BuildOptions>, message: RegExp): Promise<void> {
    const error = await build(out, options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AssetError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(await readFile(join(out, MANIFEST_FILE), 'utf8')).toBe(goodManifest);
    expect((await readdir(join(out, '..'))).filter((n) => n !== 'pack')).toEqual([]);
  }

  it('a missing folder', async () => {
    await expectFailure(
      { source: { kind: 'folder', dir: join(root, 'absent') } },
      /kit folder not found or unreadable: .*absent/,
    );
  });

  it('a folder without an elevation file', async () => {
    const dir = await variantKit(kit.names.demUint, null);
    await rm(join(dir, kit.names.demFloat));
    await expectFailure({ source: { kind: 'folder', dir } }, /no usable elevation file in/);
  });

  it('a file whose SHA-256 does not match the catalog', async () => {
    const bytes = await readFile(join(kit.dir, kit.names.colorTiff));
    const k = bytes.length - 100;
    bytes[k] = bytes[k]! ^ 0xff;
    const dir = await variantKit(kit.names.colorTiff, bytes);
    await expectFailure(
      { source: { kind: 'folder', dir } },
      /synthetic_color\.tif does not match its catalog SHA-256/,
    );
  });

  it('a file of the wrong size', async () => {
    const bytes = await readFile(join(kit.dir, kit.names.demUint));
    const dir = await variantKit(kit.names.demUint, bytes.subarray(0, 1000));
    await expectFailure(
      { source: { kind: 'folder', dir } },
      /synthetic_dem_uint\.tif is 1,000 bytes, expected .*truncated/,
    );
  });

  it('a truncated JPEG with no published hash', async () => {
    const bytes = await readFile(join(kit.dir, kit.names.colorJpeg));
    const dir = await variantKit(kit.names.colorJpeg, bytes.subarray(0, bytes.length >> 1));
    await expectFailure(
      {
        source: { kind: 'folder', dir },
        catalog: unpublished(kit.names.colorJpeg),
        choice: { color: kit.names.colorJpeg },
      },
      /synthetic_color\.jpg: cannot decode the image data/,
    );
  });

  it('a corrupt color TIFF with no published hash', async () => {
    const bytes = await readFile(join(kit.dir, kit.names.colorTiff));
    bytes.fill(0x55, 200, bytes.length - 400); // LZW data scrambled, header and IFD kept
    const dir = await variantKit(kit.names.colorTiff, bytes);
    await expectFailure(
      { source: { kind: 'folder', dir }, catalog: unpublished(kit.names.colorTiff) },
      /synthetic_color\.tif(:| is not)/,
    );
  });

  it('a truncated DEM TIFF with no published hash', async () => {
    const bytes = await readFile(join(kit.dir, kit.names.demFloat));
    const dir = await variantKit(kit.names.demFloat, bytes.subarray(0, 5000));
    await expectFailure(
      {
        source: { kind: 'folder', dir },
        catalog: unpublished(kit.names.demFloat),
        choice: { elevation: kit.names.demFloat },
      },
      /synthetic_dem\.tif is not a readable TIFF/,
    );
  });

  it('a file whose dimensions differ from the catalog', async () => {
    const small = await sharp(join(kit.dir, kit.names.colorTiff))
      .resize(1024, 512)
      .tiff({ compression: 'lzw', predictor: 'horizontal' })
      .toBuffer();
    const colorDir = await variantKit(kit.names.colorTiff, small);
    await expectFailure(
      { source: { kind: 'folder', dir: colorDir }, catalog: unpublished(kit.names.colorTiff) },
      /synthetic_color\.tif is 1024×512, the catalog says 2048×1024/,
    );
    const demDir = await variantKit(
      kit.names.demUint,
      encodeGrayTiff(new Uint16Array(64 * 32).fill(20000), 64, 32),
    );
    await expectFailure(
      { source: { kind: 'folder', dir: demDir }, catalog: unpublished(kit.names.demUint) },
      /synthetic_dem_uint\.tif is 64×32, the catalog says 72×36/,
    );
  });
});
