import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createNodeFileSource,
  isInside,
  type FsCalls,
} from '../../../../../electron/node/file-source';
import { CONTENT_SECURITY_POLICY } from '../../../../../electron/pure/serve/headers';
import { createMoonHandler, type MoonHandler } from '../../../../../electron/pure/serve/handler';
import type { FileSource } from '../../../../../electron/pure/serve/types';
import {
  APP_JS_NAME,
  COLOR_NAME,
  DEM_NAME,
  INDEX_HTML,
  SECRET,
  makeServeTree,
  type ServeTree,
} from '../../fixtures/serve-tree';

let tree: ServeTree;
let handler: MoonHandler;
let realRoots: string[];
const touched: { call: keyof FsCalls; target: string }[] = [];
const logger = { error: vi.fn() };

/** Descriptors opened, and those given back (closed, or handed to a stream that closes them). */
const fds = { opened: 0, givenBack: 0 };

/** Real fs, with every path the adapter hands to it recorded. */
const recordingFs: FsCalls = {
  realpath: (target) => (touched.push({ call: 'realpath', target }), fsp.realpath(target)),
  open: (target) => (
    touched.push({ call: 'open', target }),
    new Promise((resolve, reject) =>
      fs.open(target, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK, (error, fd) => {
        if (error) reject(error);
        else resolve((fds.opened++, fd));
      }),
    )
  ),
  stat: (target) => (touched.push({ call: 'stat', target }), fsp.stat(target)),
  fstat: (fd) =>
    new Promise((resolve, reject) =>
      fs.fstat(fd, (error, stats) => (error ? reject(error) : resolve(stats))),
    ),
  close: (fd) => (fds.givenBack++, fs.closeSync(fd)),
  createReadStream: (target, options) => (
    touched.push({ call: 'createReadStream', target }),
    fds.givenBack++,
    fs.createReadStream('', { ...options, autoClose: true })
  ),
};

beforeAll(async () => {
  tree = await makeServeTree();
  realRoots = [await fsp.realpath(tree.appRoot), await fsp.realpath(tree.packRoot)];
  handler = createMoonHandler({
    appRoot: tree.appRoot,
    packRoot: tree.packRoot,
    files: createNodeFileSource(recordingFs),
    logger,
    allowedHosts: ['app'],
  });
});

afterAll(() => tree.cleanup());

function get(urlPath: string, init?: RequestInit): Promise<Response> {
  return handler(new Request(`moon://app${urlPath}`, init));
}

function expectNothingOutsideRoots(): void {
  const roots = [tree.appRoot, tree.packRoot, ...realRoots];
  for (const { call, target } of touched) {
    const allowed = call === 'createReadStream' ? realRoots : roots;
    expect(
      allowed.some((root) => isInside(root, target)),
      `${call}(${target}) is outside the served roots`,
    ).toBe(true);
  }
}

