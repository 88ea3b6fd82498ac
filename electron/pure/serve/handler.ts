/**
 * The one request handler for the app shell and the asset pack (DESIGN §3):
 * `(request: Request) => Promise<Response>`, web-standard Fetch types only.
 * Electron mounts it on `moon://app/`; web mode mounts it on 127.0.0.1.
 *
 * URL layout: `/` → `<appRoot>/index.html`, `/pack/<name>` → `<packRoot>/<name>`,
 * anything else → `<appRoot>/<path>`.
 */
import { cacheControlFor, etagFor, ifNoneMatchMatches, ifRangeHolds } from './cache';
import { BASE_HEADERS, CONTENT_SECURITY_POLICY } from './headers';
import { isHtml, mimeTypeFor } from './mime';
import { contentRange, parseRange, unsatisfiedContentRange } from './range';
import { resolveRequestPath } from './resolve-path';
import type { FileInfo, FileNeed, FileSource, Logger } from './types';

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

/** What the handler reads from a request; a Fetch `Request` is one, and so is web mode's view of a Node request. */
export type RequestLike = {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
};

/**
 * A response decided but not yet produced, so each host sends it the
 * cheapest way it can: Electron as a Fetch `Response`, web mode by piping
 * the file straight into the socket.
 */
export type ServePlan = {
  status: number;
  headers: Record<string, string>;
  body:
    | null
    | { kind: 'text'; text: string }
    | { kind: 'file'; file: FileInfo; start: number; end: number };
};

export type MoonPlanner = (request: RequestLike) => Promise<ServePlan>;

const ALLOWED_METHODS = 'GET, HEAD';

/** Headers every response carries (see headers.ts), as a plain record. */
function base(): Record<string, string> {
  return { ...BASE_HEADERS };
}

function plain(status: number, text: string, extra?: Record<string, string>): ServePlan {
  return {
    status,
    headers: {
      ...base(),
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...extra,
    },
    body: { kind: 'text', text },
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad request',
  404: 'Not found',
};

export function createMoonPlanner(options: MoonHandlerOptions): MoonPlanner {
  const { appRoot, packRoot, files, logger, allowedHosts } = options;

  /** `looked` receives the file `stat` returned, so the caller can release it if unread. */
  async function plan(
    request: RequestLike,
    looked: { file: FileInfo | null },
    need: FileNeed | null = null,
  ): Promise<ServePlan> {
    const url = new URL(request.url);
    if (allowedHosts !== null && !allowedHosts.includes(url.hostname.toLowerCase())) {
      return plain(404, 'Not found');
    }
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      return plain(405, 'Method not allowed', { allow: ALLOWED_METHODS });
    }

    const resolved = resolveRequestPath(url.pathname);
    if (!resolved.ok) return plain(resolved.status, STATUS_TEXT[resolved.status] ?? 'Error');

    const root = resolved.mount === 'pack' ? packRoot : appRoot;
    // A HEAD or a conditional GET will likely send no body: look the file up for its headers only.
    const ifNoneMatch = request.headers.get('If-None-Match');
    const wanted = need ?? (method === 'HEAD' || ifNoneMatch !== null ? 'headers' : 'body');
    const info = await files.stat(root, resolved.segments, wanted);
    if (info === null) return plain(404, 'Not found');
    looked.file = info;

    const name = resolved.segments[resolved.segments.length - 1] ?? '';
    const etag = etagFor(resolved, info.size, info.mtimeMs);
    const headers = base();
    headers['cache-control'] = cacheControlFor(resolved);
    headers['etag'] = etag;
    headers['accept-ranges'] = 'bytes';
    if (isHtml(name)) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;

    if (ifNoneMatchMatches(ifNoneMatch, etag)) {
      return { status: 304, headers, body: null };
    }
    if (wanted === 'headers' && method === 'GET') {
      // The validator did not match after all: look again, for the body this time.
      files.release(info);
      looked.file = null;
      return plan(request, looked, 'body');
    }
    headers['content-type'] = mimeTypeFor(name);

    // Range handling is defined for GET only (RFC 9110 §14.2).
    const range =
      method === 'GET' && ifRangeHolds(request.headers.get('If-Range'), etag)
        ? parseRange(request.headers.get('Range'), info.size)
        : ({ kind: 'none' } as const);

    if (range.kind === 'unsatisfiable') {
      return plain(416, 'Range not satisfiable', {
        'content-range': unsatisfiedContentRange(info.size),
        'accept-ranges': 'bytes',
      });
    }

    const [status, start, end] =
      range.kind === 'range' ? [206, range.start, range.end] : [200, 0, info.size - 1];
    if (status === 206) headers['content-range'] = contentRange(start, end, info.size);
    headers['content-length'] = String(end - start + 1);
    const body = end < start ? null : ({ kind: 'file', file: info, start, end } as const);
    return { status, headers, body };
  }

  return async (request) => {
    const looked: { file: FileInfo | null } = { file: null };
    let result: ServePlan;
    try {
      result = await plan(request, looked);
    } catch (error) {
      logger.error(`moon handler failed for ${request.method} ${request.url}`, error);
      result = plain(500, 'Internal error');
    }
    // A response to HEAD never has content (RFC 9110 §9.3.2), errors included.
    if (request.method.toUpperCase() === 'HEAD') result.body = null;
    // A file looked up but not sent (304, 416, HEAD, empty, error) is let go here.
    if (looked.file !== null && (result.body === null || result.body.kind !== 'file')) {
      files.release(looked.file);
    }
    return result;
  };
}

/** The handler as a Fetch function (Electron's protocol.handle, tests). */
export function createMoonHandler(options: MoonHandlerOptions): MoonHandler {
  const plan = createMoonPlanner(options);
  return async (request) => {
    const { status, headers, body } = await plan(request);
    const payload =
      body === null
        ? null
        : body.kind === 'text'
          ? body.text
          : options.files.read(body.file, body.start, body.end);
    return new Response(payload, { status, headers });
  };
}
