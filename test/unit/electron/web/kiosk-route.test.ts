import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKiosk } from '../../../../electron/node/kiosk-config';
import { createKioskHost } from '../../../../electron/pure/kiosk/host';
import { startWebServer, type WebServer } from '../../../../electron/web/server';
import { makeServeTree, type ServeTree } from '../fixtures/serve-tree';
import type { KioskExitResult, KioskStatus } from '../../../../assets/format/kiosk';

let tree: ServeTree;
let dir: string;
let kioskServer: WebServer;
let plainServer: WebServer;

beforeAll(async () => {
  tree = await makeServeTree();
  dir = await mkdtemp(path.join(tmpdir(), 'farside-kiosk-'));
  const file = path.join(dir, 'kiosk.json');
  await writeFile(file, JSON.stringify({ idleSeconds: 30, exitPin: '2468', largeType: 'big' }));
  const loaded = await loadKiosk({ flag: false, configPath: file });
  kioskServer = await startWebServer({
    appRoot: tree.appRoot,
    packRoot: tree.packRoot,
    port: 0,
    host: '127.0.0.1',
    kiosk: createKioskHost(loaded.status, loaded.config!.exitPin, () => Date.now()),
  });
  plainServer = await startWebServer({
    appRoot: tree.appRoot,
    packRoot: tree.packRoot,
    port: 0,
    host: '127.0.0.1',
  });
});

