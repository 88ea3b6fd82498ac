/** The sites on the globe now: what the toggles show, plus the selected one. */
import { useMemo } from 'react';
import { buildGraticule } from '../geo/graticule';
import type { Site } from '../sites/schema';
import { visibleSites } from '../sites/toggles';
import { SITES } from './catalog';
import { useLayers } from './layers';

export function useVisibleSites(): Site[] {
  const headlines = useLayers((s) => s.headlines);
  const groups = useLayers((s) => s.groups);
  const selectedId = useLayers((s) => s.selectedId);
  return useMemo(() => {
    const shown = visibleSites(SITES, { headlines: new Set(headlines), groups: new Set(groups) });
    const selected = SITES.find((s) => s.id === selectedId);
    if (selected && !shown.includes(selected)) shown.push(selected);
    return shown;
  }, [headlines, groups, selectedId]);
}

/** 30° grid with the near/far boundary; built once. */
export const GRATICULE = buildGraticule({ stepDeg: 30 });
