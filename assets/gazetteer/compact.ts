/**
 * Turn parsed nomenclature rows into the app's compact gazetteer file
 * (assets/format/gazetteer.ts): rows sorted by feature ID, coordinates
 * rounded to 1e-4° (about 3 m on the Moon), diameters to 1 m, each origin
 * text stored once. Pure.
 */
import {
  GAZETTEER_FORMAT,
  GAZETTEER_VERSION,
  type GazetteerFile,
  type GazetteerRow,
} from '../format/gazetteer';
import type { NomenclatureRow } from './parse';

export const GAZETTEER_CREDIT =
  'IAU/USGS Gazetteer of Planetary Nomenclature (planetarynames.wr.usgs.gov), as distributed with Stellarium 0.22.2 (2022)';

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f + 0; // + 0 turns −0 into 0
};

export function compactGazetteer(
  rows: readonly NomenclatureRow[],
  meta: { sourceNote: string; sourceSha256: string },
): GazetteerFile {
  const sorted = [...rows].sort((a, b) => a.featureId - b.featureId);
  const types = [...new Set(sorted.map((r) => r.typeCode))].sort();
  const origins = [...new Set(sorted.map((r) => r.origin).filter((o) => o !== ''))].sort();
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const originIndex = new Map(origins.map((o, i) => [o, i]));
  const out: GazetteerRow[] = sorted.map((r) => [
    r.featureId,
    r.name,
    typeIndex.get(r.typeCode)!,
    round(r.latDeg, 4),
    round(r.lonDeg, 4),
    round(r.diameterKm, 3),
    r.origin === '' ? -1 : originIndex.get(r.origin)!,
  ]);
  return {
    format: GAZETTEER_FORMAT,
    version: GAZETTEER_VERSION,
    credit: GAZETTEER_CREDIT,
    sourceNote: meta.sourceNote,
    sourceSha256: meta.sourceSha256,
    types,
    origins,
    rows: out,
  };
}

/** One row per line, so a diff of the committed file shows which features changed. */
export function serializeGazetteer(file: GazetteerFile): string {
  const { rows, ...head } = file;
  const headJson = JSON.stringify(head, null, 1).replace(/\n\}$/, '');
  const body = rows.map((r) => JSON.stringify(r)).join(',\n');
  return `${headJson},\n "rows": [\n${body}\n ]\n}\n`;
}
