/**
 * A local stand-in for NASA's kit folder: serves `<dir>/<name>` over HTTP
 * with `Range` (206/416), as the real server does. Tests can make it
 * misbehave the ways networks do: cut a transfer after some bytes
 * (once), send slowly, or replace a file's bytes.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';

export interface KitServerOptions {
  /** Cut the first full (non-Range) transfer of each file after this many bytes. */
  cutAfterBytes?: number;
  /** Send in chunks of this size with this pause between them (a slow link). */
  slow?: { chunkBytes: number; pauseMs: number };
  /** Serve these bytes instead of the file's (a corrupt mirror). */
  replace?: Record<string, Uint8Array>;
}

export interface KitRequest {
  name: string;
  range: string | null;
}

export async function startKitServer(
  dir: string,
  options: KitServerOptions = {},
): Promise<{ url: string; requests: KitRequest[]; close(): Promise<void> }> {
  const requests: KitRequest[] = [];
  const cut = new Set<string>();
  const server = createServer((req, res) => {
    const name = basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const rangeHeader = req.headers.range ?? null;
    requests.push({ name, range: rangeHeader });
    const path = join(dir, name);
    const load = options.replace?.[name]
      ? Promise.resolve(Buffer.from(options.replace[name]))
      : options.slow || options.cutAfterBytes !== undefined
        ? readFile(path)
        : stat(path).then(() => null);
    load.then(
      async (bytes) => {
        const size = bytes ? bytes.length : (await stat(path)).size;
        const range = /^bytes=(\d+)-$/.exec(rangeHeader ?? '');
        const start = range ? Number(range[1]) : 0;
        if (start >= size && size > 0) {
          res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
          return;
        }
        res.writeHead(range ? 206 : 200, {
          'Content-Length': String(size - start),
          ...(range ? { 'Content-Range': `bytes ${start}-${size - 1}/${size}` } : {}),
        });
        if (!bytes) {
          createReadStream(path, { start }).pipe(res);
          return;
        }
        let end = size;
        const cutHere = options.cutAfterBytes !== undefined && !range && !cut.has(name);
        if (cutHere) {
          cut.add(name);
          end = Math.min(size, options.cutAfterBytes!);
        }
        const chunk = options.slow?.chunkBytes ?? end - start;
        for (let at = start; at < end && !res.destroyed; at += chunk) {
          // Wait until the bytes are handed to the socket, so a cut comes after them.
          await new Promise<void>((done) =>
            res.write(bytes.subarray(at, Math.min(end, at + chunk)), () => done()),
          );
          if (options.slow) await new Promise((r) => setTimeout(r, options.slow!.pauseMs));
        }
        if (cutHere) res.destroy();
        else res.end();
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
