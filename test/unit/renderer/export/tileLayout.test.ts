import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tileLayout } from '../../../../renderer/export/tileLayout';

describe('tileLayout', () => {
  it('covers every pixel exactly once, within the size limit (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 8, max: 128 }),
        (w, h, max) => {
          const layout = tileLayout(w, h, max);
          const hits = new Uint8Array(w * h);
          for (const t of layout.tiles) {
            if (t.width < 1 || t.height < 1 || t.width > max || t.height > max) return false;
            for (let y = t.y; y < t.y + t.height; y++)
              for (let x = t.x; x < t.x + t.width; x++) hits[y * w + x]!++;
          }
          return (
            hits.every((n) => n === 1) &&
            layout.tiles.length === Math.ceil(w / max) * Math.ceil(h / max)
          );
        },
      ),
      { seed: 6, numRuns: 200 },
    );
  });

  it('one tile when the picture fits one pass', () => {
    expect(tileLayout(2200, 1520, 8192).tiles).toEqual([{ x: 0, y: 0, width: 2200, height: 1520 }]);
  });

  it('8K in 4096 tiles: 2 × 2, offsets at the middle and edges right', () => {
    const l = tileLayout(7680, 4320, 4096);
    expect([l.columns, l.rows]).toEqual([2, 2]);
    expect(l.tiles).toEqual([
      { x: 0, y: 0, width: 3840, height: 2160 },
      { x: 3840, y: 0, width: 3840, height: 2160 },
      { x: 0, y: 2160, width: 3840, height: 2160 },
      { x: 3840, y: 2160, width: 3840, height: 2160 },
    ]);
  });

  it('uneven sizes: the last tile ends exactly at the right and bottom edges', () => {
    const l = tileLayout(8193, 5, 8192);
    expect(l.tiles).toEqual([
      { x: 0, y: 0, width: 4097, height: 5 },
      { x: 4097, y: 0, width: 4096, height: 5 },
    ]);
    const last = tileLayout(10001, 7001, 1000).tiles.at(-1)!;
    expect(last.x + last.width).toBe(10001);
    expect(last.y + last.height).toBe(7001);
  });

  it('refuses sizes that are not positive integers', () => {
    expect(() => tileLayout(0, 10, 10)).toThrow('width');
    expect(() => tileLayout(10, 1.5, 10)).toThrow('height');
    expect(() => tileLayout(10, 10, -1)).toThrow('tile size');
  });
});
