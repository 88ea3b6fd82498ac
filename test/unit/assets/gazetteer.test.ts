import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer } from '../../../assets/format/gazetteer';
import { buildGazetteerText, DEFAULT_SOURCE, OUTPUT } from '../../../assets/gazetteer/cli';
import { normalizeLonDeg, parseNomenclature } from '../../../assets/gazetteer/parse';
import { FEATURE_TYPE_WORDS } from '../../../renderer/gazetteer/strings';

const sourceBytes = readFileSync(DEFAULT_SOURCE);
const sourceText = sourceBytes.toString('utf8');
// The source's data lines, read here with nothing but a split, as an independent count.
const dataLines = sourceText.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
const sourceCounts = new Map<string, number>();
for (const l of dataLines) {
  const code = l.split('\t')[3]!;
  sourceCounts.set(code, (sourceCounts.get(code) ?? 0) + 1);
}

describe('gazetteer converter', () => {
  const { rows } = parseNomenclature(sourceText);

  it('parses every feature line of the source (9,049 IAU names)', () => {
    expect(dataLines.length).toBe(9049);
    expect(rows.length).toBe(dataLines.length);
    expect(new Set(rows.map((r) => r.featureId)).size).toBe(rows.length);
  });

  it('normalises every longitude to −180…180, the same meridian as the source', () => {
    dataLines.forEach((l, k) => {
      const lon = Number(l.split('\t')[5]);
      const row = rows[k]!;
      expect(row.lonDeg).toBeGreaterThanOrEqual(-180);
      expect(row.lonDeg).toBeLessThanOrEqual(180);
      const diff = (((row.lonDeg - lon) % 360) + 360) % 360;
      expect(Math.min(diff, 360 - diff)).toBeLessThan(1e-9);
    });
    expect(normalizeLonDeg(348.7847)).toBeCloseTo(-11.2153, 9);
    expect(normalizeLonDeg(360)).toBe(0);
    expect(normalizeLonDeg(180)).toBe(180);
    expect(normalizeLonDeg(181)).toBe(-179);
    expect(normalizeLonDeg(-51.92)).toBe(-51.92);
  });

  it('keeps each name with the origin line above it', () => {
    const tycho = rows.find((r) => r.name === 'Tycho')!;
    expect(tycho.origin).toBe('Tycho Brahe; Danish astronomer (1546-1601).');
    expect(rows.filter((r) => r.origin === '').length).toBe(0);
  });

  it('the committed file is what the converter makes from the source (rerun: npm run gazetteer)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildGazetteerText(sourceBytes));
  });

  it('ships every feature: counts per type match the source', () => {
    const g = decodeGazetteer(JSON.parse(readFileSync(OUTPUT, 'utf8')));
    expect(g.count).toBe(9049);
    const shipped = new Map<string, number>();
    for (let k = 0; k < g.count; k++) {
      const code = g.types[g.typeIndex[k]!]!;
      shipped.set(code, (shipped.get(code) ?? 0) + 1);
    }
    expect(Object.fromEntries(shipped)).toEqual(Object.fromEntries(sourceCounts));
    expect(sourceCounts.get('AA')).toBe(1587);
    expect(sourceCounts.get('SF')).toBe(7063);
    expect(g.credit).toMatch(/IAU\/USGS Gazetteer of Planetary Nomenclature/);
  });

  it('matches published positions and sizes (REFERENCE.md: IAU Gazetteer values)', () => {
    const g = decodeGazetteer(JSON.parse(readFileSync(OUTPUT, 'utf8')));
    const at = (name: string) => g.names.indexOf(name);
    const tycho = at('Tycho');
    expect(g.latDeg[tycho]).toBeCloseTo(-43.3, 1);
    expect(g.lonDeg[tycho]).toBeCloseTo(-11.22, 1);
    expect(g.diameterKm[tycho]).toBeCloseTo(85.3, 1);
    const rumker = at('Mons Rümker');
    expect(g.latDeg[rumker]).toBeCloseTo(40.761, 2);
    expect(g.lonDeg[rumker]).toBeCloseTo(-58.378, 2);
    expect(g.diameterKm[rumker]).toBeCloseTo(73.25, 1);
    const shackleton = at('Shackleton');
    expect(g.latDeg[shackleton]).toBeCloseTo(-89.67, 1);
    expect(g.diameterKm[shackleton]).toBeCloseTo(20.9, 0);
    expect(g.origins[at('Tycho')]).toMatch(/^Tycho Brahe; Danish astronomer/);
  });

  it('has a shown word for every type code, and the source agrees with its word', () => {
    for (const r of rows) expect(FEATURE_TYPE_WORDS[r.typeCode]?.source).toBe(r.typeWord);
  });

  it('rejects a broken line, naming it', () => {
    const bad = '# TRANSLATORS: (Moon); x.\nMoon\t1\t_("A","crater")\tAA\tnorth\t10\t5\n';
    expect(() => parseNomenclature(bad)).toThrow(/line 2: latitude 'north' is not a number/);
    expect(() => parseNomenclature('Moon\t1\tA\tAA\t1\t2\t3\n')).toThrow(/line 1: name field/);
    expect(() => parseNomenclature('Moon\t1\t_("A","crater")\n')).toThrow(/line 1: expected 7/);
    expect(() => decodeGazetteer({ format: 'x' })).toThrow(/gazetteer: expected/);
  });
});
