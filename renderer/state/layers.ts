/**
 * What is shown on the globe: site toggles, the graticule, the near/far
 * boundary, and the selected site. Persisted in localStorage so the choice
 * survives a reload; whatever is stored is validated, and anything
 * unreadable falls back to the defaults instead of breaking the app.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  HEADLINE_TOGGLE_IDS,
  SITE_GROUPS,
  type HeadlineToggleId,
  type SiteGroup,
} from '../sites/schema';

export interface LayersState {
  headlines: HeadlineToggleId[];
  groups: SiteGroup[];
  graticule: boolean;
  boundary: boolean;
  /** The site whose info panel is open, if any. Not persisted. */
  selectedId: string | null;
  toggleHeadline(id: HeadlineToggleId): void;
  toggleGroup(id: SiteGroup): void;
  showAll(): void;
  showNone(): void;
  setGraticule(on: boolean): void;
  setBoundary(on: boolean): void;
  select(id: string | null): void;
}

const DEFAULTS = {
  headlines: [...HEADLINE_TOGGLE_IDS],
  groups: [] as SiteGroup[],
  graticule: false,
  boundary: false,
};

type Persisted = typeof DEFAULTS;

function flip<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Keep only known values from whatever storage held. */
export function sanitizeLayers(stored: unknown): Persisted {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULTS };
  const s = stored as Record<string, unknown>;
  const pick = <T extends string>(value: unknown, known: readonly T[], fallback: T[]): T[] =>
    Array.isArray(value) ? known.filter((k) => value.includes(k)) : fallback;
  return {
    headlines: pick(s.headlines, HEADLINE_TOGGLE_IDS, DEFAULTS.headlines),
    groups: pick(s.groups, SITE_GROUPS, DEFAULTS.groups),
    graticule: typeof s.graticule === 'boolean' ? s.graticule : DEFAULTS.graticule,
    boundary: typeof s.boundary === 'boolean' ? s.boundary : DEFAULTS.boundary,
  };
}

export const LAYERS_STORAGE_KEY = 'farside.layers';

export const useLayers = create<LayersState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      selectedId: null,
      toggleHeadline: (id) => set((s) => ({ headlines: flip(s.headlines, id) })),
      toggleGroup: (id) => set((s) => ({ groups: flip(s.groups, id) })),
      showAll: () => set({ headlines: [...HEADLINE_TOGGLE_IDS], groups: [...SITE_GROUPS] }),
      showNone: () => set({ headlines: [], groups: [] }),
      setGraticule: (graticule) => set({ graticule }),
      setBoundary: (boundary) => set({ boundary }),
      select: (selectedId) => set({ selectedId }),
    }),
    {
      name: LAYERS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): Persisted => ({
        headlines: s.headlines,
        groups: s.groups,
        graticule: s.graticule,
        boundary: s.boundary,
      }),
      merge: (stored, current) => ({ ...current, ...sanitizeLayers(stored) }),
      migrate: (stored) => sanitizeLayers(stored),
    },
  ),
);
