import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../../../../electron/pure/serve/mime';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['index-AbC12345.js', 'text/javascript; charset=utf-8'],
    ['index-AbC12345.css', 'text/css; charset=utf-8'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['index.js.map', 'application/json; charset=utf-8'],
    ['color-1024.0123abcd.jpg', 'image/jpeg'],
    ['PHOTO.JPEG', 'image/jpeg'],
    ['normal-1440.0123abcd.png', 'image/png'],
    ['x.webp', 'image/webp'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['decoder.wasm', 'application/wasm'],
    ['dem-1440.0123abcd.i16', 'application/octet-stream'],
    ['unknown.xyz', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
    ['.html', 'application/octet-stream'],
  ])('%s → %s', (name, mime) => {
    expect(mimeTypeFor(name)).toBe(mime);
  });
});
