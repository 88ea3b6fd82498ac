import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pixelCenterLatLon } from '../../../assets/format/georef';
import type { KitEntry } from '../../../assets/tool/catalog';
import { findEntry } from '../../../assets/tool/catalog';
import { readDem } from '../../../assets/tool/read-dem';
import type { SyntheticKit } from '../../support/synthetic-kit';
import { bumpPixel, writeSyntheticKit } from '../../support/synthetic-kit';

let kit: SyntheticKit;
let dir: string;
const entryOf = (name: string): KitEntry => findEntry(kit.catalog, name)!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'farside-dem-'));
  kit = await writeSyntheticKit(join(dir, 'kit'), { demWidth: 72, demHeight: 36, colorWidth: 256 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readDem', () => {
  it('decodes the float32-km and uint16 files to the same exact half-metres', async () => {
    const float = await readDem(entryOf(kit.names.demFloat), join(kit.dir, kit.names.demFloat));
    const uint = await readDem(entryOf(kit.names.demUint), join(kit.dir, kit.names.demUint));
    expect(float.halfMetres).toEqual(kit.demHalfMetres);
    expect(uint.halfMetres).toEqual(kit.demHalfMetres);
  });

  it('puts the synthetic mountain at its lat/lon (pixel centres, left edge −180°)', async () => {
    const dem = await readDem(entryOf(kit.names.demUint), join(kit.dir, kit.names.demUint));
    let best = 0;
    for (let k = 1; k < dem.halfMetres.length; k++) {
      if (dem.halfMetres[k]! > dem.halfMetres[best]!) best = k;
    }
    const { latDeg, lonDeg } = pixelCenterLatLon(best % 72, Math.floor(best / 72), 72, 36);
    // 5° pixels: the centre nearest 28°N 47°E is 27.5°N 47.5°E.
    expect({ latDeg, lonDeg }).toEqual({ latDeg: 27.5, lonDeg: 47.5 });
    const { i, j } = bumpPixel(72, 36);
    expect(best).toBe(j * 72 + i);
    // Peak: 8000 half-metres ± the ±2 texture → 3999…4001 m.
    expect(dem.halfMetres[best]! * 0.5).toBeGreaterThanOrEqual(3999);
    expect(dem.halfMetres[best]! * 0.5).toBeLessThanOrEqual(4001);
  });

  it('rejects a TIFF whose strips run past the end of the file, naming the file', async () => {
    // Point the last strip at the file's last 4 bytes (a readable IFD, missing pixels).
    const tiff = await readFile(join(kit.dir, kit.names.demUint));
    const ifd = tiff.readUInt32LE(4);
    for (let e = 0; e < tiff.readUInt16LE(ifd); e++) {
      const at = ifd + 2 + e * 12;
      if (tiff.readUInt16LE(at) !== 273) continue;
      const count = tiff.readUInt32LE(at + 4);
      tiff.writeUInt32LE(tiff.length - 4, tiff.readUInt32LE(at + 8) + (count - 1) * 4);
    }
    const path = join(dir, 'cut.tif');
    await writeFile(path, tiff);
    await expect(readDem(entryOf(kit.names.demUint), path)).rejects.toThrow(
      /synthetic_dem_uint\.tif is truncated/,
    );
  });

  it('rejects a file cut short at any point as unreadable or truncated', async () => {
    const bytes = await readFile(join(kit.dir, kit.names.demFloat));
    const path = join(dir, 'short.tif');
    for (const keep of [0, 4, 100, bytes.length - 10]) {
      await writeFile(path, bytes.subarray(0, keep));
      await expect(readDem(entryOf(kit.names.demFloat), path)).rejects.toThrow(
        /synthetic_dem\.tif (is not a readable TIFF|is truncated)/,
      );
    }
  });

  it('checks dimensions and sample type against the catalog entry', async () => {
    const path = join(kit.dir, kit.names.demUint);
    await expect(readDem({ ...entryOf(kit.names.demUint), width: 64 }, path)).rejects.toThrow(
      /is 72×36, the catalog says 64×36/,
    );
    await expect(
      readDem({ ...entryOf(kit.names.demUint), encoding: 'float32-km' }, path),
    ).rejects.toThrow(/not a float32 TIFF/);
  });
});
