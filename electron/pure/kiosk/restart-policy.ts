/**
 * When a kiosk's renderer crashes or hangs, or its GPU process dies, reload
 * it, with exponential backoff so a crash that repeats at once does not spin.
 * Pure: time comes in as numbers; the Electron glue owns the timers.
 *
 * After `stableMs` without failures the next failure waits `initialDelayMs`
 * again. Every decision carries a one-line log entry.
 */

export type FailureKind = 'render-process-gone' | 'unresponsive' | 'gpu-process-gone';

export type RestartOptions = {
  /** What the log lines start with (`kiosk` unless said otherwise). */
  label?: string;
  enabled: boolean;
  initialDelayMs: number;
  maxDelayMs: number;
  stableMs: number;
};

export type RestartDecision =
  | { action: 'reload'; delayMs: number; attempt: number; log: string }
  | { action: 'none'; log: string };

export type RestartPolicy = {
  /** A failure happened at `nowMs`; what to do about it. */
  onFailure(kind: FailureKind, nowMs: number, detail?: string): RestartDecision;
};

/** Delay before reload number `attempt` (1-based): initial × 2^(attempt−1), capped. */
export function backoffDelayMs(
  attempt: number,
  initialDelayMs: number,
  maxDelayMs: number,
): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 52));
  return Math.min(maxDelayMs, initialDelayMs * 2 ** exponent);
}

export function createRestartPolicy(options: RestartOptions): RestartPolicy {
  let attempt = 0;
  let lastFailureMs = Number.NEGATIVE_INFINITY;
  const label = options.label ?? 'kiosk';
  return {
    onFailure(kind, nowMs, detail) {
      const what = detail ? `${kind} (${detail})` : kind;
      if (!options.enabled) {
        return {
          action: 'none',
          log: `${label}: ${what}; restart is disabled in the kiosk config`,
        };
      }
      attempt = nowMs - lastFailureMs > options.stableMs ? 1 : attempt + 1;
      lastFailureMs = nowMs;
      const delayMs = backoffDelayMs(attempt, options.initialDelayMs, options.maxDelayMs);
      return {
        action: 'reload',
        delayMs,
        attempt,
        log: `${label}: ${what}; reloading in ${(delayMs / 1000).toFixed(1)} s (failure ${attempt} in a row)`,
      };
    },
  };
}
