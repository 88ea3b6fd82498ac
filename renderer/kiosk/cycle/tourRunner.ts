/**
 * The attract tour: fly to each stop, show its caption, stay `dwellMs`, go
 * on to the next, forever, until stopped. No DOM or three.js here: moving
 * the camera and showing captions are injected (renderer/kiosk/KioskMode.tsx
 * passes applyView and the kiosk store), so tests drive it with fake timers.
 * Between moves nothing runs but one timer: the globe renders on demand.
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

export function createTourRunner(stops: readonly ResolvedStop[], deps: TourDeps): TourRunner {
  let run = 0; // increments on every start/stop: a stale flight never continues a stopped tour
  let active = false;
  let timer: unknown = null;
  let cycles = 0;

  const visit = (index: number, token: number): void => {
    const stop = stops[index]!;
    deps.caption(null);
    void deps.fly(stop.view).then(() => {
      if (token !== run) return;
      deps.caption(stop.caption);
      timer = deps.setTimeout(() => {
        timer = null;
        if (token !== run) return;
        const next = (index + 1) % stops.length;
        if (next === 0) cycles += 1;
        visit(next, token);
      }, stop.dwellMs);
    });
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
      deps.halt();
      deps.caption(null);
    },
    running: () => active,
    cycles: () => cycles,
  };
}