afterAll(async () => {
  await kioskServer.close();
  await plainServer.close();
  await tree.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const exit = (server: WebServer, body: string) =>
  fetch(new URL('api/kiosk/exit', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('web mode kiosk route', () => {
  it('serves the kiosk status with the problems and without the PIN', async () => {
    const response = await fetch(new URL('api/kiosk', kioskServer.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const status = (await response.json()) as KioskStatus;
    expect(status.enabled).toBe(true);
    expect(status.exitPinSet).toBe(true);
    expect(status.settings).toEqual({ idleSeconds: 30, largeType: 'big' });
    expect(status.problems).toHaveLength(1);
    expect(status.problems[0]).toMatch(/^largeType: /);
    expect(JSON.stringify(status)).not.toContain('2468');
  });

  it('a server without kiosk mode says it is off', async () => {
    const status = (await (
      await fetch(new URL('api/kiosk', plainServer.url))
    ).json()) as KioskStatus;
    expect(status.enabled).toBe(false);
    expect(
      ((await (await exit(plainServer, '{"pin":"2468"}')).json()) as KioskExitResult).reason,
    ).toBe('not-kiosk');
  });

  it('refuses malformed exits and other methods', async () => {
    expect((await exit(kioskServer, 'pin=2468')).status).toBe(400);
    expect((await exit(kioskServer, '{"pin":2468}')).status).toBe(400);
    expect((await fetch(new URL('api/kiosk/exit', kioskServer.url))).status).toBe(405);
  });

  it('a wrong PIN is refused, the right one leaves kiosk mode for good', async () => {
    expect(await (await exit(kioskServer, '{"pin":"1111"}')).json()).toEqual({
      ok: false,
      retryAfterSeconds: 0,
      reason: 'wrong',
    });
    expect(((await (await exit(kioskServer, '{"pin":"2468"}')).json()) as KioskExitResult).ok).toBe(
      true,
    );
    const status = (await (
      await fetch(new URL('api/kiosk', kioskServer.url))
    ).json()) as KioskStatus;
    expect(status.enabled).toBe(false);
  });
});

describe('loadKiosk', () => {
  it('--kiosk without a file runs on defaults with no problems', async () => {
    const loaded = await loadKiosk({ flag: true, configPath: null, userDataFile: null });
    expect(loaded.status).toMatchObject({ enabled: true, source: null, problems: [] });
    expect(loaded.config?.idleSeconds).toBe(90);
  });

  it('a missing --kiosk-config file is reported, and the kiosk still runs on defaults', async () => {
    const file = path.join(dir, 'nope.json');
    const loaded = await loadKiosk({ flag: false, configPath: file });
    expect(loaded.status.enabled).toBe(true);
    expect(loaded.status.problems).toEqual([`(file): cannot read ${file}: no such file`]);
    expect(loaded.config?.countdownSeconds).toBe(10);
  });

  it('a kiosk.json in user data turns kiosk mode on; its absence keeps it off', async () => {
    const file = path.join(dir, 'user-kiosk.json');
    expect(
      (await loadKiosk({ flag: false, configPath: null, userDataFile: file })).status.enabled,
    ).toBe(false);
    await writeFile(file, '{ "idleSeconds": 45 ');
    const loaded = await loadKiosk({ flag: false, configPath: null, userDataFile: file });
    expect(loaded.status.enabled).toBe(true);
    expect(loaded.status.problems[0]).toMatch(/^\(file\): not valid JSON/);
  });
});

describe('web kiosk pictures (pictures.allowSave, pictures.directory)', () => {
  // A real 1×1 PNG (signature, IHDR, IDAT, IEND).
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const NAME = 'farside-2026-11-23-120000-near-side.png';
  const servers: WebServer[] = [];
  let pictures: string;

  async function kioskWith(settings: object): Promise<WebServer> {
    const file = path.join(dir, `pictures-${servers.length}.json`);
    await writeFile(file, JSON.stringify(settings));
    const loaded = await loadKiosk({ flag: false, configPath: file });
    const server = await startWebServer({
      appRoot: tree.appRoot,
      packRoot: tree.packRoot,
      port: 0,
      host: '127.0.0.1',
      kiosk: createKioskHost(
        loaded.status,
        null,
        () => 0,
        () => {},
        loaded.config!.pictures,
      ),
    });
    servers.push(server);
    return server;
  }
  const post = (
    server: WebServer,
    body: Uint8Array,
    name = NAME,
    headers: Record<string, string> = {},
  ) =>
    fetch(new URL(`api/kiosk/picture?name=${encodeURIComponent(name)}`, server.url), {
      method: 'POST',
      headers: { 'content-type': 'image/png', ...headers },
      body,
    });

  beforeAll(async () => {
    pictures = await mkdtemp(path.join(tmpdir(), 'farside-kiosk-pictures-'));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await rm(pictures, { recursive: true, force: true });
  });

  it('refuses by default (allowSave is false) and writes nothing', async () => {
    const server = await kioskWith({ pictures: { directory: pictures } });
    const response = await post(server, PNG);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { state: string }).state).toBe('failed');
    expect(await readdir(pictures)).toEqual([]);
  });

  it('with allowSave and a directory, the picture lands there byte for byte, never overwriting', async () => {
    const server = await kioskWith({ pictures: { allowSave: true, directory: pictures } });
    const first = (await (await post(server, PNG)).json()) as { state: string; path: string };
    const second = (await (await post(server, PNG)).json()) as { state: string; path: string };
    expect(first).toEqual({ state: 'saved', path: path.join(pictures, NAME) });
    expect(second.path).toBe(path.join(pictures, NAME.replace('.png', '-2.png')));
    expect(Buffer.compare(await readFile(first.path), PNG)).toBe(0);
    expect((await readdir(pictures)).sort()).toEqual([NAME, NAME.replace('.png', '-2.png')].sort());
  });

  it('refuses what is not a PNG or not a Farside picture name', async () => {
    const server = await kioskWith({ pictures: { allowSave: true, directory: pictures } });
    expect((await post(server, Buffer.from('GIF89a'))).status).toBe(400);
    expect((await post(server, PNG, '../escape.png')).status).toBe(400);
    expect(await readdir(path.dirname(pictures))).not.toContain('escape.png');
  });

  it('refuses a post from another origin, or one that is not typed as a PNG', async () => {
    const server = await kioskWith({ pictures: { allowSave: true, directory: pictures } });
    const before = await readdir(pictures);
    expect((await post(server, PNG, NAME, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(server, PNG, NAME, { 'content-type': 'text/plain' })).status).toBe(403);
    expect(await readdir(pictures)).toEqual(before);
  });

  it('with allowSave and no directory, the browser download is the place', async () => {
    const server = await kioskWith({ pictures: { allowSave: true } });
    expect(await (await post(server, PNG)).json()).toEqual({ state: 'download' });
  });

  it('a server that is not a kiosk has no picture route', async () => {
    expect((await post(plainServer, PNG)).status).toBe(404);
  });
});
