/**
 * The attract tour: fly to each stop, show its caption, stay `dwellMs`, go
 * on to the next, forever, until stopped. No DOM or three.js here: moving
 * the camera and showing captions are injected (renderer/kiosk/KioskMode.tsx
 * passes applyView and the kiosk store), so tests drive it with fake timers.
 * Between moves nothing runs but one timer: the globe renders on demand.
 * A flight that never reports its arrival (camera-controls can go to sleep
 * without its `rest` event; the soak test caught a tour stalled so) counts
 * as arrived after `maxFlightMs`, so the tour never stops by itself.
 */
import type { View } from '../../../assets/format/view';

/**
 * What a stop shows: the configured caption text, or (when none is
 * configured) the site's name, which the screen shows in the current language.
 */
export type StopCaption = { text: string; siteId: string | null };

export type ResolvedStop = { view: View; caption: StopCaption; dwellMs: number };

export type TourDeps = {
  /** Fly to a view; resolves when the camera has arrived. */
  fly(view: View): Promise<unknown>;
  /** Stop any camera motion at once. */
  halt(): void;
  caption(caption: StopCaption | null): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type TourRunner = {
  start(): void;
  stop(): void;
  running(): boolean;
  /** Full passes through the stops since the runner was made. */
  cycles(): number;
};

export type TourOptions = {
  /** Longest a flight may take before the stop is shown anyway. */
  maxFlightMs: number;
};

export function createTourRunner(
  stops: readonly ResolvedStop[],
  deps: TourDeps,
  { maxFlightMs }: TourOptions = { maxFlightMs: 30_000 },
): TourRunner {
  let run = 0; // increments on every start/stop: a stale flight never continues a stopped tour
  let active = false;
  let timer: unknown = null; // the dwell at a stop
  let guard: unknown = null; // the longest wait for a flight
  let cycles = 0;

  const clearGuard = () => {
    if (guard !== null) deps.clearTimeout(guard);
    guard = null;
  };

  const visit = (index: number, token: number): void => {
    const stop = stops[index]!;
    deps.caption(null);
    let arrived = false;
    const arrive = () => {
      if (arrived || token !== run) return;
      arrived = true;
      clearGuard();
      deps.caption(stop.caption);
      timer = deps.setTimeout(() => {
        timer = null;
        if (token !== run) return;
        const next = (index + 1) % stops.length;
        if (next === 0) cycles += 1;
        visit(next, token);
      }, stop.dwellMs);
    };
    guard = deps.setTimeout(() => {
      guard = null;
      arrive();
    }, maxFlightMs);
    // A failed flight is no reason to stop the tour either.
    void deps.fly(stop.view).then(arrive, arrive);
  };

  return {
    start() {
      if (active || stops.length === 0) return;
      active = true;
      run += 1;
      visit(0, run);
    },
    stop() {
      if (!active) return;
      active = false;
      run += 1;
      if (timer !== null) deps.clearTimeout(timer);
      timer = null;
      clearGuard();
      deps.halt();
      deps.caption(null);
    },
    running: () => active,
    cycles: () => cycles,
  };
}
