/** How name labels look, per size tier (see renderer/gazetteer/placement.ts). */
import { TIER_FEATURE, TIER_PLAINS, TIER_SATELLITE } from '../gazetteer/placement';

const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif";

export interface TierStyle {
  font: string;
  sizePx: number;
  color: string;
}

export const TIER_STYLES: Record<number, TierStyle> = {
  [TIER_PLAINS]: { font: `italic 600 14px ${FAMILY}`, sizePx: 14, color: '#ffe6a8' },
  [TIER_FEATURE]: { font: `600 12px ${FAMILY}`, sizePx: 12, color: '#f2f2ee' },
  [TIER_SATELLITE]: { font: `500 11px ${FAMILY}`, sizePx: 11, color: '#c9d3dc' },
};

/** Room around the text, so neighbours never touch (px). */
export const LABEL_PAD_PX = 3;
export const HALO = { color: 'rgba(0, 0, 0, 0.85)', widthPx: 3 };
