import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_DEPTH, measurePayload } from '../../../../electron/ipc/payload-size';

const LOTS = 1_000_000;

describe('measurePayload', () => {
  it('counts strings as UTF-8, byte arrays by length, one byte per other scalar and container', () => {
    expect(measurePayload(undefined, LOTS)).toEqual({ ok: true, bytes: 1 });
    expect(measurePayload('ab', LOTS)).toEqual({ ok: true, bytes: 2 });
    // é is 2 bytes in UTF-8, 月 is 3, 🌕 is 4 (a surrogate pair in UTF-16).
    expect(measurePayload('é月🌕', LOTS)).toEqual({ ok: true, bytes: 9 });
    expect(measurePayload(new Uint8Array(1000), LOTS)).toEqual({ ok: true, bytes: 1000 });
    // object 1 + key "png" 3 + 10 bytes + key "ask" 3 + boolean 1
    expect(measurePayload({ png: new Uint8Array(10), ask: true }, LOTS)).toEqual({
      ok: true,
      bytes: 18,
    });
    expect(measurePayload([1, 'x'], LOTS)).toEqual({ ok: true, bytes: 1 + 8 + 1 });
  });

  it('accepts exactly the limit and refuses one byte more', () => {
    expect(measurePayload('x'.repeat(100), 100)).toEqual({ ok: true, bytes: 100 });
    expect(measurePayload('x'.repeat(101), 100)).toEqual({ ok: false, kind: 'too-large' });
    expect(measurePayload('é'.repeat(51), 100)).toEqual({ ok: false, kind: 'too-large' });
  });

  it('stops early on a huge payload instead of walking it all', () => {
    // A billion-element sparse array: a full walk would take minutes.
    const start = performance.now();
    expect(measurePayload(new Array(1e9), 1000)).toEqual({ ok: false, kind: 'too-large' });
    expect(measurePayload({ a: 'x'.repeat(50_000_000) }, 1000)).toEqual({
      ok: false,
      kind: 'too-large',
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it.each([
    ['a BigInt', 10n],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['a Uint16Array', new Uint16Array(4)],
    ['a Buffer (a Uint8Array subclass)', Buffer.from('ab')],
    ['an object with a polluted prototype', { __proto__: { polluted: true } }],
    ['a symbol key', { [Symbol('k')]: 1 }],
    [
      'a getter',
      Object.defineProperty({}, 'x', { enumerable: true, get: () => 'ran code in main' }),
    ],
    [
      'a cycle',
      (() => {
        const cycle: { self?: unknown } = {};
        cycle.self = cycle;
        return cycle;
      })(),
    ],
    [
      'a shared reference (the billion-laughs shape)',
      (() => {
        const leaf = { x: 'x'.repeat(10) };
        return [leaf, leaf];
      })(),
    ],
  ])('refuses %s as not plain data', (_label, payload) => {
    expect(measurePayload(payload, LOTS)).toEqual({ ok: false, kind: 'not-plain' });
  });

  it(`refuses nesting deeper than ${MAX_PAYLOAD_DEPTH} without recursing into it`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(measurePayload(deep, Number.MAX_SAFE_INTEGER)).toEqual({
      ok: false,
      kind: 'not-plain',
    });
    let ok: unknown = 1;
    for (let i = 0; i < MAX_PAYLOAD_DEPTH; i++) ok = [ok];
    expect(measurePayload(ok, LOTS)).toMatchObject({ ok: true });
  });

  it('accepts a null-prototype object (what some parsers produce)', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(measurePayload(bare, LOTS)).toEqual({ ok: true, bytes: 1 + 1 + 8 });
  });
});
