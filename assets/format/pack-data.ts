/**
 * Which Moon data a pack holds, in the words the status bar uses:
 * "Starter Moon: 1k color, 4 px/° relief". Pure.
 */
import type { PackManifest } from './manifest';

/**
 * The starter kit committed in `assets/starter/` (byte-identical NASA
 * originals, checked against the kit catalog by a unit test): the pack
 * built from it is what a fresh install shows before any download.
 */
export const STARTER_KIT = {
  color: 'lroc_color_poles_1k.jpg',
  elevation: 'ldem_4_uint.tif',
} as const;

/** "1k", "4k", … for a color map `widthPx` wide; plain pixels when not a multiple of 1024. */
export function colorSizeLabel(widthPx: number): string {
  return widthPx % 1024 === 0 ? `${widthPx / 1024}k` : `${widthPx} px`;
}

/** Pixels per degree of an equirectangular grid `widthPx` wide (360° across). */
export function pixelsPerDegree(widthPx: number): number {
  return widthPx / 360;
}

export function isStarterPack(manifest: PackManifest): boolean {
  const names = new Set(manifest.sources.map((source) => source.name));
  return names.has(STARTER_KIT.color) && names.has(STARTER_KIT.elevation) && names.size === 2;
}

export interface PackData {
  /** Built from the committed starter kit. */
  starter: boolean;
  /** The best color level, as the kit names sizes ("1k", "4k", …). */
  color: string;
  /** Relief grid resolution in pixels per degree; null when the relief is left out (damaged). */
  ppd: number | null;
}

/** What of the pack is usable, when files were left out as damaged. */
export interface PackDataDrawn {
  /** Width of the best color level not left out. */
  colorWidth: number;
  /** False when the elevation grid was left out and the globe is smooth. */
  relief: boolean;
}

/**
 * The facts behind the label for the data on screen; the renderer words them
 * per language, e.g. "Starter Moon: 1k color, 4 px/° relief". With `drawn`,
 * what was left out as damaged is not claimed.
 */
export function describePackData(manifest: PackManifest, drawn?: PackDataDrawn): PackData {
  const colorWidth =
    drawn?.colorWidth ?? manifest.color.levels[manifest.color.levels.length - 1]!.width;
  return {
    starter: isStarterPack(manifest),
    color: colorSizeLabel(colorWidth),
    ppd:
      drawn?.relief === false ? null : Number(pixelsPerDegree(manifest.elevation.width).toFixed(2)),
  };
}
