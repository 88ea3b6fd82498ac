/**
 * Checks against the real NASA kit files (../shared/moonkit/README.md gives
 * the reference values). They need the files, so they run only when
 * MOON_KIT_DIR points at a kit folder.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latLonToPixel, pixelCenterLatLon } from '../../../assets/format/georef';
import type { PackManifest } from '../../../assets/format/manifest';
import { MANIFEST_FILE, parseManifestText } from '../../../assets/format/manifest';
import { findEntry, KIT_CATALOG } from '../../../assets/tool/catalog';
import { readDem } from '../../../assets/tool/read-dem';
import { runCli } from './cli-run';

const kitDir = process.env.MOON_KIT_DIR ?? '';
const reason = kitDir === '' ? ' — SKIPPED: set MOON_KIT_DIR to a Moon Kit folder to run' : '';

function argExtreme(values: Int16Array, sign: 1 | -1): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) {
    if (sign * values[k]! > sign * values[best]!) best = k;
  }
  return best;
}

describe.skipIf(kitDir === '')(`real kit in MOON_KIT_DIR${reason}`, () => {
  let root: string;
  let out: string;
  let manifest: PackManifest;
  let buildLines: string[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'farside-realkit-'));
    out = join(root, 'pack');
    const run = await runCli(['--out', out], { MOON_KIT_DIR: kitDir });
    buildLines = run.lines;
    expect(run.code, run.stderr).toBe(0);
    const parsed = parseManifestText(await readFile(join(out, MANIFEST_FILE), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    manifest = parsed.manifest;
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds the README extremes in ldem_4.tif where the README puts them', async () => {
    const dem = await readDem(findEntry(KIT_CATALOG, 'ldem_4.tif')!, join(kitDir, 'ldem_4.tif'));
    const hi = argExtreme(dem.halfMetres, 1);
    const lo = argExtreme(dem.halfMetres, -1);
    expect(dem.halfMetres[hi]! * 0.5).toBe(10504);
    expect(pixelCenterLatLon(hi % 1440, Math.floor(hi / 1440), 1440, 720)).toEqual({
      latDeg: 5.375,
      lonDeg: -158.625,
    });
    expect(dem.halfMetres[lo]! * 0.5).toBe(-8878.5);
    expect(pixelCenterLatLon(lo % 1440, Math.floor(lo / 1440), 1440, 720)).toEqual({
      latDeg: -70.375,
      lonDeg: -172.375,
    });
  });

  it('decodes ldem_4.tif and ldem_4_uint.tif to identical half-metres', async () => {
    const float = await readDem(findEntry(KIT_CATALOG, 'ldem_4.tif')!, join(kitDir, 'ldem_4.tif'));
    const uint = await readDem(
      findEntry(KIT_CATALOG, 'ldem_4_uint.tif')!,
      join(kitDir, 'ldem_4_uint.tif'),
    );
    expect(Buffer.from(float.halfMetres.buffer).equals(Buffer.from(uint.halfMetres.buffer))).toBe(
      true,
    );
  });

  it('builds a pack with the README elevation range and mean', () => {
    expect(buildLines.at(-1)).toBe(`assets: pack written to ${out}`);
    expect(manifest.elevation.minM).toBe(-8878.5);
    expect(manifest.elevation.maxM).toBe(10504);
    expect(manifest.elevation.meanM).toBeCloseTo(-519, 0); // README: −0.519 km
  });

  it('keeps the color close to the README mean, with dark maria on the near side', async () => {
    const level = manifest.color.levels.find((l) => l.width === 2048)!;
    const file = join(out, level.file);
    const stats = await sharp(file).stats();
    const mean = stats.channels.map((c) => c.mean);
    [152.6, 150.7, 144.9].forEach((m, k) => expect(Math.abs(mean[k]! - m)).toBeLessThan(3));
    const { data, info } = await sharp(file)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    /** Mean grey over a 2°×2° box (single pixels can land on a bright crater). */
    const grey = (latDeg: number, lonDeg: number) => {
      let sum = 0;
      let n = 0;
      for (let dLat = -1; dLat <= 1; dLat += 0.25) {
        for (let dLon = -1; dLon <= 1; dLon += 0.25) {
          const p = latLonToPixel(latDeg + dLat, lonDeg + dLon, info.width, info.height);
          sum += data[Math.round(p.y) * info.width + Math.round(p.x)]!;
          n++;
        }
      }
      return sum / n;
    };
    // README: under the −180°-left reading the maria sample ~70–91, under the
    // other reading (the same pixels 180° away) ~163–174.
    const maria = [
      [8.5, 31.4], // Mare Tranquillitatis
      [17, 59.1], // Mare Crisium
      [32.8, -15.6], // Mare Imbrium
    ] as const;
    for (const [lat, lon] of maria) {
      expect(grey(lat, lon)).toBeLessThan(100);
      expect(grey(lat, lon + 180)).toBeGreaterThan(150);
    }
  });

  it('derives a normal map with relief (not flat) that averages to straight up', async () => {
    const stats = await sharp(join(out, manifest.normal.file)).stats();
    const [east, north, up] = stats.channels;
    expect(Math.abs(east!.mean - 128)).toBeLessThan(2);
    expect(Math.abs(north!.mean - 128)).toBeLessThan(2);
    expect(up!.mean).toBeGreaterThan(250);
    expect(east!.stdev).toBeGreaterThan(2);
  });

  it('says up to date on a second run', async () => {
    const run = await runCli(['--from', kitDir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.lines.at(-1)).toBe(`assets: pack is up to date (${out})`);
  });
});
