/**
 * The operator exit PIN, checked with rate limiting: after `freeAttempts`
 * wrong PINs in a row every further try must wait, doubling from
 * `lockoutMs` up to `maxLockoutMs`; a right PIN clears the count. Without a
 * configured PIN nothing opens. Pure: time comes in as numbers.
 */

export type PinResult =
  { ok: true } | { ok: false; reason: 'wrong' | 'locked' | 'disabled'; retryAfterMs: number };

export type PinGateOptions = {
  pin: string | null;
  freeAttempts?: number;
  lockoutMs?: number;
  maxLockoutMs?: number;
};

export type PinGate = { check(attempt: string, nowMs: number): PinResult };

/** Compare without an early exit, so timing does not tell how many digits were right. */
function sameDigits(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}

export function createPinGate({
  pin,
  freeAttempts = 3,
  lockoutMs = 30_000,
  maxLockoutMs = 15 * 60_000,
}: PinGateOptions): PinGate {
  let wrong = 0;
  let lockedUntilMs = Number.NEGATIVE_INFINITY;
  return {
    check(attempt, nowMs) {
      if (pin === null) return { ok: false, reason: 'disabled', retryAfterMs: 0 };
      if (nowMs < lockedUntilMs) {
        return { ok: false, reason: 'locked', retryAfterMs: lockedUntilMs - nowMs };
      }
      if (sameDigits(attempt, pin)) {
        wrong = 0;
        lockedUntilMs = Number.NEGATIVE_INFINITY;
        return { ok: true };
      }
      wrong += 1;
      const over = wrong - freeAttempts;
      if (over >= 0) {
        const waitMs = Math.min(maxLockoutMs, lockoutMs * 2 ** Math.min(over, 30));
        lockedUntilMs = nowMs + waitMs;
        return { ok: false, reason: 'wrong', retryAfterMs: waitMs };
      }
      return { ok: false, reason: 'wrong', retryAfterMs: 0 };
    },
  };
}
