import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer } from '../../../../assets/format/gazetteer';
import { OUTPUT } from '../../../../assets/gazetteer/cli';
import { createGazetteerSearch, foldText } from '../../../../renderer/gazetteer/search';

const g = decodeGazetteer(JSON.parse(readFileSync(OUTPUT, 'utf8')));
const index = createGazetteerSearch(g);
const names = (query: string, limit = 5) => index.search(query, limit).map((h) => g.names[h.index]);

describe('gazetteer search', () => {
  it('ignores accents: Rumker finds Mons Rümker first', () => {
    expect(names('Rumker')[0]).toBe('Mons Rümker');
    expect(names('mons rumker')[0]).toBe('Mons Rümker');
    expect(foldText('Rümker Ångström')).toBe('rumker angstrom');
  });

  it('tolerates typos: tsiolkovsky finds Tsiolkovskiy', () => {
    expect(names('tsiolkovsky')[0]).toBe('Tsiolkovskiy');
    expect(names('Copernicos')[0]).toBe('Copernicus');
    expect(names('von karman')[0]).toBe('Von Kármán');
  });

  it('finds names while they are typed (prefix)', () => {
    expect(names('Tsiolk')[0]).toBe('Tsiolkovskiy');
    expect(names('Statio Tranq')[0]).toBe('Statio Tranquillitatis');
  });

  it('puts the exact name before its satellite features', () => {
    const hits = names('Tycho', 4);
    expect(hits[0]).toBe('Tycho');
    expect(hits.slice(1).every((n) => n!.startsWith('Tycho '))).toBe(true);
    expect(names('Copernicus')[0]).toBe('Copernicus');
  });

  it('ranks equal matches by size: the largest maria first', () => {
    // The order is read from the data here, not from the ranking code.
    const maria = g.names
      .map((name, k) => ({ name, d: g.diameterKm[k]! }))
      .filter((m) => m.name.startsWith('Mare '))
      .sort((a, b) => b.d - a.d);
    expect(maria.length).toBe(22);
    expect(names('mare', 3)).toEqual(maria.slice(0, 3).map((m) => m.name));
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(names('zzqxw')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });

  it('answers within a keystroke (9,049 names)', () => {
    const t0 = performance.now();
    for (const q of ['a', 'ma', 'mar', 'mare', 'cop', 'tsio', 'rumk']) index.search(q);
    expect((performance.now() - t0) / 7).toBeLessThan(50);
  });
});
