/**
 * Which sites and overlays show, as stored between runs (pure): the defaults
 * come from the view format, and whatever storage held is reduced to known
 * ids so a damaged or old value can never break the app.
 */
import {
  DEFAULT_VIEW,
  HEADLINE_TOGGLE_IDS,
  OVERLAY_IDS,
  SITE_GROUPS,
  type HeadlineToggleId,
  type OverlayId,
  type SiteGroup,
} from '../../assets/format/view';

export interface LayerChoice {
  headlines: HeadlineToggleId[];
  groups: SiteGroup[];
  overlays: OverlayId[];
}

export const defaultLayerChoice = (): LayerChoice => ({
  headlines: [...DEFAULT_VIEW.sites],
  groups: [...DEFAULT_VIEW.groups],
  overlays: [...DEFAULT_VIEW.overlays],
});

/**
 * Read stored layers written by an older version. Version 3 made the names of
 * places an overlay (`labels`, on by default); before, a separate switch held
 * it, so older choices get `labels` unless that switch was off.
 */
export function migrateLayers(
  stored: unknown,
  version: number,
  legacyNamesOn: boolean,
): LayerChoice {
  const choice = sanitizeLayers(stored);
  if (version < 3 && legacyNamesOn && !choice.overlays.includes('labels')) {
    choice.overlays = OVERLAY_IDS.filter((id) => id === 'labels' || choice.overlays.includes(id));
  }
  return choice;
}

/** Keep only known values from whatever storage held (version 1 stored grid/boundary as booleans). */
export function sanitizeLayers(stored: unknown): LayerChoice {
  const defaults = defaultLayerChoice();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const s = stored as Record<string, unknown>;
  const pick = <T extends string>(value: unknown, known: readonly T[], fallback: T[]): T[] =>
    Array.isArray(value) ? known.filter((k) => value.includes(k)) : fallback;
  const v1 = !Array.isArray(s.overlays) && ('graticule' in s || 'boundary' in s);
  const overlays = v1
    ? OVERLAY_IDS.filter(
        (id) =>
          (id === 'grid' && s.graticule === true) || (id === 'boundary' && s.boundary === true),
      )
    : pick(s.overlays, OVERLAY_IDS, defaults.overlays);
  return {
    headlines: pick(s.headlines, HEADLINE_TOGGLE_IDS, defaults.headlines),
    groups: pick(s.groups, SITE_GROUPS, defaults.groups),
    overlays,
  };
}
