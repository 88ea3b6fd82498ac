/**
 * `npm run bench`: Farside against what a user would write instead, on this
 * machine, in one interleaved run. Prints a Markdown table and writes JSON
 * (see docs/benchmarks.md for how to read it).
 *
 * Options: --runs N (page loads per side, default 7; env BENCH_RUNS),
 * --serve-seconds S (per autocannon load, default 3), --only
 * browser,serving,assets (start-up weight comes with browser), --out FILE (default .cache/bench/results.json),
 * --no-build (use dist/ as it is).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { PackManifest } from '../assets/format/manifest';
import { buildPack } from '../assets/tool/build';
import { startWebServer } from '../electron/web/server';
import { writeSyntheticKit } from '../test/support/synthetic-kit';
import { benchRealKit, benchSyntheticKit } from './asset-tool';
import { launchChromium, runPage, type PageRun } from './browser/pages';
import { browserRows, renderTable, type BenchResults } from './report';
import { benchServing } from './serving';
import { summarize } from './stats';
import { builtWeights, composition, gzipOfScripts, scriptFiles, total } from './weight';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.cache/bench');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
    'serve-seconds': { type: 'string', default: '3' },
    only: { type: 'string', default: 'browser,serving,assets' },
    out: { type: 'string', default: join(work, 'results.json') },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const only = new Set(values.only.split(','));

function sh(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function ensurePack(): Promise<{ packRoot: string; data: string }> {
  const kitDir = process.env.MOON_KIT_DIR;
  if (kitDir) {
    const packRoot = join(work, 'pack-real');
    sh(process.execPath, [
      '--import',
      'tsx',
      'assets/cli.ts',
      '--from',
      kitDir,
      '--out',
      packRoot,
      '--if-missing',
    ]);
    return { packRoot, data: `real NASA kit (${kitDir})` };
  }
  const packRoot = join(work, 'pack-synthetic');
  if (!existsSync(join(packRoot, 'manifest.json'))) {
    const kit = await writeSyntheticKit(join(work, 'synthetic-kit'), {
      demWidth: 720,
      demHeight: 360,
    });
    await buildPack({
      catalog: kit.catalog,
      source: { kind: 'folder', dir: join(work, 'synthetic-kit') },
      outDir: packRoot,
      log: { info() {} },
    });
  }
  return { packRoot, data: 'synthetic kit (set MOON_KIT_DIR for the real one)' };
}

async function largestFile(dir: string): Promise<string> {
  let best = { name: '', size: -1 };
  for (const name of await readdir(dir)) {
    const { size } = await stat(join(dir, name));
    if (size > best.size) best = { name, size };
  }
  return best.name;
}

async function main(): Promise<void> {
  await mkdir(work, { recursive: true });
  if (!values['no-build']) {
    log('building the renderer and the baseline page');
    sh('npx', ['vite', 'build', '--logLevel', 'error']);
    sh('npx', ['vite', 'build', '--logLevel', 'error', '--config', 'bench/vite.config.ts']);
  }
  const { packRoot, data } = await ensurePack();
  const manifest = JSON.parse(
    await readFile(join(packRoot, 'manifest.json'), 'utf8'),
  ) as PackManifest;
  const levels = manifest.color.levels;
  // SwiftShader's MAX_TEXTURE_SIZE is 8192; both pages pick the same level.
  const bestWidth = levels.filter((l) => l.width <= 8192).pop()!.width;
  const appRoot = join(root, 'dist/renderer');
  const baselineRoot = join(root, 'dist/bench-baseline');

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadavgAtStart: loadavg(), data, runs },
  };

  if (only.has('browser')) {
    const farside = await startWebServer({ appRoot, packRoot, port: 0, host: '127.0.0.1' });
    const baseline = await startWebServer({
      appRoot: baselineRoot,
      packRoot,
      port: 0,
      host: '127.0.0.1',
    });
    const browser = await launchChromium();
    const pages: Record<'farside' | 'baseline', PageRun[]> = { farside: [], baseline: [] };
    try {
      const opts = { bestWidth, turn: true };
      for (let run = 0; run < runs; run++) {
        const order =
          run % 2 === 0 ? (['farside', 'baseline'] as const) : (['baseline', 'farside'] as const);
        for (const side of order) {
          const url = side === 'farside' ? farside.url : baseline.url;
          pages[side].push(await runPage(browser, { ...opts, url }));
        }
        log(`pages: run ${run + 1}/${runs} done`);
      }
      // The globe alone: no sites shown (counts only; they do not depend on the machine).
      const bare = await runPage(browser, {
        ...opts,
        url: farside.url,
        turn: false,
        storage: {
          'farside.layers': JSON.stringify({
            state: { headlines: [], groups: [], graticule: false, boundary: false },
            version: 1,
          }),
        },
      });
      const farsideWeights = await builtWeights(appRoot);
      const baselineWeights = await builtWeights(baselineRoot);
      const jsBefore = (w: typeof farsideWeights, list: PageRun[]) =>
        gzipOfScripts(w, list[0]!.scriptsBeforeFirstFrame);
      results.browser = browserRows(pages, bare);
      results.weight = {
        farside: {
          js: total(farsideWeights, 'js'),
          css: total(farsideWeights, 'css'),
          jsGzipBeforeFirstFrame: jsBefore(farsideWeights, pages.farside),
          compositionBeforeFirstFrame: await composition(
            appRoot,
            scriptFiles(farsideWeights, pages.farside[0]!.scriptsBeforeFirstFrame),
          ),
        },
        baseline: {
          js: total(baselineWeights, 'js'),
          css: total(baselineWeights, 'css'),
          jsGzipBeforeFirstFrame: jsBefore(baselineWeights, pages.baseline),
        },
      };
    } finally {
      await browser.close();
      await farside.close();
      await baseline.close();
    }
  }

  if (only.has('serving')) {
    const big = await largestFile(packRoot);
    results.serving = await benchServing({
      appRoot,
      packRoot,
      runs,
      seconds: Number(values['serve-seconds']),
      connections: 10,
      log,
      scenarios: [
        { id: 'whole', label: `whole largest file (${big})`, file: big, status: 200 },
        {
          id: 'range',
          label: '64 KiB range',
          file: big,
          headers: { range: 'bytes=65536-131071' },
          status: 206,
        },
        { id: 'manifest', label: 'manifest.json', file: 'manifest.json', status: 200 },
        {
          id: 'notModified',
          label: 'conditional, answered 304',
          file: 'manifest.json',
          conditional: true,
          status: 304,
        },
      ],
    });
  }

  if (only.has('assets')) {
    const kitDir = process.env.MOON_KIT_DIR;
    const assetRuns = Math.min(runs, 3);
    const real = [];
    const synthetic = [];
    for (let i = 0; i < assetRuns; i++) {
      if (kitDir) real.push(await benchRealKit(resolve(kitDir), work));
      synthetic.push(await benchSyntheticKit(work));
      log(`asset tool: run ${i + 1}/${assetRuns} done`);
    }
    results.assets = {
      real: real.length
        ? {
            seconds: summarize(real.map((r) => r.seconds)),
            peakRssMB: summarize(real.map((r) => r.peakRssMB)),
          }
        : null,
      synthetic: {
        seconds: summarize(synthetic.map((r) => r.seconds)),
        peakRssMB: summarize(synthetic.map((r) => r.peakRssMB)),
      },
    };
  }

  results.machine.loadavgAtEnd = loadavg();
  await mkdir(resolve(values.out, '..'), { recursive: true });
  await writeFile(values.out, JSON.stringify(results, null, 2));
  process.stdout.write(renderTable(results));
  log(`results written to ${values.out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
