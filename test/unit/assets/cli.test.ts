import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../../assets/format/manifest';
import { buildPack } from '../../../assets/tool/build';
import { silentLogger } from '../../support/silent-logger';
import { writeSyntheticKit } from '../../support/synthetic-kit';
import type { CliRun } from './cli-run';
import { runCli } from './cli-run';

let root: string;
let out: string;
let goodManifest: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'farside-cli-'));
  const kit = await writeSyntheticKit(join(root, 'kit'), { colorWidth: 1024 });
  out = join(root, 'pack');
  await buildPack({
    catalog: kit.catalog,
    source: { kind: 'folder', dir: kit.dir },
    outDir: out,
    log: silentLogger,
  });
  goodManifest = await readFile(join(out, MANIFEST_FILE), 'utf8');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A folder holding files with real kit names but made-up contents. */
async function fakeKit(files: Record<string, Buffer>): Promise<string> {
  const dir = await mkdtemp(join(root, 'fake-'));
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
  return dir;
}

function expectOneErrorLine(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(1);
  const errors = run.lines.filter((l) => l.startsWith('assets: error: '));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(run.lines.at(-1)).toBe(errors[0]);
}

describe('npm run assets (child process)', () => {
  it('a missing folder: one line, exit 1, the existing pack untouched', async () => {
    const run = await runCli(['--from', join(root, 'absent'), '--out', out]);
    expectOneErrorLine(run, /kit folder not found or unreadable: .*absent$/);
    expect(run.lines).toHaveLength(1);
    expect(await readFile(join(out, MANIFEST_FILE), 'utf8')).toBe(goodManifest);
  });

  it('MOON_KIT_DIR is used when --from is absent', async () => {
    const run = await runCli(['--out', out], { MOON_KIT_DIR: join(root, 'env-absent') });
    expectOneErrorLine(run, /kit folder not found or unreadable: .*env-absent$/);
  });

  it('a kit file with the right size but the wrong SHA-256 is named and rejected', async () => {
    const dir = await fakeKit({
      'lroc_color_poles_1k.jpg': Buffer.alloc(139_068),
      'ldem_4_uint.tif': Buffer.alloc(2_076_866),
    });
    const run = await runCli(['--from', dir, '--out', out]);
    expectOneErrorLine(run, /lroc_color_poles_1k\.jpg does not match its catalog SHA-256/);
    expect(await readFile(join(out, MANIFEST_FILE), 'utf8')).toBe(goodManifest);
  });

  it('a truncated kit file is named and rejected', async () => {
    const dir = await fakeKit({
      'lroc_color_poles_1k.jpg': Buffer.alloc(1000),
      'ldem_4.tif': Buffer.alloc(10),
    });
    const run = await runCli(['--from', dir, '--out', out]);
    expectOneErrorLine(run, /lroc_color_poles_1k\.jpg is 1,000 bytes, expected 139,068/);
  });

  it('a folder with no elevation file', async () => {
    const dir = await fakeKit({ 'lroc_color_poles_1k.jpg': Buffer.alloc(1) });
    const run = await runCli(['--from', dir, '--out', out]);
    expectOneErrorLine(run, /no usable elevation file in/);
  });

  it('--if-missing exits 0 at once when a valid pack exists', async () => {
    const run = await runCli(['--if-missing', '--from', join(root, 'absent'), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([`assets: pack present in ${out}`]);
  });

  it('--if-missing still builds (and fails cleanly here) when the pack is broken', async () => {
    const broken = join(root, 'broken-pack');
    await mkdir(broken);
    await writeFile(join(broken, MANIFEST_FILE), '{"format":"nope"}');
    const run = await runCli(['--if-missing', '--from', join(root, 'absent'), '--out', broken]);
    expect(run.lines[0]).toMatch(/building a pack \(manifest\.json is invalid: format/);
    expectOneErrorLine(run, /kit folder not found/);
  });

  it('rejects unknown options in one line and prints usage on --help', async () => {
    expectOneErrorLine(await runCli(['--bogus']), /Unknown option '--bogus'/);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run assets/);
  });
});
