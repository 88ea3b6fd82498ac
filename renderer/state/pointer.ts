/** The surface point under the pointer, for the readout (zustand). */
import { create } from 'zustand';

export interface SurfaceProbe {
  latDeg: number;
  lonDeg: number;
  /** LOLA height above the 1737.4 km datum, bilinear from the full-precision grid. */
  heightM: number;
}

export const usePointer = create<{ probe: SurfaceProbe | null }>(() => ({ probe: null }));
