import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../../../electron/pure/serve/range';

describe('parseRange', () => {
  const size = 1000;

  it('reads a closed range', () => {
    expect(parseRange('bytes=0-99', size)).toEqual({ kind: 'range', start: 0, end: 99 });
  });

  it('reads an open range to the end', () => {
    expect(parseRange('bytes=900-', size)).toEqual({ kind: 'range', start: 900, end: 999 });
  });

  it('clamps a last position beyond the end', () => {
    expect(parseRange('bytes=990-5000', size)).toEqual({ kind: 'range', start: 990, end: 999 });
  });

  it('reads suffix ranges, longer-than-file included', () => {
    expect(parseRange('bytes=-10', size)).toEqual({ kind: 'range', start: 990, end: 999 });
    expect(parseRange('bytes=-5000', size)).toEqual({ kind: 'range', start: 0, end: 999 });
  });

  it('accepts case and whitespace variations', () => {
    expect(parseRange('Bytes = 1 - 2', size)).toEqual({ kind: 'range', start: 1, end: 2 });
  });

  it('is unsatisfiable past the end, for -0 and on an empty file', () => {
    expect(parseRange('bytes=1000-', size)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=5000-6000', size)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', size)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-5', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=99999999999999999999999-', size)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([
    null,
    '',
    'bytes',
    'bytes=',
    'bytes=-',
    'bytes=abc',
    'bytes=5-2',
    'bytes=1-2,4-5',
    'items=0-5',
    'bytes=0x10-',
    'bytes=-1-2',
    'bytes=1.5-2',
  ])('ignores header %j (serve the whole file)', (header) => {
    expect(parseRange(header, size)).toEqual({ kind: 'none' });
  });
});
