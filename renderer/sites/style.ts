/**
 * How each kind of site is drawn: pin colors chosen to stand out from the
 * grey Moon (and from each other) for every reader, and which kinds are
 * areas drawn as outlines rather than pins.
 */
import type { MessageKey } from '../i18n/message';
import type { Site, SiteKind } from './schema';

export const KIND_STYLE: Record<SiteKind, { color: string; labelKey: MessageKey }> = {
  'crewed-landing': { color: '#ff8a2b', labelKey: 'kind.crewedLanding' },
  'robotic-landing': { color: '#3fd0ff', labelKey: 'kind.roboticLanding' },
  'sample-return': { color: '#3fd0ff', labelKey: 'kind.sampleReturn' },
  region: { color: '#ffd23f', labelKey: 'kind.region' },
  feature: { color: '#c9a2ff', labelKey: 'kind.feature' },
};

/** Regions are outlines with a label at their centre; everything else is a pin. */
export function isArea(site: Site): boolean {
  return site.outline !== undefined;
}
