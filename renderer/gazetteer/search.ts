/**
 * Search the gazetteer by name (pure; MiniSearch does the matching):
 * accent-insensitive (`Rumker` finds Mons Rümker), typo-tolerant
 * (`tsiolkovsky` finds Tsiolkovskiy), prefix-matching as one types, ranked by
 * relevance then by feature size (bigger features first among equal matches;
 * satellite features, named after a parent crater, after the parent).
 */
import MiniSearch from 'minisearch';
import type { Gazetteer } from '../../assets/format/gazetteer';

/** Lower case, accents and other combining marks removed: 'Rümker' → 'rumker'. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface SearchHit {
  /** Feature number in the gazetteer's arrays. */
  index: number;
  score: number;
}

export interface GazetteerSearch {
  search(query: string, limit?: number): SearchHit[];
}

interface Doc {
  id: number;
  name: string;
}

export function createGazetteerSearch(g: Gazetteer): GazetteerSearch {
  const satellite = g.types.indexOf('SF');
  const folded = g.names.map(foldText);
  const index = new MiniSearch<Doc>({
    fields: ['name'],
    idField: 'id',
    processTerm: (term) => foldText(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
      // Size breaks ties among equally good matches: log scale, so a great
      // name match on a small crater still beats a poor one on a big basin.
      boostDocument: (id) => {
        const k = id as number;
        const size = 1 + 0.25 * Math.log10(1 + g.diameterKm[k]!);
        return g.typeIndex[k] === satellite ? size * 0.8 : size;
      },
    },
  });
  index.addAll(g.names.map((name, id) => ({ id, name })));
  return {
    search(query, limit = 12) {
      const q = foldText(query.trim());
      if (q === '') return [];
      const hits = index.search(q).map((r) => ({
        index: r.id as number,
        // The whole name typed exactly comes first.
        score: folded[r.id as number] === q ? r.score * 1000 : r.score,
      }));
      hits.sort((a, b) => b.score - a.score || g.diameterKm[b.index]! - g.diameterKm[a.index]!);
      return hits.slice(0, limit);
    },
  };
}
