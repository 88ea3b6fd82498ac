/**
 * The one request handler for the app shell and the asset pack (DESIGN §3):
 * `(request: Request) => Promise<Response>`, web-standard Fetch types only.
 * Electron mounts it on `moon://app/`; web mode mounts it on 127.0.0.1.
 *
 * URL layout: `/` → `<appRoot>/index.html`, `/pack/<name>` → `<packRoot>/<name>`,
 * anything else → `<appRoot>/<path>`.
 */
import { cacheControlFor, etagFor, ifNoneMatchMatches, ifRangeHolds } from './cache';
import { CONTENT_SECURITY_POLICY, baseHeaders } from './headers';
import { isHtml, mimeTypeFor } from './mime';
import { contentRange, parseRange, unsatisfiedContentRange } from './range';
import { resolveRequestPath } from './resolve-path';
import type { FileSource, Logger } from './types';

export type MoonHandlerOptions = {
  /** Folder of the built renderer (dist/renderer). */
  appRoot: string;
  /** Folder of the asset pack. */
  packRoot: string;
  files: FileSource;
  logger: Logger;
  /**
   * Host names served (URL.hostname, lower case). `null` serves any host.
   * Electron: `['app']`; web mode: the loopback names it listens on.
   */
  allowedHosts: readonly string[] | null;
};

export type MoonHandler = (request: Request) => Promise<Response>;

const ALLOWED_METHODS = 'GET, HEAD';

function plain(status: number, text: string, extra?: Record<string, string>): Response {
  const headers = baseHeaders();
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  return new Response(text, { status, headers });
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad request',
  404: 'Not found',
};

export function createMoonHandler(options: MoonHandlerOptions): MoonHandler {
  const { appRoot, packRoot, files, logger, allowedHosts } = options;

  async function serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (allowedHosts !== null && !allowedHosts.includes(url.hostname.toLowerCase())) {
      return plain(404, 'Not found');
    }
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: ALLOWED_METHODS });
    }

    const resolved = resolveRequestPath(url.pathname);
    if (!resolved.ok) return plain(resolved.status, STATUS_TEXT[resolved.status] ?? 'Error');

    const root = resolved.mount === 'pack' ? packRoot : appRoot;
    const info = await files.stat(root, resolved.segments);
    if (info === null) return plain(404, 'Not found');

    const name = resolved.segments[resolved.segments.length - 1] ?? '';
    const etag = etagFor(resolved, info.size, info.mtimeMs);
    const headers = baseHeaders();
    headers.set('Content-Type', mimeTypeFor(name));
    headers.set('Cache-Control', cacheControlFor(resolved));
    headers.set('ETag', etag);
    headers.set('Accept-Ranges', 'bytes');
    if (isHtml(name)) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);

    if (ifNoneMatchMatches(request.headers.get('If-None-Match'), etag)) {
      headers.delete('Content-Type');
      return new Response(null, { status: 304, headers });
    }

    // Range handling is defined for GET only (RFC 9110 §14.2).
    const range =
      method === 'GET' && ifRangeHolds(request.headers.get('If-Range'), etag)
        ? parseRange(request.headers.get('Range'), info.size)
        : ({ kind: 'none' } as const);

    if (range.kind === 'unsatisfiable') {
      return plain(416, 'Range not satisfiable', {
        'Content-Range': unsatisfiedContentRange(info.size),
        'Accept-Ranges': 'bytes',
      });
    }

    const [status, start, end] =
      range.kind === 'range' ? [206, range.start, range.end] : [200, 0, info.size - 1];
    if (status === 206) headers.set('Content-Range', contentRange(start, end, info.size));
    headers.set('Content-Length', String(end - start + 1));

    const body = method === 'HEAD' || end < start ? null : files.read(info, start, end);
    return new Response(body, { status, headers });
  }

  return async (request) => {
    let response: Response;
    try {
      response = await serve(request);
    } catch (error) {
      logger.error(`moon handler failed for ${request.method} ${request.url}`, error);
      response = plain(500, 'Internal error');
    }
    // A response to HEAD never has content (RFC 9110 §9.3.2), errors included.
    if (request.method.toUpperCase() === 'HEAD' && response.body !== null) {
      await response.body.cancel();
      return new Response(null, { status: response.status, headers: response.headers });
    }
    return response;
  };
}
