/**
 * A first run with no network and no kit: `npm run assets -- --if-missing`
 * builds the starter pack from assets/starter, and nothing touches the
 * network (the child runs with every network entry point blocked and logged).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgePack } from '../../../assets/tool/pack-check';
import { KIT_CATALOG, STARTER_KIT, findEntry } from '../../../assets/tool/catalog';
import { REPO_ROOT, runCli } from './cli-run';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'farside-starter-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const blockNetwork = (netlog: string) => ({
  MOON_KIT_DIR: '',
  FARSIDE_PACK_DIR: '',
  FARSIDE_NETLOG: netlog,
  NODE_OPTIONS: `--import tsx --import ${join(REPO_ROOT, 'test/support/no-network.ts')}`,
});

describe('starter pack, offline', () => {
  it('the network block works: a download attempt is refused and logged', async () => {
    const netlog = join(root, 'net-download.log');
    const run = await runCli(['--out', join(root, 'never'), '--cache', join(root, 'cache')], {
      ...blockNetwork(netlog),
    });
    expect(run.code).toBe(1);
    const attempts = (await readFile(netlog, 'utf8')).trim().split('\n');
    expect(attempts[0]).toBe('armed');
    expect(
      attempts.slice(1).some((line) => line.startsWith('fetch https://svs.gsfc.nasa.gov/')),
    ).toBe(true);
  });

  it('--if-missing with no kit builds the starter pack, fetching nothing', async () => {
    const netlog = join(root, 'net-starter.log');
    const out = join(root, 'pack');
    const started = Date.now();
    const run = await runCli(['--if-missing', '--out', out], blockNetwork(netlog));
    const seconds = (Date.now() - started) / 1000;
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(netlog, 'utf8')).toBe('armed\n');
    expect(run.lines.at(-1)).toBe(`assets: pack written to ${out}`);

    // A complete pack, every file's hash checked, made from the two starter originals.
    const verdict = await judgePack(out, { hashes: true });
    expect(verdict.state).toBe('ready');
    if (verdict.state !== 'ready') return;
    const sources = Object.fromEntries(verdict.manifest.sources.map((s) => [s.name, s.sha256]));
    expect(sources).toEqual({
      [STARTER_KIT.color]: findEntry(KIT_CATALOG, STARTER_KIT.color)!.sha256,
      [STARTER_KIT.elevation]: findEntry(KIT_CATALOG, STARTER_KIT.elevation)!.sha256,
    });
    expect(verdict.manifest.color.levels.at(-1)!.width).toBe(1024);
    expect(verdict.manifest.elevation.width).toBe(1440);
    // Most of this is starting Node and tsx; the build itself takes about a second.
    console.log(`starter pack built offline in ${seconds.toFixed(1)} s (child process)`);
    expect(seconds).toBeLessThan(30);

    // A second run sees the pack and stops at once.
    const again = await runCli(['--if-missing', '--out', out], blockNetwork(netlog));
    expect(again.lines).toEqual([`assets: pack present in ${out}`]);
  });
});
