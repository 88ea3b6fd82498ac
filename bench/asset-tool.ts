/**
 * Asset tool: wall time and peak RSS of a pack build, from the real kit
 * (MOON_KIT_DIR, through the real CLI) and from a synthetic kit of the size
 * users will download (8192×4096 color, 5760×2880 float DEM).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticKit } from '../test/support/synthetic-kit';

export interface BuildFigures {
  seconds: number;
  peakRssMB: number;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[]): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        reject(new Error(`asset build failed (${code}): ${stderr.trim().split('\n').pop()}`));
      else resolve({ seconds: (performance.now() - started) / 1000, stdout });
    });
  });
}

export async function benchRealKit(kitDir: string, workDir: string): Promise<BuildFigures> {
  const out = join(workDir, 'asset-real-pack');
  await rm(out, { recursive: true, force: true });
  const { seconds, stdout } = await run(['bench/asset-child.ts', '--from', kitDir, '--out', out]);
  const kb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(stdout)?.[1]);
  await rm(out, { recursive: true, force: true });
  return { seconds, peakRssMB: kb / 1024 };
}

export async function benchSyntheticKit(workDir: string): Promise<BuildFigures> {
  const kitDir = join(workDir, 'synthetic-8k-kit');
  const catalogFile = join(kitDir, 'bench-catalog.json');
  const namesFile = join(kitDir, 'bench-names.json');
  if (!existsSync(catalogFile) || !existsSync(namesFile)) {
    await mkdir(kitDir, { recursive: true });
    const kit = await writeSyntheticKit(kitDir, {
      demWidth: 5760,
      demHeight: 2880,
      colorWidth: 8192,
    });
    await writeFile(catalogFile, JSON.stringify(kit.catalog));
    await writeFile(namesFile, JSON.stringify(kit.names));
  }
  const names = JSON.parse(await readFile(namesFile, 'utf8')) as { demFloat: string };
  const out = join(workDir, 'asset-synthetic-pack');
  await rm(out, { recursive: true, force: true });
  const { seconds, stdout } = await run([
    'test/unit/assets/build-child.ts',
    catalogFile,
    kitDir,
    out,
    names.demFloat,
  ]);
  const report = JSON.parse(stdout) as { maxRssMB: number };
  await rm(out, { recursive: true, force: true });
  return { seconds, peakRssMB: report.maxRssMB };
}
