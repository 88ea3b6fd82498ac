/**
 * The `Range` request header, single byte range only (RFC 9110 §14).
 *
 * A header we do not understand — another unit, several ranges, bad syntax —
 * is ignored and the whole file is sent, as RFC 9110 §14.2 allows. A
 * well-formed range that selects nothing is unsatisfiable (416).
 */

export type RangeResult =
  | { kind: 'none' }
  | { kind: 'unsatisfiable' }
  /** Inclusive byte offsets, `0 <= start <= end < size`. */
  | { kind: 'range'; start: number; end: number };

const SINGLE_BYTE_RANGE = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i;

export function parseRange(header: string | null, size: number): RangeResult {
  if (header === null) return { kind: 'none' };
  const match = SINGLE_BYTE_RANGE.exec(header);
  if (!match) return { kind: 'none' };
  const [, first = '', last = ''] = match;

  if (first === '') {
    // Suffix range: the last N bytes.
    if (last === '') return { kind: 'none' };
    const suffixLength = Number(last);
    if (suffixLength === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - suffixLength), end: size - 1 };
  }

  const start = Number(first);
  if (last !== '' && Number(last) < start) return { kind: 'none' };
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: 'range', start, end };
}

export function contentRange(start: number, end: number, size: number): string {
  return `bytes ${start}-${end}/${size}`;
}

export function unsatisfiedContentRange(size: number): string {
  return `bytes */${size}`;
}
