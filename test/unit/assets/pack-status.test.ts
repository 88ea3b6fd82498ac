/** The one decision on a pack, from facts alone (assets/format/pack-status.ts). */
import { describe, expect, it } from 'vitest';
import { KIT_CREDIT, type PackManifest } from '../../../assets/format/manifest';
import {
  decidePackStatus,
  fixFor,
  packStatusSchema,
  toPackStatus,
  type PackFacts,
} from '../../../assets/format/pack-status';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const COLOR = 'color-1024.0123abcd89ef4567.jpg';
const DEM = 'elevation.fedcba9876543210.i16';
const NORMAL = 'normal.00112233aabbccdd.png';

function manifest(): PackManifest {
  return {
    format: 'farside-pack',
    version: 1,
    builtAt: '2026-01-01T00:00:00Z',
    builder: 'test',
    datum: { body: 'Moon', radiusM: 1_737_400, lonLeftEdgeDeg: -180 },
    credits: [KIT_CREDIT],
    sources: [
      { name: 'ldem_4_uint.tif', kind: 'elevation', bytes: 9, sha256: SHA_A, credit: KIT_CREDIT },
    ],
    color: {
      source: 'lroc_color_poles_1k.jpg',
      levels: [
        { file: COLOR, bytes: 100, sha256: SHA_A, width: 1024, height: 512, mime: 'image/jpeg' },
      ],
    },
    elevation: {
      file: DEM,
      bytes: 200,
      sha256: SHA_A,
      width: 1440,
      height: 720,
      encoding: 'int16le',
      scaleM: 0.5,
      offsetM: 0,
      minM: -9000,
      maxM: 10000,
      meanM: -500,
      source: 'ldem_4_uint.tif',
    },
    normal: {
      file: NORMAL,
      bytes: 300,
      sha256: SHA_A,
      width: 1440,
      height: 720,
      mime: 'image/png',
      space: 'tangent-east-north-up',
      exaggeration: 1,
    },
  };
}

const allFiles = (): Map<string, { bytes: number; sha256?: string }> =>
  new Map([
    [COLOR, { bytes: 100 }],
    [DEM, { bytes: 200 }],
    [NORMAL, { bytes: 300 }],
  ]);

const facts = (text: string, files = allFiles()): PackFacts => ({
  manifest: { kind: 'text', text },
  files,
});

describe('decidePackStatus', () => {
  it('is ready when the manifest is valid and every file has its size', () => {
    expect(decidePackStatus(facts(JSON.stringify(manifest())))).toEqual({
      state: 'ready',
      manifest: manifest(),
      damaged: [],
      reason: null,
    });
  });

  it('is missing without a manifest', () => {
    const verdict = decidePackStatus({ manifest: { kind: 'absent' }, files: new Map() });
    expect(verdict.state).toBe('missing');
    expect(verdict.state !== 'ready' && verdict.reason).toMatch(/manifest\.json is missing/);
  });

  it('is invalid when the manifest cannot be read, with the error code', () => {
    const verdict = decidePackStatus({
      manifest: { kind: 'unreadable', code: 'EACCES' },
      files: new Map(),
    });
    expect(verdict).toMatchObject({ state: 'invalid', files: [] });
    expect(verdict.state !== 'ready' && verdict.reason).toMatch(/EACCES/);
  });

  it('is invalid for bad JSON', () => {
    const verdict = decidePackStatus(facts('{"format": "farside-pack", "version": 1'));
    expect(verdict.state !== 'ready' && verdict.reason).toBe('manifest.json is not valid JSON.');
  });

  it('names another format version as such', () => {
    const verdict = decidePackStatus(facts(JSON.stringify({ ...manifest(), version: 2 })));
    expect(verdict.state).toBe('invalid');
    expect(verdict.state !== 'ready' && verdict.reason).toMatch(
      /pack format version 2; this Farside reads version 1/,
    );
  });

  it('names the first bad field of a schema violation', () => {
    const bad = { ...manifest(), datum: { ...manifest().datum, lonLeftEdgeDeg: 0 } };
    const verdict = decidePackStatus(facts(JSON.stringify(bad)));
    expect(verdict.state !== 'ready' && verdict.reason).toMatch(/datum\.lonLeftEdgeDeg/);
  });

  it('lists every missing or wrong-sized file, and stays usable while the color is intact', () => {
    const files = allFiles();
    files.delete(NORMAL);
    files.set(DEM, { bytes: 150 });
    const verdict = decidePackStatus(facts(JSON.stringify(manifest()), files));
    expect(verdict.state).toBe('ready');
    expect(verdict.state === 'ready' && verdict.damaged).toEqual([
      { file: DEM, problem: 'size', detail: 'is 150 bytes; manifest.json says 200' },
      { file: NORMAL, problem: 'missing', detail: 'is missing' },
    ]);
    expect(verdict.reason).toBe(
      `The pack file ${DEM} is 150 bytes; manifest.json says 200 (and 1 more).`,
    );
  });

  it('checks hashes where the host read them, and only there', () => {
    const files = allFiles();
    files.set(COLOR, { bytes: 100, sha256: SHA_B });
    files.set(DEM, { bytes: 200, sha256: SHA_A });
    const verdict = decidePackStatus(facts(JSON.stringify(manifest()), files));
    // The only color level is wrong: nothing to draw.
    expect(verdict.state).toBe('invalid');
    expect(verdict.state !== 'ready' && verdict.files).toEqual([
      { file: COLOR, problem: 'sha256', detail: 'does not match its SHA-256 in manifest.json' },
    ]);
  });
});

describe('what fixes it', () => {
  it('is a command in a development checkout', () => {
    expect(fixFor('development')).toEqual({
      fixText: 'Run this in the Farside folder, then reload:',
      fixCommand: 'npm run assets',
    });
  });

  it('is never an npm command in an installed app', () => {
    const fix = fixFor('packaged');
    expect(fix.fixCommand).toBeNull();
    expect(fix.fixText).toMatch(/^Reinstall Farside, or choose a folder with Moon Kit files/);
    expect(fix.fixText).not.toMatch(/npm/);
  });

  it('crosses to the renderer in the contract shape, with the location', () => {
    const verdict = decidePackStatus({ manifest: { kind: 'absent' }, files: new Map() });
    const status = toPackStatus(verdict, 'packaged', '/opt/Farside/resources/pack');
    expect(packStatusSchema.parse(status)).toEqual(status);
    expect(status).toMatchObject({ location: '/opt/Farside/resources/pack', fixCommand: null });
    const ready = toPackStatus(
      decidePackStatus(facts(JSON.stringify(manifest()))),
      'development',
      '/x',
    );
    expect(ready).toEqual({ state: 'ready', baseUrl: 'pack/', manifest: manifest(), damage: null });
  });
});
