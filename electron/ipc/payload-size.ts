/**
 * How big an IPC request is, measured before any schema sees it. Each channel
 * declares its own limit in the contract (a picture may be 200 MB; a question
 * with no argument needs a few bytes), so a compromised renderer cannot make
 * main parse or hold more than the channel needs. Pure.
 *
 * The walk stops as soon as the limit is passed, so measuring a huge payload
 * costs no more than measuring one just over the limit. Only plain data is
 * measured: what structured clone carries from the preload and the contract's
 * schemas can describe (primitives, arrays, plain objects, Uint8Array).
 */

/** Deep enough for any request the contract declares; deeper is refused, never recursed. */
export const MAX_PAYLOAD_DEPTH = 16;

export type PayloadSize =
  { ok: true; bytes: number } | { ok: false; kind: 'too-large' } | { ok: false; kind: 'not-plain' };

class Stop {
  constructor(readonly kind: 'too-large' | 'not-plain') {}
}

/** UTF-8 length of a string; a string never encodes to fewer bytes than its UTF-16 length. */
function stringBytes(text: string, budget: number): number {
  if (text.length > budget) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

/**
 * Size of `payload` in bytes (strings as UTF-8, byte arrays by length, one
 * byte per other scalar and per container), or why it is refused: larger
 * than `maxBytes`, or not plain data (a class instance, function, BigInt,
 * symbol, accessor, a cycle or shared reference, nesting deeper than
 * MAX_PAYLOAD_DEPTH).
 */
export function measurePayload(payload: unknown, maxBytes: number): PayloadSize {
  let total = 0;
  const seen = new Set<object>();
  const add = (bytes: number) => {
    total += bytes;
    if (total > maxBytes) throw new Stop('too-large');
  };
  const walk = (value: unknown, depth: number): void => {
    if (value === undefined || value === null || typeof value === 'boolean') return add(1);
    if (typeof value === 'number') return add(8);
    if (typeof value === 'string') return add(stringBytes(value, maxBytes - total));
    if (typeof value !== 'object') throw new Stop('not-plain');
    if (depth >= MAX_PAYLOAD_DEPTH || seen.has(value)) throw new Stop('not-plain');
    seen.add(value);
    if (value instanceof Uint8Array && Object.getPrototypeOf(value) === Uint8Array.prototype) {
      return add(value.byteLength);
    }
    if (Array.isArray(value)) {
      add(1);
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Stop('not-plain');
    add(1);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string') throw new Stop('not-plain');
      add(stringBytes(key, maxBytes - total));
      // Structured clone carries data properties only; a getter would run code here.
      const field = Object.getOwnPropertyDescriptor(value, key);
      if (field === undefined || !('value' in field)) throw new Stop('not-plain');
      walk(field.value, depth + 1);
    }
  };
  try {
    walk(payload, 0);
  } catch (error) {
    if (error instanceof Stop) return { ok: false, kind: error.kind };
    throw error;
  }
  return { ok: true, bytes: total };
}
