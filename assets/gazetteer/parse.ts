/**
 * Parse the Moon's lines of the IAU/USGS nomenclature TSV
 * (../shared/nomenclature/moon_nomenclature.tsv; its header describes the
 * format): each feature line is `Moon <id> _("<name>","<type word>") <code>
 * <lat> <lon 0…360> <size km>`, preceded by a `# TRANSLATORS: (Moon); <origin>`
 * line. Pure: text in, rows out; errors name the line.
 */
import { wrapLonDeg } from '../format/georef';

export interface NomenclatureRow {
  featureId: number;
  name: string;
  /** The descriptor word the source gives with the name, e.g. 'crater'. */
  typeWord: string;
  /** Two-letter descriptor code, e.g. 'AA' (crater), 'SF' (satellite feature). */
  typeCode: string;
  latDeg: number;
  /** East-positive, normalised to −180…180 (the source uses 0…360). */
  lonDeg: number;
  diameterKm: number;
  /** The Gazetteer's origin of the name ('' when none). */
  origin: string;
  /** 1-based line number in the source. */
  line: number;
}

export interface ParsedNomenclature {
  rows: NomenclatureRow[];
  /** The header comment lines (before the first origin line), without '# '. */
  header: string[];
}

const ORIGIN_PREFIX = '# TRANSLATORS: (Moon); ';
const NAME = /^_\("([^"]+)","([^"]+)"\)$/;

/** Normalise a longitude to −180…180, keeping +180 as 180 (not −180). */
export function normalizeLonDeg(lonDeg: number): number {
  // In range already, or one turn off: exact arithmetic keeps the source's digits.
  if (lonDeg >= -180 && lonDeg <= 180) return lonDeg;
  if (lonDeg > 180 && lonDeg <= 540) return lonDeg - 360;
  const wrapped = wrapLonDeg(lonDeg);
  return wrapped === -180 && lonDeg > 0 ? 180 : wrapped;
}

function numberAt(text: string, what: string, line: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`line ${line}: ${what} '${text}' is not a number`);
  }
  return value;
}

export function parseNomenclature(text: string): ParsedNomenclature {
  const lines = text.split(/\r?\n/);
  const rows: NomenclatureRow[] = [];
  const header: string[] = [];
  let origin: string | null = null;
  let inHeader = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith(ORIGIN_PREFIX)) {
      inHeader = false;
      origin = raw.slice(ORIGIN_PREFIX.length).trim();
      return;
    }
    if (raw.startsWith('#')) {
      if (inHeader) header.push(raw.replace(/^#\s?/, ''));
      return;
    }
    inHeader = false;
    const fields = raw.split('\t');
    if (fields.length !== 7) throw new Error(`line ${line}: expected 7 tab-separated fields`);
    const [body, id, nameField, code, lat, lon, size] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (body !== 'Moon') throw new Error(`line ${line}: body '${body}' is not the Moon`);
    const name = NAME.exec(nameField);
    if (!name) throw new Error(`line ${line}: name field '${nameField}' is not _("name","type")`);
    if (!/^[A-Z]{2}$/.test(code))
      throw new Error(`line ${line}: type code '${code}' is not two letters`);
    const latDeg = numberAt(lat, 'latitude', line);
    const lonRaw = numberAt(lon, 'longitude', line);
    if (latDeg < -90 || latDeg > 90)
      throw new Error(`line ${line}: latitude ${latDeg} out of range`);
    if (lonRaw < -360 || lonRaw > 360)
      throw new Error(`line ${line}: longitude ${lonRaw} out of range`);
    rows.push({
      featureId: numberAt(id, 'feature ID', line),
      name: name[1]!,
      typeWord: name[2]!,
      typeCode: code,
      latDeg,
      lonDeg: normalizeLonDeg(lonRaw),
      diameterKm: numberAt(size, 'size', line),
      origin: origin ?? '',
      line,
    });
    origin = null;
  });
  return { rows, header };
}
