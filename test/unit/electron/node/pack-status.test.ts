import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KIT_CREDIT, type PackManifest } from '../../../../assets/format/manifest';
import { FIX_PACK_COMMAND } from '../../../../assets/format/pack-status';
import { packStatusSchema } from '../../../../electron/ipc/contract';
import { readPackStatus } from '../../../../electron/node/pack-status';

const SHA = 'a'.repeat(64);
/** Each pack file's bytes: `n` bytes of value `n` (distinct content per file). */
const bytesOf = (n: number): Uint8Array => new Uint8Array(n).fill(n);
const shaOf = (n: number): string => createHash('sha256').update(bytesOf(n)).digest('hex');
const COLOR_SMALL = 'color-512.0123abcd89ef4567.jpg';
const COLOR_LARGE = 'color-1024.89ef45670123abcd.jpg';
const DEM = 'elevation-720.fedcba9876543210.i16';
const NORMAL = 'normal-720.00112233aabbccdd.png';

function manifest(): PackManifest {
  return {
    format: 'farside-pack',
    version: 1,
    builtAt: '2025-01-01T00:00:00Z',
    builder: 'test',
    datum: { body: 'Moon', radiusM: 1_737_400, lonLeftEdgeDeg: -180 },
    credits: [KIT_CREDIT],
    sources: [
      {
        name: 'lroc_color_poles_1k.tif',
        kind: 'color',
        bytes: 10,
        sha256: SHA,
        credit: KIT_CREDIT,
      },
    ],
    color: {
      source: 'lroc_color_poles_1k.tif',
      levels: [
        {
          file: COLOR_SMALL,
          bytes: 11,
          sha256: shaOf(11),
          width: 512,
          height: 256,
          mime: 'image/jpeg',
        },
        {
          file: COLOR_LARGE,
          bytes: 12,
          sha256: shaOf(12),
          width: 1024,
          height: 512,
          mime: 'image/jpeg',
        },
      ],
    },
    elevation: {
      file: DEM,
      bytes: 13,
      sha256: shaOf(13),
      width: 720,
      height: 360,
      encoding: 'int16le',
      scaleM: 0.5,
      offsetM: -10000,
      minM: -9000,
      maxM: 10000,
      meanM: 0,
      source: 'ldem_4.tif',
    },
    normal: {
      file: NORMAL,
      bytes: 14,
      sha256: shaOf(14),
      width: 720,
      height: 360,
      mime: 'image/png',
      space: 'tangent-east-north-up',
      exaggeration: 1,
    },
  };
}

const dirs: string[] = [];

async function packDir(contents: Record<string, string | number>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'farside-pack-'));
  dirs.push(dir);
  for (const [name, value] of Object.entries(contents)) {
    await fs.writeFile(path.join(dir, name), typeof value === 'number' ? bytesOf(value) : value);
  }
  return dir;
}

