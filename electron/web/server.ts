/**
 * Web mode: the moon handler on a loopback HTTP server, so the renderer runs
 * in any Chromium (end-to-end tests, Chromium-kiosk deployments).
 */
import * as fs from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { RequestError, getRequestListener } from '@hono/node-server';
import { createNodeFileSource } from '../node/file-source';
import { PackHost } from '../node/pack-host';
import { createMoonHandler } from '../pure/serve/handler';
import type { Logger } from '../pure/serve/types';
import { createHostApi } from './host-api';

export type WebServerOptions = {
  /** Folder of the built renderer (must contain index.html). */
  appRoot: string;
  /** Folder of the asset pack (may be missing: the app then explains how to build it). */
  packRoot: string;
  /** Kit download cache for in-app upgrades (default: `.moonkit-cache` beside the pack). */
  cacheDir?: string;
  /** 0 picks any free port. */
  port: number;
  host: string;
  logger?: Logger;
};

export type WebServer = {
  /** Base URL ending in '/', e.g. http://127.0.0.1:5174/ */
  url: string;
  close(): Promise<void>;
};

/** A failure a person can act on; the CLI prints its message as one line. */
export class WebServerError extends Error {
  override name = 'WebServerError';
}

const consoleLogger: Logger = {
  error: (message, error) => console.error(message, error),
};

/**
 * Host names the handler answers to. Checking them keeps a web page from
 * reaching this server through DNS rebinding; a wildcard bind answers any.
 */
export function allowedHostsFor(host: string): readonly string[] | null {
  if (host === '0.0.0.0' || host === '::') return null;
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  const asUrlHost = bare.includes(':') ? `[${bare}]` : bare;
  const loopback = bare === '127.0.0.1' || bare === '::1' || bare === 'localhost';
  return loopback ? [asUrlHost, 'localhost', '127.0.0.1', '[::1]'] : [asUrlHost];
}

function urlFor(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/g, '');
  const shown = bare === '0.0.0.0' || bare === '::' ? '127.0.0.1' : bare;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

async function assertBuilt(appRoot: string): Promise<void> {
  try {
    await fs.access(path.join(appRoot, 'index.html'));
  } catch {
    throw new WebServerError(
      `The app is not built: ${path.join(appRoot, 'index.html')} is missing. Run \`npm run build:renderer\` first.`,
    );
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new WebServerError(
            `Port ${port} on ${host} is already in use. Pass --port 0 for any free port, or another number.`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new WebServerError(`Cannot listen on host ${host}: ${error.code}.`));
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const appRoot = path.resolve(options.appRoot);
  const packRoot = path.resolve(options.packRoot);
  const logger = options.logger ?? consoleLogger;
  await assertBuilt(appRoot);

  const allowedHosts = allowedHostsFor(options.host);
  const pack = await PackHost.open({
    mode: 'development',
    candidates: [packRoot],
    writeDir: packRoot,
    cacheDir: path.resolve(options.cacheDir ?? path.join(path.dirname(packRoot), '.moonkit-cache')),
  });
  const handler = createMoonHandler({
    appRoot,
    packRoot,
    files: createNodeFileSource(),
    logger,
    allowedHosts,
  });
  const hostApi = createHostApi({ pack, allowedHosts });
  const server = createServer(
    getRequestListener(async (request) => (await hostApi(request)) ?? handler(request), {
      // Keep Node's own Request/Response globals: other code shares this process.
      overrideGlobalObjects: false,
      errorHandler: (error) => {
        // A request Node could not turn into a Fetch Request is the client's fault.
        if (!(error instanceof RequestError)) logger.error('web server request failed', error);
        return new Response('Bad request', { status: 400 });
      },
    }),
  );
  const address = await listen(server, options.port, options.host);

  return {
    url: urlFor(options.host, address.port),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
