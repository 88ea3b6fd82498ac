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

export function selectSite(site: Site): void {
  useGazetteer.getState().selectFeature(null);
  useLayers.getState().select(site.id);
  void lookAtLatLon(site.latDeg, site.lonDeg, framingDistance(outlineRadiusKm(site)));
}
