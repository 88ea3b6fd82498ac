/**
 * The Sun as the scene shows it now (zustand): the ephemeris at the light's
 * moment (renderer/geo/ephemeris.ts). A clock keeps it current; it publishes
 * a new state only when the sub-solar point has moved a visible amount, so a
 * ticking "now" re-renders the globe every few minutes, not every frame.
 */
import { create } from 'zustand';
import { angularDistanceRad } from '../geo/frame';
import { moonSunState, type MoonSunState } from '../geo/ephemeris';
import { canonicalUtc } from '../sunlight/timeInput';
import { useLight } from './light';

/** The terminator moves ~0.5° an hour; 0.05° is under a pixel at the default view. */
export const VISIBLE_MOVE_DEG = 0.05;

export const useSun = create<{ state: MoonSunState }>(() => ({
  state: moonSunState(Date.now()),
}));

/** The moment the light shows: its fixed time, or now. */
export function lightMomentMs(): number {
  const { timeUtc } = useLight.getState();
  return timeUtc === null ? Date.now() : Date.parse(timeUtc);
}

/** Recompute the Sun for the light's moment; publish only a visible change (or `force`). */
export function refreshSun(force = false): void {
  const next = moonSunState(lightMomentMs());
  const prev = useSun.getState().state;
  const movedDeg =
    angularDistanceRad(
      prev.subSolar.latDeg,
      prev.subSolar.lonDeg,
      next.subSolar.latDeg,
      next.subSolar.lonDeg,
    ) *
    (180 / Math.PI);
  const earthMovedDeg =
    angularDistanceRad(
      prev.subEarth.latDeg,
      prev.subEarth.lonDeg,
      next.subEarth.latDeg,
      next.subEarth.lonDeg,
    ) *
    (180 / Math.PI);
  if (force || movedDeg >= VISIBLE_MOVE_DEG || earthMovedDeg >= VISIBLE_MOVE_DEG) {
    useSun.setState({ state: next });
  }
}

/** How often the clock looks at the time: often while playing, rarely for "now". */
const PLAY_TICK_MS = 100;
const NOW_TICK_MS = 10_000;

/**
 * Start the clock: follow the light's time (and "now"), advance it while
 * playing. Returns a stop function.
 */
export function startSunClock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = performance.now();
  const tick = () => {
    const { playSpeed, timeUtc, setTime } = useLight.getState();
    const now = performance.now();
    if (playSpeed !== 0) {
      const base = timeUtc === null ? Date.now() : Date.parse(timeUtc);
      setTime(canonicalUtc(base + (now - last) * playSpeed));
    }
    last = now;
    refreshSun();
    timer = setTimeout(tick, playSpeed !== 0 ? PLAY_TICK_MS : NOW_TICK_MS);
  };
  const offLight = useLight.subscribe((s, prev) => {
    if (s.timeUtc !== prev.timeUtc) refreshSun();
    if (s.playSpeed !== prev.playSpeed) {
      clearTimeout(timer);
      last = performance.now();
      timer = setTimeout(tick, PLAY_TICK_MS);
    }
  });
  refreshSun(true);
  timer = setTimeout(tick, NOW_TICK_MS);
  return () => {
    clearTimeout(timer);
    offLight();
  };
}
