/** Selecting a site: open its panel and fly there (animated unless reduced motion). */
import type { Site } from '../sites/schema';
import { useGazetteer } from './gazetteer';
import { useLayers } from './layers';
import { framingDistance, lookAtLatLon } from './navigation';

function outlineRadiusKm(site: Site): number | null {
  const o = site.outline;
  if (!o) return null;
  return o.shape === 'circle' ? o.diameterKm / 2 : o.majorAxisKm / 2;
}

/**
 * Select `site` and turn to it: framed to its size, or (`frame` false, as a
 * sunlight moment does) at the current distance. Resolves when the move ends.
 */
export function selectSite(site: Site, frame = true): Promise<void> {
  useGazetteer.getState().selectFeature(null);
  useLayers.getState().select(site.id);
  const distance = frame ? framingDistance(outlineRadiusKm(site)) : undefined;
  return lookAtLatLon(site.latDeg, site.lonDeg, distance);
}
