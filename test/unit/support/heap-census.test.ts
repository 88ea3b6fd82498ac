import { getHeapSnapshot } from 'node:v8';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { census, type HeapSnapshot } from '../../support/heap-census';

/** A census of this process's own heap. */
async function now() {
  return census(JSON.parse(await text(getHeapSnapshot())) as HeapSnapshot);
}

const MB = 2 ** 20;

describe('heap census', () => {
  it('counts retained strings as JavaScript values, byte for byte', async () => {
    const before = await now();
    // 2,000 distinct flat one-byte strings of 1,000 characters: 2,000 × (1,000
    // bytes + a header of at most 24) ≈ 1.91–1.95 MB.
    const kept = Array.from({ length: 2000 }, (_, i) =>
      Buffer.alloc(1000, 65 + (i % 26)).toString('latin1'),
    );
    const after = await now();
    expect(kept).toHaveLength(2000);
    const grown = after.js - before.js;
    expect(grown).toBeGreaterThan(1.9 * MB);
    // The strings, their array and a little noise from the test itself.
    expect(grown).toBeLessThan(2.1 * MB);
    expect(Math.abs(after.v8Code - before.v8Code)).toBeLessThan(0.5 * MB);
  });

  it('counts compiled code apart from JavaScript values', async () => {
    const before = await now();
    // 400 distinct functions, each run until V8 has compiled it: bytecode and
    // feedback (v8Code) outweigh the function objects themselves (js).
    const functions = Array.from(
      { length: 400 },
      (_, i) =>
        new Function(
          'n',
          `let s = ${i}; for (let k = 0; k < n; k += 1) { s = (s * 31 + k + ${i}) % 1000003; if (s % 7 === ${i % 7}) s += k; } return s;`,
        ) as (n: number) => number,
    );
    let sum = 0;
    for (const f of functions) for (let r = 0; r < 3; r += 1) sum += f(50);
    const after = await now();
    expect(sum).toBeGreaterThan(0);
    expect(functions).toHaveLength(400);
    expect(after.v8Code - before.v8Code).toBeGreaterThan(100_000);
    expect(after.v8Code - before.v8Code).toBeGreaterThan(2 * (after.js - before.js));
  });
});
