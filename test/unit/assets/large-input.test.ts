/**
 * The sizes users download (8192×4096 color, 5760×2880 float DEM) build
 * without size limits and within a sane memory budget. Runs the build in a
 * child process so its peak RSS is its own.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPack } from '../../../assets/tool/pack-check';
import { writeSyntheticKit } from '../../support/synthetic-kit';
import { REPO_ROOT } from './cli-run';

/** Peak resident memory allowed for the whole build process (Node + libvips included). */
const MAX_RSS_MB = 900;

let root = '';
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

function runChild(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('test', 'unit', 'assets', 'build-child.ts'), ...args],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('full-size inputs', () => {
  it('builds an 8k color + 5760×2880 float DEM pack within the memory budget', async () => {
    root = await mkdtemp(join(tmpdir(), 'farside-large-'));
    const kit = await writeSyntheticKit(join(root, 'kit'), {
      demWidth: 5760,
      demHeight: 2880,
      colorWidth: 8192,
    });
    const catalogFile = join(root, 'catalog.json');
    await writeFile(catalogFile, JSON.stringify(kit.catalog));
    const out = join(root, 'pack');
    const run = await runChild([catalogFile, kit.dir, out, kit.names.demFloat]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { result: string; seconds: number; maxRssMB: number };
    expect(report.result).toBe('built');
    expect(report.maxRssMB).toBeLessThan(MAX_RSS_MB);

    const check = await checkPack(out);
    if (!check.ok) throw new Error(check.reason);
    const { color, elevation, normal } = check.manifest;
    expect(color.levels.map((l) => l.width)).toEqual([1024, 2048, 4096, 8192]);
    const top = await sharp(join(out, color.levels[3]!.file)).metadata();
    expect([top.width, top.height]).toEqual([8192, 4096]);
    expect([elevation.width, elevation.height, normal.width, normal.height]).toEqual([
      5760, 2880, 5760, 2880,
    ]);
    const grid = await readFile(join(out, elevation.file));
    expect(grid.length).toBe(5760 * 2880 * 2);
    expect(Buffer.from(kit.demHalfMetres.buffer).equals(grid)).toBe(true);
  });
});
