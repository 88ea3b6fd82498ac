/**
 * How the globe is lit and at which moment (zustand): `mode` 'explore' (a
 * lamp that follows the viewer) or 'sun' (the real Sun at `timeUtc`);
 * `timeUtc` null means "now". Both are part of a view (assets/format/view.ts).
 * `playSpeed` (simulated seconds per real second) is not: a paused clock is
 * what a view records.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_VIEW, LIGHT_MODES, normalizeUtc, type LightMode } from '../../assets/format/view';

export interface LightState {
  mode: LightMode;
  /** `YYYY-MM-DDThh:mm:ssZ`, or null for the current moment. */
  timeUtc: string | null;
  /** Simulated seconds per real second while playing; 0 when paused. */
  playSpeed: number;
  setMode(mode: LightMode): void;
  setTime(timeUtc: string | null): void;
  setPlaySpeed(playSpeed: number): void;
}

export const LIGHT_STORAGE_KEY = 'farside.light';

/**
 * The light mode and the moment are remembered (localStorage), like the
 * layers; anything unreadable falls back to the default (explore, now).
 */
export const useLight = create<LightState>()(
  persist(
    (set) => ({
      mode: DEFAULT_VIEW.light,
      timeUtc: DEFAULT_VIEW.time,
      playSpeed: 0,
      setMode: (mode) => set({ mode }),
      setTime: (timeUtc) => set({ timeUtc }),
      setPlaySpeed: (playSpeed) => set({ playSpeed }),
    }),
    {
      name: LIGHT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ mode: s.mode, timeUtc: s.timeUtc }),
      merge: (stored, current) => {
        const { mode, timeUtc } = (stored ?? {}) as { mode?: unknown; timeUtc?: unknown };
        const time = typeof timeUtc === 'string' ? normalizeUtc(timeUtc) : null;
        return {
          ...current,
          mode: (LIGHT_MODES as readonly unknown[]).includes(mode)
            ? (mode as LightMode)
            : current.mode,
          timeUtc: time?.ok ? time.iso : null,
        };
      },
    },
  ),
);