describe('hostile requests', () => {
  // Each is sent through a real Request (so the URL parser's normalisation
  // applies, as in Electron and Node) and must get a 4xx without reading
  // anything outside the roots.
  const hostile = [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/.%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/C:%5cWindows%5cwin.ini',
    '/%5c%5cserver%5cshare%5csecret.txt',
    '/index.html%00.png',
    '/%00',
    '/%c0%ae%c0%ae/secret.txt',
    '/%e0%80%ae%e0%80%ae/secret.txt',
    '/..%c0%afsecret.txt',
    '/%zz',
    '/%',
    '/..%u2216secret.txt',
    '/pack/..%2f..%2fsecret.txt',
    '/pack/%2e%2e%5csecret.txt',
    '/pack/../../secret.txt',
    '/assets/..%252f..%252fsecret.txt',
    '/escape-link.txt',
    '/relative-escape.txt',
    '/dir-link/secret.txt',
    '/pack/secret.0123abcd.txt',
    '/../app-secret.txt',
    '/.git/config',
    '/NUL',
    `/${'a/'.repeat(1200)}x`,
  ];

  it.each(hostile)('%s → 4xx, secret never read', async (urlPath) => {
    touched.length = 0;
    for (const method of ['GET', 'HEAD']) {
      const response = await get(urlPath, { method });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toContain(SECRET);
    }
    expectNothingOutsideRoots();
    expect(touched.filter((t) => t.call === 'createReadStream')).toEqual([]);
  });

  it('has at least 25 cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
  });

  it('serves a symlink that stays inside the root', async () => {
    const response = await get('/inside-link.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves only host "app"', async () => {
    const response = await handler(new Request('moon://evil/index.html'));
    expect(response.status).toBe(404);
    await response.text();
  });
});

describe('folders', () => {
  it.each(['/assets', '/assets/', '/sub', '/sub/', '/pack', '/pack/', '/dir-link'])(
    '%s → 404, no listing',
    async (urlPath) => {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toContain(APP_JS_NAME);
      expect(text).not.toContain('page.html');
    },
  );

  it('/ serves index.html', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('%s → 405 with Allow', async (method) => {
    const response = await get('/index.html', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('HEAD on an error sends its status and headers but no body', async () => {
    for (const urlPath of ['/missing.js', '/%2e%2e/secret.txt']) {
      const response = await get(urlPath, { method: 'HEAD' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.body).toBeNull();
    }
  });

  it('HEAD sends the GET headers and no body', async () => {
    const head = await get(`/pack/${COLOR_NAME}`, { method: 'HEAD' });
    const getResponse = await get(`/pack/${COLOR_NAME}`);
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get('Content-Length')).toBe(String(tree.color.length));
    for (const name of [
      'Content-Type',
      'ETag',
      'Cache-Control',
      'Accept-Ranges',
      'Content-Length',
    ]) {
      expect(head.headers.get(name)).toBe(getResponse.headers.get(name));
    }
    await getResponse.arrayBuffer();
  });
});

describe('headers', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
    [
      `/assets/${APP_JS_NAME}`,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ],
    ['/pack/manifest.json', 'application/json; charset=utf-8', 'no-cache'],
    [`/pack/${COLOR_NAME}`, 'image/jpeg', 'public, max-age=31536000, immutable'],
    [`/pack/${DEM_NAME}`, 'application/octet-stream', 'public, max-age=31536000, immutable'],
    ['/empty.txt', 'text/plain; charset=utf-8', 'no-cache'],
  ])('%s: %s, %s, nosniff, ETag', async (urlPath, mime, cache) => {
    const response = await get(urlPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(mime);
    expect(response.headers.get('Cache-Control')).toBe(cache);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('ETag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(response.headers.get('Accept-Ranges')).toBe('bytes');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    await response.arrayBuffer();
  });

  it('puts the strict CSP on HTML only', async () => {
    const html = await get('/index.html');
    expect(html.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
      "worker-src 'self' blob:",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // No remote origin anywhere: every source is the app itself, inline data, or none.
    const sources = CONTENT_SECURITY_POLICY.split(';').flatMap((d) =>
      d.trim().split(/\s+/).slice(1),
    );
    expect(
      sources.filter((s) => !["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(s)),
    ).toEqual([]);
    const js = await get(`/assets/${APP_JS_NAME}`);
    expect(js.headers.get('Content-Security-Policy')).toBeNull();
    await Promise.all([html.text(), js.text()]);
  });

  it('puts nosniff on errors too and sends plain short bodies', async () => {
    const response = await get('/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Not found');
  });

  it('serves an empty file with length 0', async () => {
    const response = await get('/empty.txt');
    expect(response.headers.get('Content-Length')).toBe('0');
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });
});

describe('ranges', () => {
  const url = `/pack/${COLOR_NAME}`;

  it('serves the whole file as a stream with its exact bytes', async () => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(tree.color);
  });

  it('206 for a closed range', async () => {
    const response = await get(url, { headers: { Range: 'bytes=1000-1999' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe(`bytes 1000-1999/${tree.color.length}`);
    expect(response.headers.get('Content-Length')).toBe('1000');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(tree.color.slice(1000, 2000));
  });

  it('206 for a suffix range', async () => {
    const size = tree.color.length;
    const response = await get(url, { headers: { Range: 'bytes=-100' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe(`bytes ${size - 100}-${size - 1}/${size}`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(tree.color.slice(size - 100));
  });

  it('206 for an open range', async () => {
    const size = tree.color.length;
    const response = await get(url, { headers: { Range: `bytes=${size - 1}-` } });
    expect(response.status).toBe(206);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(tree.color.slice(size - 1));
  });

  it('416 with bytes */size when unsatisfiable', async () => {
    const response = await get(url, { headers: { Range: `bytes=${tree.color.length}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('Content-Range')).toBe(`bytes */${tree.color.length}`);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    await response.text();
  });

  it.each(['bytes=abc', 'bytes=9-1', 'bytes=0-1,5-6', 'lines=1-2'])(
    'ignores malformed Range %j and sends 200',
    async (range) => {
      const response = await get(url, { headers: { Range: range } });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Range')).toBeNull();
      expect((await response.arrayBuffer()).byteLength).toBe(tree.color.length);
    },
  );

  it('ignores Range on HEAD', async () => {
    const response = await get(url, { method: 'HEAD', headers: { Range: 'bytes=0-9' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(tree.color.length));
  });

  it('honours If-Range: matching ETag → 206, stale → 200', async () => {
    const etag = (await get(url, { method: 'HEAD' })).headers.get('ETag')!;
    const fresh = await get(url, { headers: { Range: 'bytes=0-9', 'If-Range': etag } });
    expect(fresh.status).toBe(206);
    await fresh.arrayBuffer();
    const stale = await get(url, { headers: { Range: 'bytes=0-9', 'If-Range': '"old"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });
});

describe('conditional requests', () => {
  it('304 when If-None-Match matches, with ETag and cache headers, no body', async () => {
    const first = await get('/index.html');
    const etag = first.headers.get('ETag')!;
    await first.text();
    const second = await get('/index.html', { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
    expect(second.headers.get('ETag')).toBe(etag);
    expect(second.headers.get('Cache-Control')).toBe('no-cache');
    expect(second.body).toBeNull();
  });

  it('304 beats Range', async () => {
    const etag = (await get(`/pack/${COLOR_NAME}`, { method: 'HEAD' })).headers.get('ETag')!;
    const response = await get(`/pack/${COLOR_NAME}`, {
      headers: { 'If-None-Match': etag, Range: 'bytes=0-1' },
    });
    expect(response.status).toBe(304);
  });

  it('200 when the file changed', async () => {
    const target = path.join(tree.appRoot, 'sub', 'page.html');
    const before = await get('/sub/page.html');
    const etag = before.headers.get('ETag')!;
    await before.text();
    await fsp.writeFile(target, '<p>changed, longer</p>');
    const after = await get('/sub/page.html', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect(await after.text()).toBe('<p>changed, longer</p>');
  });
});

describe('open files', () => {
  it('every file opened is closed or handed to its body: 304, HEAD, 416, empty, 200, 206', async () => {
    const before = { ...fds };
    const etag = (await get(`/pack/${COLOR_NAME}`, { method: 'HEAD' })).headers.get('ETag')!;
    const responses = [
      await get(`/pack/${COLOR_NAME}`, { headers: { 'If-None-Match': etag } }),
      await get(`/pack/${COLOR_NAME}`, { headers: { Range: 'bytes=999999999-' } }),
      await get('/empty.txt'),
      await get(`/pack/${COLOR_NAME}`),
      await get(`/pack/${DEM_NAME}`, { headers: { Range: 'bytes=0-9' } }),
      await get('/index.html', { method: 'HEAD' }),
    ];
    expect(responses.map((r) => r.status)).toEqual([304, 416, 200, 200, 206, 200]);
    for (const response of responses) await response.arrayBuffer();
    expect(fds.opened - before.opened).toBeGreaterThanOrEqual(3); // at least the three bodies
    expect(fds.givenBack - before.givenBack).toBe(fds.opened - before.opened);
  });
});

describe('failures', () => {
  it('answers 500 with a short plain body and logs, never a stack', async () => {
    const exploding: FileSource = {
      stat: () => Promise.reject(new Error('disk on fire at /secret/place')),
      read: () => new ReadableStream(),
      release: () => undefined,
    };
    const log = { error: vi.fn() };
    const failing = createMoonHandler({
      appRoot: tree.appRoot,
      packRoot: tree.packRoot,
      files: exploding,
      logger: log,
      allowedHosts: null,
    });
    const response = await failing(new Request('moon://app/index.html'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toBe('Internal error');
    expect(text).not.toMatch(/fire|at |secret/);
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('does not log for ordinary 4xx', () => {
    expect(logger.error).not.toHaveBeenCalled();
  });
});
