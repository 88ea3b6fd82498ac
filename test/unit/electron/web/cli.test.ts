/** `npm run web`'s entry, run as a real process. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_HTML, makeServeTree, type ServeTree } from '../fixtures/serve-tree';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const cli = path.join(repoRoot, 'electron', 'web', 'cli.ts');

let tree: ServeTree;
beforeAll(async () => {
  tree = await makeServeTree();
});
afterAll(() => tree.cleanup());

function run(args: string[]) {
  const child = spawn(process.execPath, [tsx, cli, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('electron/web/cli.ts', () => {
  it('prints the URL, serves, and stops cleanly on SIGINT', async () => {
    const proc = run(['--port', '0', '--app', tree.appRoot, '--pack', tree.packRoot]);
    let url: string | undefined;
    const deadline = Date.now() + 30_000;
    while (url === undefined && Date.now() < deadline) {
      url = /http:\/\/127\.0\.0\.1:\d+\//.exec(proc.output().stdout)?.[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(url, proc.output().stderr).toBeDefined();
    expect(await (await fetch(url!)).text()).toBe(INDEX_HTML);
    proc.child.kill('SIGINT');
    expect(await proc.exited).toBe(0);
  });

  it('fails in one line, telling the user to build the renderer', async () => {
    const proc = run(['--port', '0', '--app', path.join(tree.dir, 'not-built')]);
    expect(await proc.exited).toBe(1);
    const lines = proc.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/npm run build:renderer/);
  });

  it('fails with usage on a bad option', async () => {
    const proc = run(['--port', 'eighty']);
    expect(await proc.exited).toBe(2);
    expect(proc.output().stderr).toMatch(/--port must be a whole number/);
  });
});
