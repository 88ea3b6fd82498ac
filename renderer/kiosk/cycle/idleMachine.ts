/**
 * The kiosk's idle cycle, as a small state machine with no DOM, React or
 * three.js (timers are injected, so tests drive it with fake timers):
 *
 *   visitor ──idleSeconds without input──▶ countdown ──countdownSeconds──▶
 *   resetting ──reset done──▶ tour ──any input──▶ visitor
 *
 * Any input during the countdown (or "Keep exploring") goes back to
 * `visitor`; input during the reset hands over as soon as the reset is done
 * (no tour starts); input during the tour stops it at once.
 */

export type KioskPhase = 'visitor' | 'countdown' | 'resetting' | 'tour';

export type IdleTimers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type IdleMachineOptions = {
  idleMs: number;
  countdownSeconds: number;
  timers?: IdleTimers;
};

export type IdleMachineHooks = {
  /** Called on every change of phase or countdown second. */
  onChange(phase: KioskPhase, countdownRemaining: number): void;
  /** Bring everything back to the configured defaults. */
  reset(): Promise<void> | void;
  startTour(): void;
  stopTour(): void;
};

export type IdleMachine = {
  /** A touch, click, key or wheel. */
  activity(): void;
  /** The countdown's "Keep exploring" button. */
  keepExploring(): void;
  /** Begin in `tour` (a kiosk that just started) or `visitor`. */
  start(phase: 'tour' | 'visitor'): void;
  phase(): KioskPhase;
  countdownRemaining(): number;
  dispose(): void;
};

const defaultTimers: IdleTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createIdleMachine(
  { idleMs, countdownSeconds, timers = defaultTimers }: IdleMachineOptions,
  hooks: IdleMachineHooks,
): IdleMachine {
  let phase: KioskPhase = 'visitor';
  let remaining = 0;
  let timer: unknown = null;
  let handOver = false;
  let disposed = false;

  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const set = (next: KioskPhase, left = 0) => {
    if (next === phase && left === remaining) return;
    phase = next;
    remaining = left;
    hooks.onChange(phase, remaining);
  };
  const toVisitor = () => {
    clear();
    set('visitor');
    timer = timers.setTimeout(toCountdown, idleMs);
  };
  const tick = () => {
    if (remaining <= 1) {
      void runReset();
      return;
    }
    set('countdown', remaining - 1);
    timer = timers.setTimeout(tick, 1000);
  };
  function toCountdown() {
    timer = null;
    set('countdown', countdownSeconds);
    timer = timers.setTimeout(tick, 1000);
  }
  async function runReset() {
    clear();
    handOver = false;
    set('resetting');
    try {
      await hooks.reset();
    } finally {
      if (!disposed) {
        if (handOver) toVisitor();
        else {
          set('tour');
          hooks.startTour();
        }
      }
    }
  }

  return {
    activity() {
      if (disposed) return;
      if (phase === 'resetting') handOver = true;
      else if (phase === 'tour') {
        hooks.stopTour();
        toVisitor();
      } else toVisitor();
    },
    keepExploring() {
      if (!disposed && phase === 'countdown') toVisitor();
    },
    start(first) {
      if (first === 'tour') {
        clear();
        set('tour');
        hooks.startTour();
      } else toVisitor();
    },
    phase: () => phase,
    countdownRemaining: () => remaining,
    dispose() {
      disposed = true;
      clear();
      if (phase === 'tour') hooks.stopTour();
    },
  };
}
