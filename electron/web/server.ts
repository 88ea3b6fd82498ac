/**
 * Web mode: the moon handler on a loopback HTTP server, so the renderer runs
 * in any Chromium (end-to-end tests, Chromium-kiosk deployments).
 */
import * as fs from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RequestError, getRequestListener } from '@hono/node-server';
import { HOST_API } from '../../assets/format/host-api';
import { createNodeFileSource, type NodeFileSource } from '../node/file-source';
import { PackHost } from '../node/pack-host';
import { BASE_HEADERS } from '../pure/serve/headers';
import {
  createMoonHandler,
  createMoonPlanner,
  type MoonPlanner,
  type RequestLike,
} from '../pure/serve/handler';
import { KIT_CATALOG } from '../../assets/tool/catalog';
import { forkPackWorker } from '../node/fork-pack-worker';
import type { StartPackWorker } from '../node/pack-worker';
import { UpgradeService } from '../node/upgrade-service';
import type { Logger } from '../pure/serve/types';
import { createHostApi } from './host-api';
import { createFileLog, type FileLog } from '../node/file-log';
import type { KioskHost } from '../pure/kiosk/host';

export type WebServerOptions = {
  /** Folder of the built renderer (must contain index.html). */
  appRoot: string;
  /** Folder of the asset pack (may be missing: the app then explains how to build it). */
  packRoot: string;
  /** Kit download cache for in-app upgrades (default: `.moonkit-cache` beside the pack). */
  cacheDir?: string;
  /** The starter kit an upgrade falls back on (default: the repository's assets/starter). */
  starterKitDir?: string;
  /**
   * In-app downloads ("Get sharper Moon data"), off by default: plain web
   * mode explains the commands instead. `baseUrl` replaces NASA's folder
   * (a mirror, or a local server in tests).
   */
  upgrade?: { baseUrl?: string; attempts?: number; retryDelayMs?: number } | null;
  /** Starts the pack worker (default: the real one, with child_process.fork). */
  startWorker?: StartPackWorker;
  /** 0 picks any free port. */
  port: number;
  host: string;
  logger?: Logger;
  /** Museum kiosk mode (`--kiosk`, `--kiosk-config`); absent = off. */
  kiosk?: KioskHost;
  /**
   * Log file for renderer errors and the server's own (`--log-file`), kept
   * like Electron's (electron/node/file-log.ts); absent or null = none.
   */
  logFile?: string | null;
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

const REPO_STARTER_KIT = fileURLToPath(new URL('../../assets/starter/', import.meta.url));

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

/** A Host header as a URL authority: a name, IPv4 or [IPv6], optional port; nothing else. */
const HOST_HEADER = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function isHostApiTarget(target: string | undefined): boolean {
  try {
    return new URL(target ?? '/', 'http://host').pathname.startsWith(`/${HOST_API.prefix}`);
  } catch {
    return false;
  }
}

/** The request as the pure handler reads it, or null when it cannot be one. */
function requestLike(req: IncomingMessage): RequestLike | null {
  const host = req.headers.host;
  const target = req.url ?? '';
  if (!host || !HOST_HEADER.test(host) || !target.startsWith('/')) return null;
  let url: string;
  try {
    url = new URL(`http://${host}${target}`).href;
  } catch {
    return null;
  }
  return {
    method: req.method ?? 'GET',
    url,
    headers: {
      get(name) {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
  };
}

/**
 * Web mode's host side: the pure handler decides, and the answer goes out
 * the cheapest way Node allows (a file is piped from disk into the socket,
 * never converted to a web stream and back).
 */
async function respond(
  plan: MoonPlanner,
  files: NodeFileSource,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = requestLike(req);
  if (request === null) {
    res
      .writeHead(400, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
      .end('Bad request');
    return;
  }
  const { status, headers, body } = await plan(request);
  res.writeHead(status, headers);
  if (body === null) res.end();
  else if (body.kind === 'text') res.end(body.text);
  else {
    // Piped as is (no stream.pipeline: its abort signals cost more than the
    // pipe for small files). A file that fails mid-read: the status line is
    // already sent, so the only honest end is a cut; a client that went away
    // closes the file.
    const stream = files.readNode(body.file, body.start, body.end);
    stream.once('error', () => res.destroy());
    res.once('close', () => stream.destroy());
    stream.pipe(res);
  }
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const appRoot = path.resolve(options.appRoot);
  const packRoot = path.resolve(options.packRoot);
  const fileLog: FileLog | null = options.logFile
    ? createFileLog({ file: path.resolve(options.logFile) })
    : null;
  const baseLogger = options.logger ?? consoleLogger;
  const logger: Logger = fileLog
    ? {
        error: (message, error) => {
          baseLogger.error(message, error);
          fileLog.error(message, error);
        },
      }
    : baseLogger;
  await assertBuilt(appRoot);

  const allowedHosts = allowedHostsFor(options.host);
  const pack = await PackHost.open({
    mode: 'development',
    candidates: [packRoot],
    writeDir: packRoot,
    cacheDir: path.resolve(options.cacheDir ?? path.join(path.dirname(packRoot), '.moonkit-cache')),
    starterKitDir: path.resolve(options.starterKitDir ?? REPO_STARTER_KIT),
  });
  const files = createNodeFileSource();
  const handlerOptions = {
    appRoot,
    packRoot,
    files,
    logger,
    allowedHosts,
  };
  const handler = createMoonHandler(handlerOptions);
  const plan = createMoonPlanner(handlerOptions);
  // With downloads on, the page may also name a folder of kit files on this computer.
  const upgrade = new UpgradeService({
    pack,
    catalog: KIT_CATALOG,
    startWorker: options.startWorker ?? (() => forkPackWorker()),
    downloads: options.upgrade != null,
    canChooseFolder: options.upgrade != null,
    ...options.upgrade,
  });
  const hostApi = createHostApi({
    pack,
    upgrade,
    allowedHosts,
    kiosk: options.kiosk ?? null,
    log: fileLog,
  });
  // The host API's few JSON requests go through the Fetch adapter; files take the direct path.
  const apiListener = getRequestListener(
    async (request) => (await hostApi(request)) ?? handler(request),
    {
      // Keep Node's own Request/Response globals: other code shares this process.
      overrideGlobalObjects: false,
      errorHandler: (error) => {
        // A request Node could not turn into a Fetch Request is the client's fault.
        if (!(error instanceof RequestError)) logger.error('web server request failed', error);
        return new Response('Bad request', { status: 400 });
      },
    },
  );
  const server = createServer((req, res) => {
    if (isHostApiTarget(req.url)) {
      void apiListener(req, res);
      return;
    }
    respond(plan, files, req, res).catch((error: unknown) => {
      logger.error('web server request failed', error);
      res.destroy();
    });
  });
  const address = await listen(server, options.port, options.host);

  return {
    url: urlFor(options.host, address.port),
    close: () =>
      new Promise<void>((resolve, reject) => {
        upgrade.stop();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
