/**
 * How each kind of site is drawn: pin colors chosen to stand out from the
 * grey Moon (and from each other) for every reader, and which kinds are
 * areas drawn as outlines rather than pins.
 */
import type { Site, SiteKind } from './schema';

export const KIND_STYLE: Record<SiteKind, { color: string; label: string }> = {
  'crewed-landing': { color: '#ff8a2b', label: 'Crewed landing' },
  'robotic-landing': { color: '#3fd0ff', label: 'Robotic landing' },
  'sample-return': { color: '#3fd0ff', label: 'Robotic sample return' },
  region: { color: '#ffd23f', label: 'Basin or region' },
  feature: { color: '#c9a2ff', label: 'Feature' },
};

/** Regions are outlines with a label at their centre; everything else is a pin. */
export function isArea(site: Site): boolean {
  return site.outline !== undefined;
}
