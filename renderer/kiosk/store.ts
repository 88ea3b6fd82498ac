/**
 * Kiosk mode in the renderer (zustand): the parsed settings, what the idle
 * cycle is doing, and the caption on screen. Mirrored into <html data-kiosk*>
 * by KioskMode.tsx for CSS, tests and monitoring.
 */
import { create } from 'zustand';
import { DEFAULT_KIOSK_CONFIG, type KioskConfig } from '../../assets/format/kiosk';
import type { IdleMachine, KioskPhase } from './cycle/idleMachine';
import type { StopCaption } from './cycle/tourRunner';

export interface KioskState {
  /** Kiosk mode is on (and the operator has not left it). */
  enabled: boolean;
  config: KioskConfig;
  /** One line per config problem, naming the key; shown on screen. */
  problems: string[];
  exitPinSet: boolean;
  phase: KioskPhase;
  countdownRemaining: number;
  caption: StopCaption | null;
  /** Bumped on every full reset: components keyed on it start fresh. */
  session: number;
  /** Completed passes through the tour's stops (monitoring, soak tests). */
  tourCycles: number;
  pinPadOpen: boolean;
  /** The first-time hint shows (set when a visitor takes over from the tour). */
  hint: boolean;
  /** The running idle cycle, for the countdown's "Keep exploring" and the operator exit. */
  machine: IdleMachine | null;
}

export const useKiosk = create<KioskState>(() => ({
  enabled: false,
  config: DEFAULT_KIOSK_CONFIG,
  problems: [],
  exitPinSet: false,
  phase: 'visitor',
  countdownRemaining: 0,
  caption: null,
  session: 0,
  tourCycles: 0,
  pinPadOpen: false,
  hint: false,
  machine: null,
}));

/** Whether a control shows: always outside kiosk mode, as configured inside it. */
export const showsControl =
  (name: keyof KioskConfig['controls']) =>
  (s: KioskState): boolean =>
    !s.enabled || s.config.controls[name];

/** Visitors may save pictures: always outside kiosk mode, inside it only with `pictures.allowSave`. */
export const picturesAllowed = (s: KioskState): boolean =>
  !s.enabled || s.config.pictures.allowSave;
