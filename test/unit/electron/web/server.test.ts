import { request as httpRequest } from 'node:http';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WebServerError,
  allowedHostsFor,
  startWebServer,
  type WebServer,
} from '../../../../electron/web/server';
import {
  COLOR_NAME,
  INDEX_HTML,
  SECRET,
  makeServeTree,
  type ServeTree,
} from '../fixtures/serve-tree';

let tree: ServeTree;
let server: WebServer;

beforeAll(async () => {
  tree = await makeServeTree();
  server = await startWebServer({
    appRoot: tree.appRoot,
    packRoot: tree.packRoot,
    port: 0,
    host: '127.0.0.1',
  });
});

afterAll(async () => {
  await server.close();
  await tree.cleanup();
});

/** A raw request, so the test controls the Host header and the path bytes. */
function raw(
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path: urlPath, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startWebServer', () => {
  it('prints a loopback URL with the chosen port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });

  it('serves the index with CSP', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves a pack file whole and by range', async () => {
    const whole = await fetch(new URL(`pack/${COLOR_NAME}`, server.url));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(tree.color);

    const part = await fetch(new URL(`pack/${COLOR_NAME}`, server.url), {
      headers: { Range: 'bytes=256-511' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 256-511/${tree.color.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(tree.color.slice(256, 512));
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(new URL('pack/manifest.json', server.url));
    await first.text();
    const second = await fetch(new URL('pack/manifest.json', server.url), {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    expect(second.status).toBe(304);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/%2e%2e/secret.txt',
    '/escape-link.txt',
    '/..\\secret.txt',
  ])('refuses raw hostile path %s', async (urlPath) => {
    const response = await raw(urlPath);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers the pack status as JSON, decided on the host', async () => {
    const response = await fetch(`${server.url}api/pack-status`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The fixture's manifest lacks most fields: the host says so and where it looked.
    const status = (await response.json()) as Record<string, unknown>;
    expect(status).toMatchObject({
      state: 'invalid',
      location: tree.packRoot,
      fixCommand: 'npm run assets',
    });
    expect(String(status.reason)).toMatch(/manifest\.json is invalid/);
  });

  it('refuses other methods and hosts on the status endpoint', async () => {
    expect((await fetch(`${server.url}api/pack-status`, { method: 'POST' })).status).toBe(405);
    expect((await raw('/api/pack-status', { Host: 'evil.example:80' })).status).toBe(404);
    expect((await raw('/api/nothing-here')).status).toBe(404);
  });

  it('refuses other Host names (DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    expect((await raw('/', { Host: `evil.example:${port}` })).status).toBe(404);
    expect((await raw('/', { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('answers 400, not a guess, to a Host header that is not a host', async () => {
    const { port } = new URL(server.url);
    for (const host of [`127.0.0.1:${port}/pack`, `127.0.0.1:${port}@evil.example`, 'a b']) {
      const response = await raw('/', { Host: host });
      expect(response.status).toBe(400);
      expect(response.body).toBe('Bad request');
    }
  });

  it('answers HEAD with the length and no body, for files and errors alike', async () => {
    const { hostname, port } = new URL(server.url);
    const head = (urlPath: string) =>
      new Promise<{ status: number; length: string | undefined; bytes: number }>(
        (resolve, reject) => {
          const req = httpRequest(
            { host: hostname, port, path: urlPath, method: 'HEAD' },
            (res) => {
              let bytes = 0;
              res.on('data', (chunk: Buffer) => (bytes += chunk.length));
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  length: res.headers['content-length'],
                  bytes,
                }),
              );
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
    expect(await head(`/pack/${COLOR_NAME}`)).toEqual({
      status: 200,
      length: String(tree.color.length),
      bytes: 0,
    });
    expect((await head('/nope.txt')).status).toBe(404);
  });

  it('says clearly when the port is taken', async () => {
    const { port } = new URL(server.url);
    const attempt = startWebServer({
      appRoot: tree.appRoot,
      packRoot: tree.packRoot,
      port: Number(port),
      host: '127.0.0.1',
    });
    await expect(attempt).rejects.toThrow(WebServerError);
    await expect(attempt).rejects.toThrow(/already in use/);
  });

  it('says to build the renderer when the app folder is not built', async () => {
    const attempt = startWebServer({
      appRoot: path.join(tree.dir, 'nowhere'),
      packRoot: tree.packRoot,
      port: 0,
      host: '127.0.0.1',
    });
    await expect(attempt).rejects.toThrow(/npm run build:renderer/);
  });
});

describe('allowedHostsFor', () => {
  it('allows the loopback names for a loopback bind', () => {
    expect(allowedHostsFor('127.0.0.1')).toEqual(['127.0.0.1', 'localhost', '127.0.0.1', '[::1]']);
    expect(allowedHostsFor('::1')).toContain('[::1]');
  });
  it('allows only the named host otherwise, any host for a wildcard bind', () => {
    expect(allowedHostsFor('kiosk.local')).toEqual(['kiosk.local']);
    expect(allowedHostsFor('0.0.0.0')).toBeNull();
  });
});
