import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  cacheControlFor,
  etagFor,
  ifNoneMatchMatches,
  ifRangeHolds,
} from '../../../../../electron/pure/serve/cache';

describe('cache policy', () => {
  it.each([
    ['pack', ['color-1024.0123abcd89ef4567.jpg']],
    ['pack', ['dem-1440.89abcdef.i16']],
    ['app', ['assets', 'index-AbC123_x.js']],
    ['app', ['assets', 'index-AbC123_x.js.map']],
    ['app', ['assets', 'inter-latin-Dx4kXJAl.woff2']],
  ] as const)('caches content-hashed %s file %j forever', (mount, segments) => {
    expect(cacheControlFor({ mount, segments })).toBe(IMMUTABLE_CACHE);
  });

  it.each([
    ['app', ['index.html']],
    ['pack', ['manifest.json']],
    ['app', ['favicon.svg']],
    ['app', ['assets', 'logo.svg']],
    ['app', ['color-1024.0123abcd89ef4567.jpg']],
    ['pack', ['color-1024.0123ABCD.jpg']],
  ] as const)('revalidates %s file %j', (mount, segments) => {
    expect(cacheControlFor({ mount, segments })).toBe(REVALIDATE_CACHE);
  });
});

describe('etagFor', () => {
  it('uses the name hash for pack files', () => {
    expect(etagFor({ mount: 'pack', segments: ['color-1024.0123abcd.jpg'] }, 255, 1)).toBe(
      '"0123abcd-ff"',
    );
  });

  it('uses size and mtime for the rest, and changes when either does', () => {
    const file = { mount: 'app', segments: ['index.html'] } as const;
    const tag = etagFor(file, 100, 1_700_000_000_000.5);
    expect(tag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(etagFor(file, 101, 1_700_000_000_000.5)).not.toBe(tag);
    expect(etagFor(file, 100, 1_700_000_000_001)).not.toBe(tag);
  });
});

describe('If-None-Match', () => {
  const etag = '"abc-1"';
  it('matches exact, listed, weak and * validators', () => {
    expect(ifNoneMatchMatches('"abc-1"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc-1"', etag)).toBe(true);
    expect(ifNoneMatchMatches('W/"abc-1"', etag)).toBe(true);
    expect(ifNoneMatchMatches('*', etag)).toBe(true);
  });
  it('does not match others or absence', () => {
    expect(ifNoneMatchMatches(null, etag)).toBe(false);
    expect(ifNoneMatchMatches('"abc-2"', etag)).toBe(false);
    expect(ifNoneMatchMatches('abc-1', etag)).toBe(false);
  });
});

describe('If-Range', () => {
  it('holds when absent or strongly equal', () => {
    expect(ifRangeHolds(null, '"a"')).toBe(true);
    expect(ifRangeHolds('"a"', '"a"')).toBe(true);
    expect(ifRangeHolds('W/"a"', '"a"')).toBe(false);
    expect(ifRangeHolds('Wed, 21 Oct 2015 07:28:00 GMT', '"a"')).toBe(false);
  });
});
