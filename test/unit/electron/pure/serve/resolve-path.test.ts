import { describe, expect, it } from 'vitest';
import { decodeSegment, resolveRequestPath } from '../../../../../electron/pure/serve/resolve-path';

describe('resolveRequestPath', () => {
  it('maps / to the app index', () => {
    expect(resolveRequestPath('/')).toEqual({ ok: true, mount: 'app', segments: ['index.html'] });
  });

  it('maps app shell paths to segments', () => {
    expect(resolveRequestPath('/assets/index-AbC12345.js')).toEqual({
      ok: true,
      mount: 'app',
      segments: ['assets', 'index-AbC12345.js'],
    });
  });

  it('maps /pack/… to the pack mount', () => {
    expect(resolveRequestPath('/pack/manifest.json')).toEqual({
      ok: true,
      mount: 'pack',
      segments: ['manifest.json'],
    });
  });

  it('decodes each segment once', () => {
    expect(resolveRequestPath('/a%20b/c%C3%A9.txt')).toEqual({
      ok: true,
      mount: 'app',
      segments: ['a b', 'cé.txt'],
    });
  });

  it.each(['/pack', '/pack/', '/assets/', '/a/b/'])('refuses folder request %s with 404', (p) => {
    expect(resolveRequestPath(p)).toMatchObject({ ok: false, status: 404 });
  });

  // Raw paths as an attacker might send them, including ones a URL parser
  // would normalise first: the resolver must refuse them on its own.
  it.each([
    '/..',
    '/../secret.txt',
    '/a/../../secret.txt',
    '/./index.html',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/a\\..\\..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/C:%5cWindows%5cwin.ini',
    '/index.html%00.png',
    '/index.html\u0000',
    '/%0aindex.html',
    '/%c0%ae%c0%ae/secret.txt',
    '/%e0%80%ae%e0%80%ae/secret.txt',
    '/..%c0%afsecret.txt',
    '/%zz',
    '/%',
    '/%2',
    '/..%u2216secret.txt',
    '/pack/..%2f..%2fsecret.txt',
    '/pack/%2e%2e',
    '/index.html::$DATA',
    'index.html',
    '',
    `/${'a'.repeat(3000)}`,
  ])('refuses hostile path %j with 400', (p) => {
    expect(resolveRequestPath(p)).toMatchObject({ ok: false, status: 400 });
  });

  it.each([
    '/.env',
    '/.git/config',
    '/pack/.hidden',
    '/index.html.',
    '/index.html%20',
    '/NUL',
    '/con.txt',
    '/assets/COM1.js',
  ])('does not serve %j (404)', (p) => {
    expect(resolveRequestPath(p)).toMatchObject({ ok: false, status: 404 });
  });

  it('never returns a segment that could name another folder', () => {
    const samples = [
      '/a/b/c.txt',
      '/pack/x.0123abcd.jpg',
      '/%E2%80%AE.txt',
      '/%EF%BC%8E%EF%BC%8E/x',
    ];
    for (const sample of samples) {
      const result = resolveRequestPath(sample);
      if (!result.ok) throw new Error(`expected ${sample} to resolve`);
      for (const segment of result.segments) {
        expect(segment).not.toMatch(/[/\\:\0]/);
        expect(['', '.', '..']).not.toContain(segment);
      }
    }
  });
});

describe('decodeSegment', () => {
  it('rejects stray percent signs and invalid UTF-8', () => {
    expect(decodeSegment('%4')).toBeNull();
    expect(decodeSegment('%c0%ae')).toBeNull();
    expect(decodeSegment('%ff')).toBeNull();
    expect(decodeSegment('%41%42')).toBe('AB');
  });
});
