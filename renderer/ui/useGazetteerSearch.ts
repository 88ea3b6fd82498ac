import { useEffect, useState } from 'react';
import type { GazetteerSearch } from '../gazetteer/search';
import { ensureGazetteer } from '../state/gazetteer';

let pending: Promise<GazetteerSearch | null> | null = null;

/** Load the names and build the search index once, on first use (both lazy chunks). */
function searchIndex(): Promise<GazetteerSearch | null> {
  pending ??= Promise.all([ensureGazetteer(), import('../gazetteer/search')]).then(
    ([gazetteer, { createGazetteerSearch }]) => {
      if (!gazetteer) {
        pending = null;
        return null;
      }
      return createGazetteerSearch(gazetteer);
    },
    () => {
      pending = null;
      return null;
    },
  );
  return pending;
}

/** The search index once it is ready (null until then), starting the load when `active`. */
export function useGazetteerSearch(active: boolean): GazetteerSearch | null {
  const [index, setIndex] = useState<GazetteerSearch | null>(null);
  useEffect(() => {
    if (!active || index) return;
    let live = true;
    void searchIndex().then((ready) => {
      if (live) setIndex(ready);
    });
    return () => {
      live = false;
    };
  }, [active, index]);
  return index;
}
