/**
 * What the globe draws: the loaded layers and the relief settings (zustand).
 */
import { create } from 'zustand';
import type { DataTexture, Texture } from 'three';
import type { PackManifest } from '../../assets/format/manifest';
import type { ElevationGrid } from '../geo/dem';
import { DEFAULT_VIEW, EXAGGERATION_MAX, EXAGGERATION_MIN } from '../../assets/format/view';

export interface MoonLayers {
  manifest: PackManifest;
  color: Texture;
  normal: Texture;
  elevation: DataTexture;
  /** Exact elevation grid for sampling heights (see renderer/geo/dem.ts). */
  elevationGrid: ElevationGrid;
  /**
   * False when the pack's elevation grid is damaged and a flat stand-in is
   * drawn: the globe is smooth and no height is shown.
   */
  relief: boolean;
  /** Width of the best color level not left out as damaged (the GPU may take less). */
  bestColorWidth: number;
}

export { EXAGGERATION_MIN, EXAGGERATION_MAX };
export const EXAGGERATION_DEFAULT = DEFAULT_VIEW.exaggeration;

interface MoonState {
  layers: MoonLayers | null;
  /** Vertical exaggeration of relief (displacement and shading), 1 = true scale. */
  exaggeration: number;
  setExaggeration(value: number): void;
}

export const useMoon = create<MoonState>((set) => ({
  layers: null,
  exaggeration: EXAGGERATION_DEFAULT,
  setExaggeration: (value) =>
    set({ exaggeration: Math.min(EXAGGERATION_MAX, Math.max(EXAGGERATION_MIN, value)) }),
}));
