/**
 * Every user-facing word of the gazetteer features (search, labels, feature
 * panel) as translation keys (renderer/i18n/locales/*.json, section
 * `gazetteer`). IAU names themselves are never translated.
 */
import type { MessageKey } from '../i18n/message';

/** IAU descriptor type codes: the source's own word and the word shown. */
export const FEATURE_TYPE_WORDS: Readonly<
  Record<string, { source: string; labelKey: MessageKey }>
> = {
  AA: { source: 'crater', labelKey: 'featureType.AA' },
  AL: { source: 'albedo feature', labelKey: 'featureType.AL' },
  CA: { source: 'catena', labelKey: 'featureType.CA' },
  DO: { source: 'dorsum', labelKey: 'featureType.DO' },
  LC: { source: 'lacus', labelKey: 'featureType.LC' },
  LF: { source: 'landing site name', labelKey: 'featureType.LF' },
  ME: { source: 'mare', labelKey: 'featureType.ME' },
  MO: { source: 'mons', labelKey: 'featureType.MO' },
  OC: { source: 'oceanus', labelKey: 'featureType.OC' },
  PA: { source: 'palus', labelKey: 'featureType.PA' },
  PL: { source: 'planitia', labelKey: 'featureType.PL' },
  PR: { source: 'promontorium', labelKey: 'featureType.PR' },
  RI: { source: 'rima', labelKey: 'featureType.RI' },
  RU: { source: 'rupes', labelKey: 'featureType.RU' },
  SF: { source: 'satellite feature', labelKey: 'featureType.SF' },
  SI: { source: 'sinus', labelKey: 'featureType.SI' },
  VA: { source: 'vallis', labelKey: 'featureType.VA' },
};

/** The translation key of a descriptor type's word, or null for an unknown code. */
export function featureTypeKey(code: string): MessageKey | null {
  return FEATURE_TYPE_WORDS[code]?.labelKey ?? null;
}

export const GAZETTEER_STRINGS = {
  nearSide: 'gazetteer.nearSide',
  farSide: 'gazetteer.farSide',
  searchLabel: 'gazetteer.searchLabel',
  searchPlaceholder: 'gazetteer.searchPlaceholder',
  searchNoResults: 'gazetteer.searchNoResults',
  searchLoading: 'gazetteer.searchLoading',
  searchCoordinates: 'gazetteer.searchCoordinates',
  searchButton: 'gazetteer.searchButton',
  searchHint: 'gazetteer.searchHint',
  labelsToggle: 'gazetteer.labelsToggle',
  labelsToggleTitle: 'gazetteer.labelsToggleTitle',
  panelType: 'gazetteer.panelType',
  panelDiameter: 'gazetteer.panelDiameter',
  panelPosition: 'gazetteer.panelPosition',
  panelOrigin: 'gazetteer.panelOrigin',
  panelHeight: 'gazetteer.panelHeight',
  panelRelief: 'gazetteer.panelRelief',
  panelSource: 'gazetteer.panelSource',
  panelFeatureId: 'gazetteer.panelFeatureId',
  panelClose: 'gazetteer.panelClose',
  panelFlyTo: 'gazetteer.panelFlyTo',
  panelGazetteerName: 'gazetteer.panelGazetteerName',
  aboveDatum: 'gazetteer.aboveDatum',
  relief: 'gazetteer.relief',
  summary: 'gazetteer.summary',
  loadError: 'gazetteer.loadError',
} as const satisfies Record<string, MessageKey>;
