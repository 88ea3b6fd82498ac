/**
 * Content types by file extension. Anything unknown is served as opaque bytes
 * (and `nosniff` keeps the browser from guessing otherwise).
 */

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  /** Raw little-endian int16 elevation grid (pack format). */
  i16: 'application/octet-stream',
  bin: 'application/octet-stream',
};

export const DEFAULT_MIME = 'application/octet-stream';

/** Lower-case extension of a file name without the dot, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function mimeTypeFor(fileName: string): string {
  return MIME_BY_EXTENSION[extensionOf(fileName)] ?? DEFAULT_MIME;
}

export function isHtml(fileName: string): boolean {
  return extensionOf(fileName) === 'html';
}
