/**
 * The app's gazetteer file: every IAU-named lunar feature in a compact,
 * column-ordered JSON form (pure; no Node, DOM or three.js).
 *
 * Built by assets/gazetteer/cli.ts from the IAU/USGS Gazetteer of Planetary
 * Nomenclature (../shared/nomenclature/moon_nomenclature.tsv) and committed as
 * renderer/gazetteer/gazetteer.json. Coordinates are planetocentric,
 * latitude north-positive, longitude east-positive in −180…180 (the source
 * gives 0…360); diameters in km. Names stay exactly as the IAU spells them.
 */

export const GAZETTEER_FORMAT = 'farside-gazetteer';
export const GAZETTEER_VERSION = 1;

/** One feature row: [featureId, name, typeIndex, latDeg, lonDeg, diameterKm, originIndex]. */
export type GazetteerRow = [number, string, number, number, number, number, number];

export interface GazetteerFile {
  format: typeof GAZETTEER_FORMAT;
  version: typeof GAZETTEER_VERSION;
  /** Credit line for the facts (shown in the feature panel and About). */
  credit: string;
  /** Where the source file came from, as its header says. */
  sourceNote: string;
  /** SHA-256 of the source TSV the file was built from. */
  sourceSha256: string;
  /** Descriptor type codes (AA crater, MO mons, …); rows index into this. */
  types: string[];
  /** The Gazetteer's origins of the names, each once; rows index into this (−1: none). */
  origins: string[];
  rows: GazetteerRow[];
}

/**
 * The gazetteer as parallel arrays (index = feature number), ready for
 * per-frame loops that must not allocate.
 */
export interface Gazetteer {
  readonly count: number;
  readonly credit: string;
  readonly types: readonly string[];
  readonly featureId: Int32Array;
  readonly names: readonly string[];
  readonly typeIndex: Uint8Array;
  readonly latDeg: Float64Array;
  readonly lonDeg: Float64Array;
  readonly diameterKm: Float64Array;
  /** Origin of each name, or '' when the Gazetteer gives none. */
  readonly origins: readonly string[];
}

function fail(message: string): never {
  throw new Error(`gazetteer: ${message}`);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Check a parsed gazetteer file and turn it into parallel arrays. Throws a one-line Error naming the bad row. */
export function decodeGazetteer(file: unknown): Gazetteer {
  if (typeof file !== 'object' || file === null) fail('not an object');
  const f = file as Partial<GazetteerFile>;
  if (f.format !== GAZETTEER_FORMAT || f.version !== GAZETTEER_VERSION) {
    fail(`expected ${GAZETTEER_FORMAT} version ${GAZETTEER_VERSION}`);
  }
  const { types, origins, rows } = f;
  if (!Array.isArray(types) || !Array.isArray(origins) || !Array.isArray(rows)) {
    fail('types, origins and rows must be arrays');
  }
  if (types.length > 255) fail('too many types');
  const count = rows.length;
  const featureId = new Int32Array(count);
  const typeIndex = new Uint8Array(count);
  const latDeg = new Float64Array(count);
  const lonDeg = new Float64Array(count);
  const diameterKm = new Float64Array(count);
  const names: string[] = new Array<string>(count);
  const originOf: string[] = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const row = rows[k];
    if (!Array.isArray(row) || row.length !== 7) fail(`row ${k} must have 7 fields`);
    const [id, name, type, lat, lon, diameter, origin] = row;
    if (!Number.isInteger(id) || typeof name !== 'string' || name.length === 0) {
      fail(`row ${k}: bad id or name`);
    }
    if (!Number.isInteger(type) || type < 0 || type >= types.length) fail(`row ${k}: bad type`);
    if (!isFiniteNumber(lat) || lat < -90 || lat > 90) fail(`row ${k}: latitude out of range`);
    if (!isFiniteNumber(lon) || lon < -180 || lon > 180) fail(`row ${k}: longitude out of range`);
    if (!isFiniteNumber(diameter) || diameter < 0) fail(`row ${k}: bad diameter`);
    if (!Number.isInteger(origin) || origin < -1 || origin >= origins.length) {
      fail(`row ${k}: bad origin index`);
    }
    featureId[k] = id;
    names[k] = name;
    typeIndex[k] = type;
    latDeg[k] = lat;
    lonDeg[k] = lon;
    diameterKm[k] = diameter;
    originOf[k] = origin < 0 ? '' : String(origins[origin]);
  }
  return {
    count,
    credit: typeof f.credit === 'string' ? f.credit : '',
    types: types.map(String),
    featureId,
    names,
    typeIndex,
    latDeg,
    lonDeg,
    diameterKm,
    origins: originOf,
  };
}
