/**
 * What is shown on the globe: site toggles, map overlays (grid, near/far
 * boundary, labels, …) and the selected site. The vocabulary and defaults
 * are the view format's (assets/format/view.ts); the choice is remembered
 * as part of the last view in settings (renderer/settings/persist.ts).
 */
import { create } from 'zustand';
import {
  HEADLINE_TOGGLE_IDS,
  SITE_GROUPS,
  type HeadlineToggleId,
  type OverlayId,
  type SiteGroup,
} from '../../assets/format/view';
import { defaultLayerChoice } from '../sites/layerChoice';

export interface LayersState {
  headlines: HeadlineToggleId[];
  groups: SiteGroup[];
  overlays: OverlayId[];
  /** The site whose info panel is open, if any. Not remembered in settings. */
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

export const useLayers = create<LayersState>()((set) => ({
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
}));

/** Whether an overlay shows (a selector for components). */
export const hasOverlay =
  (id: OverlayId) =>
  (s: LayersState): boolean =>
    s.overlays.includes(id);
