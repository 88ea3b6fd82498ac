/**
 * How the globe is lit and at which moment (zustand): `mode` 'explore' (a
 * lamp that follows the viewer) or 'sun' (the real Sun at `timeUtc`);
 * `timeUtc` null means "now". Both are part of a view (assets/format/view.ts).
 */
import { create } from 'zustand';
import { DEFAULT_VIEW, type LightMode } from '../../assets/format/view';

export interface LightState {
  mode: LightMode;
  /** `YYYY-MM-DDThh:mm:ssZ`, or null for the current moment. */
  timeUtc: string | null;
  setMode(mode: LightMode): void;
  setTime(timeUtc: string | null): void;
}

export const useLight = create<LightState>((set) => ({
  mode: DEFAULT_VIEW.light,
  timeUtc: DEFAULT_VIEW.time,
  setMode: (mode) => set({ mode }),
  setTime: (timeUtc) => set({ timeUtc }),
}));
