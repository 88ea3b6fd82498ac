/**
 * Every user-facing word of the gazetteer features (search, labels, feature
 * panel) in one table, so the translation work (issue 10) finds them in one
 * place. IAU names themselves are never translated.
 */

/** IAU descriptor type codes: the source's own word and the word shown. */
export const FEATURE_TYPE_WORDS: Readonly<Record<string, { source: string; label: string }>> = {
  AA: { source: 'crater', label: 'Crater' },
  AL: { source: 'albedo feature', label: 'Albedo feature' },
  CA: { source: 'catena', label: 'Catena (crater chain)' },
  DO: { source: 'dorsum', label: 'Dorsum (ridge)' },
  LC: { source: 'lacus', label: 'Lacus (lake)' },
  LF: { source: 'landing site name', label: 'Landing site' },
  ME: { source: 'mare', label: 'Mare (sea)' },
  MO: { source: 'mons', label: 'Mons (mountain)' },
  OC: { source: 'oceanus', label: 'Oceanus (ocean)' },
  PA: { source: 'palus', label: 'Palus (marsh)' },
  PL: { source: 'planitia', label: 'Planitia (plain)' },
  PR: { source: 'promontorium', label: 'Promontorium (cape)' },
  RI: { source: 'rima', label: 'Rima (rille)' },
  RU: { source: 'rupes', label: 'Rupes (scarp)' },
  SF: { source: 'satellite feature', label: 'Satellite crater' },
  SI: { source: 'sinus', label: 'Sinus (bay)' },
  VA: { source: 'vallis', label: 'Vallis (valley)' },
};

export function featureTypeLabel(code: string): string {
  return FEATURE_TYPE_WORDS[code]?.label ?? code;
}

export const GAZETTEER_STRINGS = {
  nearSide: 'near side',
  farSide: 'far side',
  searchLabel: 'Search places on the Moon',
  searchPlaceholder: 'Search a name or type coordinates (12.5N 45W)',
  searchNoResults: 'No named place matches',
  searchLoading: 'Loading the names…',
  searchCoordinates: 'Go to coordinates',
  labelsToggle: 'Names',
  labelsToggleTitle: 'Show or hide the names of places (T)',
  panelType: 'Type',
  panelDiameter: 'Diameter',
  panelPosition: 'Position',
  panelOrigin: 'Origin of the name',
  panelHeight: 'LOLA height at the centre',
  panelRelief: 'Relief within its diameter',
  panelSource: 'Source',
  panelFeatureId: 'feature ID',
  panelClose: 'Close',
  panelFlyTo: 'Fly there',
  panelGazetteerName: 'Gazetteer name',
  aboveDatum: 'm above the 1737.4 km datum',
} as const;
