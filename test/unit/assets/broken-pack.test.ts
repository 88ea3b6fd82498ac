/**
 * Broken data, every file × every fault, on a pack built from the real kit
 * (MOON_KIT_DIR) into a temporary folder: each pack file (the manifest, every
 * color level, the elevation grid, the normal map) is truncated, has one byte
 * flipped in place (same size), grows by one byte, or is deleted; the host's
 * check (judgePack with cached hashes, as Electron main and web mode call it)
 * must name the file and the fault, and say the globe is still drawable
 * exactly when an intact color level is left. The expected outcome follows
 * from which file was broken, never from the code under test.
 */
import { cp, mkdtemp, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MANIFEST_FILE,
  parseManifestText,
  type PackManifest,
} from '../../../assets/format/manifest';
import { toPackStatus, usableLayers } from '../../../assets/format/pack-status';
import { judgePack } from '../../../assets/tool/pack-check';
import { runCli } from './cli-run';

const kitDir = process.env.MOON_KIT_DIR ?? '';
const reason = kitDir === '' ? ' — SKIPPED: set MOON_KIT_DIR to a Moon Kit folder to run' : '';

type Fault = 'truncate' | 'flip' | 'grow' | 'delete';
const FAULTS: Fault[] = ['truncate', 'flip', 'grow', 'delete'];
/** What the check must call each fault (a flip keeps the size: only the hash sees it). */
const PROBLEM = { truncate: 'size', flip: 'sha256', grow: 'size', delete: 'missing' } as const;

async function breakFile(path: string, fault: Fault): Promise<void> {
  const bytes = await readFile(path);
  if (fault === 'delete') return unlink(path);
  if (fault === 'truncate') return truncate(path, bytes.length >> 1);
  if (fault === 'grow') return writeFile(path, Buffer.concat([bytes, Buffer.from([0])]));
  const at = bytes.length >> 1;
  bytes[at] = bytes[at]! ^ 0xff;
  return writeFile(path, bytes);
}

describe.skipIf(kitDir === '')(`broken data on the real pack${reason}`, () => {
  let root: string;
  let intact: string;
  let manifest: PackManifest;
  let n = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'farside-broken-'));
    intact = join(root, 'pack');
    const run = await runCli(['--out', intact], { MOON_KIT_DIR: kitDir });
    expect(run.code, run.stderr).toBe(0);
    const parsed = parseManifestText(await readFile(join(intact, MANIFEST_FILE), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    manifest = parsed.manifest;
  }, 180_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** A fresh copy of the intact pack, checked once (so the hash cache has seen it whole). */
  async function copy(): Promise<string> {
    const dir = join(root, `case-${n++}`);
    await cp(intact, dir, { recursive: true });
    expect(await judgePack(dir, { hashes: 'cached' })).toMatchObject({ damaged: [] });
    return dir;
  }

  it('the intact pack has three color levels, an elevation grid and a normal map', () => {
    expect(manifest.color.levels.map((l) => l.width)).toEqual([1024, 2048, 4096]);
  });

  const roles = ['color-0', 'color-1', 'color-2', 'elevation', 'normal'] as const;
  const fileOf = (role: (typeof roles)[number]): string =>
    role === 'elevation'
      ? manifest.elevation.file
      : role === 'normal'
        ? manifest.normal.file
        : manifest.color.levels[Number(role.slice(6))]!.file;

  for (const role of roles) {
    for (const fault of FAULTS) {
      it(`${role}: ${fault} is named, and the globe keeps what is good`, async () => {
        const dir = await copy();
        const file = fileOf(role);
        await breakFile(join(dir, file), fault);
        const verdict = await judgePack(dir, { hashes: 'cached' });
        // Every case leaves at least one intact color level: still drawable.
        expect(verdict.state).toBe('ready');
        if (verdict.state !== 'ready') return;
        expect(verdict.damaged.map((d) => [d.file, d.problem])).toEqual([[file, PROBLEM[fault]]]);
        expect(verdict.reason).toContain(file);
        const usable = usableLayers(manifest, verdict.damaged);
        expect(usable.elevation).toBe(role !== 'elevation');
        expect(usable.normal).toBe(role !== 'normal');
        expect(usable.colorLevels.map((l) => l.file)).toEqual(
          manifest.color.levels.map((l) => l.file).filter((f) => f !== file),
        );
        // What crosses to the renderer names the fix, for either kind of host.
        const dev = toPackStatus(verdict, 'development', dir);
        expect(dev.state === 'ready' && dev.damage?.fixCommand).toBe('npm run assets');
        const installed = toPackStatus(verdict, 'packaged', dir);
        expect(installed.state === 'ready' && installed.damage?.fixText).toMatch(/^Reinstall/);
      });
    }
  }

  for (const fault of FAULTS) {
    it(`every color level: ${fault} leaves nothing to draw and says so`, async () => {
      const dir = await copy();
      for (const level of manifest.color.levels) await breakFile(join(dir, level.file), fault);
      const verdict = await judgePack(dir, { hashes: 'cached' });
      expect(verdict.state).toBe('invalid');
      expect(verdict.state !== 'ready' && verdict.files.map((f) => [f.file, f.problem])).toEqual(
        manifest.color.levels.map((l) => [l.file, PROBLEM[fault]]),
      );
    });
  }

  const manifestCases: [Fault | 'flip-bit', RegExp, 'missing' | 'invalid'][] = [
    ['truncate', /not valid JSON/, 'invalid'],
    ['flip', /not UTF-8 text/, 'invalid'],
    ['grow', /not valid JSON/, 'invalid'],
    ['delete', /manifest\.json is missing/, 'missing'],
  ];
  for (const [fault, message, state] of manifestCases) {
    it(`manifest: ${fault} is named`, async () => {
      const dir = await copy();
      await breakFile(join(dir, MANIFEST_FILE), fault as Fault);
      const verdict = await judgePack(dir, { hashes: 'cached' });
      expect(verdict.state).toBe(state);
      expect(verdict.reason).toMatch(message);
    });
  }
});
