/**
 * What is shown on the globe: site toggles, map overlays (grid, near/far
 * boundary, labels, …) and the selected site. Persisted in localStorage so
 * the choice survives a reload; whatever is stored is validated, and anything
 * unreadable falls back to the defaults instead of breaking the app. The
 * vocabulary and defaults are the view format's (assets/format/view.ts).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  HEADLINE_TOGGLE_IDS,
  SITE_GROUPS,
  type HeadlineToggleId,
  type OverlayId,
  type SiteGroup,
} from '../../assets/format/view';
import {
  defaultLayerChoice,
  migrateLayers,
  sanitizeLayers,
  type LayerChoice,
} from '../sites/layerChoice';

export interface LayersState {
  headlines: HeadlineToggleId[];
  groups: SiteGroup[];
  overlays: OverlayId[];
  /** The site whose info panel is open, if any. Not persisted. */
  selectedId: string | null;
  toggleHeadline(id: HeadlineToggleId): void;
  toggleGroup(id: SiteGroup): void;
  showAll(): void;
  showNone(): void;
  toggleOverlay(id: OverlayId): void;
  setOverlay(id: OverlayId, on: boolean): void;
  select(id: string | null): void;
}

const DEFAULTS = defaultLayerChoice();

function flip<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const LAYERS_STORAGE_KEY = 'farside.layers';
/** Where versions before 3 kept the names switch (read once when migrating, then removed). */
const LEGACY_NAMES_KEY = 'farside.gazetteer';

function legacyNamesOn(): boolean {
  try {
    const raw = localStorage.getItem(LEGACY_NAMES_KEY);
    localStorage.removeItem(LEGACY_NAMES_KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    const state = (parsed as { state?: { labelsOn?: unknown } } | null)?.state;
    return state?.labelsOn !== false;
  } catch {
    return true;
  }
}

export const useLayers = create<LayersState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      selectedId: null,
      toggleHeadline: (id) => set((s) => ({ headlines: flip(s.headlines, id) })),
      toggleGroup: (id) => set((s) => ({ groups: flip(s.groups, id) })),
      showAll: () => set({ headlines: [...HEADLINE_TOGGLE_IDS], groups: [...SITE_GROUPS] }),
      showNone: () => set({ headlines: [], groups: [] }),
      toggleOverlay: (id) => set((s) => ({ overlays: flip(s.overlays, id) })),
      setOverlay: (id, on) =>
        set((s) => (s.overlays.includes(id) === on ? s : { overlays: flip(s.overlays, id) })),
      select: (selectedId) => set({ selectedId }),
    }),
    {
      name: LAYERS_STORAGE_KEY,
      version: 3,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): LayerChoice => ({
        headlines: s.headlines,
        groups: s.groups,
        overlays: s.overlays,
      }),
      merge: (stored, current) => ({ ...current, ...sanitizeLayers(stored) }),
      migrate: (stored, version) => migrateLayers(stored, version, legacyNamesOn()),
    },
  ),
);

/** Whether an overlay shows (a selector for components). */
export const hasOverlay =
  (id: OverlayId) =>
  (s: LayersState): boolean =>
    s.overlays.includes(id);