async function fullPack(): Promise<string> {
  return packDir({
    'manifest.json': JSON.stringify(manifest()),
    [COLOR_SMALL]: 11,
    [COLOR_LARGE]: 12,
    [DEM]: 13,
    [NORMAL]: 14,
  });
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe('readPackStatus', () => {
  it('is ready with baseUrl pack/ and the manifest when everything is in place', async () => {
    const status = await readPackStatus(await fullPack(), 'development');
    expect(status).toEqual({
      state: 'ready',
      baseUrl: 'pack/',
      manifest: manifest(),
      damage: null,
    });
    expect(packStatusSchema.safeParse(status).success).toBe(true);
  });

  it('is missing when the folder has no manifest, naming the folder and the fix', async () => {
    const dir = await packDir({});
    const status = await readPackStatus(dir, 'development');
    expect(status).toMatchObject({ state: 'missing', fixCommand: FIX_PACK_COMMAND, location: dir });
    expect(status.state !== 'ready' && status.fixText).toMatch(/Run this in the Farside folder/);
    expect(packStatusSchema.safeParse(status).success).toBe(true);
  });

  it('is missing when the folder itself does not exist', async () => {
    const dir = path.join(os.tmpdir(), 'farside-no-such-pack-9d3e');
    expect(await readPackStatus(dir, 'development')).toMatchObject({
      state: 'missing',
      location: dir,
    });
  });

  it('is invalid with the parse reason for broken JSON', async () => {
    const status = await readPackStatus(
      await packDir({ 'manifest.json': '{ nope' }),
      'development',
    );
    expect(status).toMatchObject({ state: 'invalid', fixCommand: FIX_PACK_COMMAND });
    expect(status.state !== 'ready' && status.reason).toMatch(/not valid JSON/);
  });

  it('is invalid naming the bad field for a schema violation', async () => {
    const bad = { ...manifest(), version: 2 };
    const status = await readPackStatus(
      await packDir({ 'manifest.json': JSON.stringify(bad) }),
      'development',
    );
    expect(status.state).toBe('invalid');
    expect(status.state !== 'ready' && status.reason).toMatch(/pack format version 2/);
  });

  it('in an installed app, says what fixes it without any npm command', async () => {
    const dir = await fullPack();
    await fs.rm(path.join(dir, COLOR_SMALL));
    await fs.rm(path.join(dir, COLOR_LARGE));
    const status = await readPackStatus(dir, 'packaged');
    expect(status).toMatchObject({ state: 'invalid', fixCommand: null, location: dir });
    expect(status.state !== 'ready' && status.fixText).toMatch(
      /Reinstall Farside, or choose a folder with Moon Kit files/,
    );
    expect(JSON.stringify(status)).not.toMatch(/npm/);
  });

  it.each([COLOR_SMALL, COLOR_LARGE, DEM, NORMAL])(
    'is ready without %s when it is missing, naming it and the fix',
    async (file) => {
      const dir = await fullPack();
      await fs.rm(path.join(dir, file));
      const status = await readPackStatus(dir, 'development');
      expect(status.state).toBe('ready');
      expect(status.state === 'ready' && status.damage).toEqual({
        reason: `The pack file ${file} is missing.`,
        files: [{ file, problem: 'missing', detail: 'is missing' }],
        fixText: 'Run this in the Farside folder, then reload:',
        fixCommand: FIX_PACK_COMMAND,
      });
      expect(packStatusSchema.safeParse(status).success).toBe(true);
    },
  );

  it('is invalid when no color level is left, naming every missing one', async () => {
    const dir = await fullPack();
    await fs.rm(path.join(dir, COLOR_SMALL));
    await fs.rm(path.join(dir, COLOR_LARGE));
    const status = await readPackStatus(dir, 'development');
    expect(status.state).toBe('invalid');
    expect(status.state !== 'ready' && status.files.map((f) => f.file)).toEqual([
      COLOR_SMALL,
      COLOR_LARGE,
    ]);
  });

  it('names a file with the wrong size', async () => {
    const dir = await fullPack();
    await fs.writeFile(path.join(dir, DEM), bytesOf(12));
    const status = await readPackStatus(dir, 'development');
    expect(status.state === 'ready' && status.damage?.reason).toMatch(
      new RegExp(`${DEM}.*12 bytes.*13`),
    );
    expect(status.state === 'ready' && status.damage?.files.map((f) => f.problem)).toEqual([
      'size',
    ]);
  });

  it('names a file whose bytes changed in place (same size), even after a clean check', async () => {
    const dir = await fullPack();
    expect((await readPackStatus(dir, 'development')).state).toBe('ready');
    const changed = bytesOf(14);
    changed[7] = changed[7]! ^ 0x01;
    await fs.writeFile(path.join(dir, NORMAL), changed);
    const status = await readPackStatus(dir, 'development');
    expect(status.state === 'ready' && status.damage?.files).toEqual([
      { file: NORMAL, problem: 'sha256', detail: 'does not match its SHA-256 in manifest.json' },
    ]);
  });

  it('counts a listed file that is a folder as missing', async () => {
    const dir = await fullPack();
    await fs.rm(path.join(dir, NORMAL));
    await fs.mkdir(path.join(dir, NORMAL));
    const status = await readPackStatus(dir, 'development');
    expect(status.state === 'ready' && status.damage?.files).toEqual([
      { file: NORMAL, problem: 'missing', detail: 'is missing' },
    ]);
  });
});
