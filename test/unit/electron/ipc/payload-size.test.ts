import { describe, expect, it } from 'vitest';
import { payloadBytes } from '../../../../electron/ipc/payload-size';

describe('payloadBytes', () => {
  it('counts UTF-8 bytes of the JSON form', () => {
    expect(payloadBytes(undefined)).toBe(0);
    expect(payloadBytes('ab')).toBe(4); // "ab"
    expect(payloadBytes('é')).toBe(4); // quote, 2 bytes, quote
    expect(payloadBytes({ a: 1 })).toBe(7);
  });

  it('is null for what JSON cannot write', () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(payloadBytes(cycle)).toBeNull();
    expect(payloadBytes(10n)).toBeNull();
  });
});
