/**
 * Landing-site catalog entries (renderer/sites/catalog.ts) that have an IAU
 * name in the gazetteer: site id → the name exactly as the IAU spells it.
 * Checked by a test: every name exists and lies where the site is.
 */
export const SITE_GAZETTEER_NAMES: Readonly<Record<string, string>> = {
  'apollo-11': 'Statio Tranquillitatis',
  'change-4': 'Statio Tianhe',
  'change-5': 'Statio Tianchuan',
  'mons-rumker': 'Mons Rümker',
  'apollo-basin': 'Apollo',
  'von-karman': 'Von Kármán',
  shackleton: 'Shackleton',
  tycho: 'Tycho',
};
