/**
 * How the globe is lit and at which moment (zustand): `mode` 'explore' (a
 * lamp that follows the viewer) or 'sun' (the real Sun at `timeUtc`);
 * `timeUtc` null means "now". Both are part of a view (assets/format/view.ts).
 * `playSpeed` (simulated seconds per real second) is not: a paused clock is
 * what a view records.
 */
import { create } from 'zustand';
import { DEFAULT_VIEW, type LightMode } from '../../assets/format/view';

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

/**
 * The light mode and the moment are remembered as part of the last view in
 * settings (renderer/settings/persist.ts), the one place that persists.
 */
export const useLight = create<LightState>()((set) => ({
  mode: DEFAULT_VIEW.light,
  timeUtc: DEFAULT_VIEW.time,
  playSpeed: 0,
  setMode: (mode) => set({ mode }),
  setTime: (timeUtc) => set({ timeUtc }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
}));
