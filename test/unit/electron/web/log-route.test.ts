/** Web mode's api/log: renderer errors reach the --log-file, scrubbed; nothing else does. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../../electron/web/server';
import { makeServeTree, type ServeTree } from '../fixtures/serve-tree';

let tree: ServeTree;
let server: WebServer;
let dir: string;
let logFile: string;

beforeAll(async () => {
  tree = await makeServeTree();
  dir = await mkdtemp(path.join(tmpdir(), 'farside-web-log-'));
  logFile = path.join(dir, 'logs', 'web.log');
  server = await startWebServer({
    appRoot: tree.appRoot,
    packRoot: tree.packRoot,
    port: 0,
    host: '127.0.0.1',
    logFile,
  });
});

afterAll(async () => {
  await server.close();
  await tree.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}api/log`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('api/log', () => {
  it('appends a scrubbed renderer event to the log file', async () => {
    const secret = path.join(homedir(), 'Moon', 'private.tif');
    const response = await post(
      JSON.stringify({ source: 'pack-load', message: `cannot read ${secret} (file:///x/y.html)` }),
    );
    expect(response.status).toBe(200);
    const text = await readFile(logFile, 'utf8');
    expect(text).toMatch(
      /\[error\]\s+renderer pack-load: cannot read <home>\/Moon\/private\.tif \(<file-url>\)/,
    );
    expect(text).not.toContain(homedir());
  });

  it('refuses what is not an event, too large, or from another site', async () => {
    expect(
      (await post(JSON.stringify({ source: 'uncaught', message: 'x', extra: 1 }))).status,
    ).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect(
      (await post(JSON.stringify({ source: 'uncaught', message: 'x'.repeat(40_000) }))).status,
    ).toBe(413);
    expect(
      (
        await post(JSON.stringify({ source: 'uncaught', message: 'x' }), {
          origin: 'http://evil.example',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await fetch(`${server.url}api/log`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{"source":"uncaught","message":"x"}',
        })
      ).status,
    ).toBe(403);
    expect(await readFile(logFile, 'utf8')).not.toContain('renderer uncaught');
  });

  it('says where the log is, and that a browser cannot open its folder', async () => {
    const response = await fetch(`${server.url}api/log/location`);
    expect(await response.json()).toEqual({ file: logFile, canOpenFolder: false });
  });
});
