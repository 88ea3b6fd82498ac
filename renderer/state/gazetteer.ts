/**
 * The gazetteer in the app (zustand): the names once loaded, the selected
 * feature, and whether name labels are shown (persisted; anything unreadable
 * in storage falls back to the default).
 */
import { create } from 'zustand';
import { message, type Message } from '../i18n/message';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Gazetteer } from '../../assets/format/gazetteer';
import { framingDistanceForDiameter } from '../gazetteer/framing';
import { loadGazetteer } from '../pack/loadGazetteer';
import { useLayers } from './layers';
import { DEFAULT_VIEW } from '../../assets/format/view';
import { DEFAULT_DISTANCE, lookAtLatLon, MIN_DISTANCE } from './navigation';

interface GazetteerState {
  gazetteer: Gazetteer | null;
  error: Message | null;
  /** Feature number (index into the gazetteer's arrays) whose panel is open. */
  selected: number | null;
  labelsOn: boolean;
  setLabelsOn(on: boolean): void;
  selectFeature(index: number | null): void;
}

export const useGazetteer = create<GazetteerState>()(
  persist(
    (set) => ({
      gazetteer: null,
      error: null,
      selected: null,
      labelsOn: true,
      setLabelsOn: (labelsOn) => set({ labelsOn }),
      selectFeature: (selected) => set({ selected }),
    }),
    {
      name: 'farside.gazetteer',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ labelsOn: s.labelsOn }),
      merge: (stored, current) => ({
        ...current,
        labelsOn:
          typeof (stored as { labelsOn?: unknown } | null)?.labelsOn === 'boolean'
            ? (stored as { labelsOn: boolean }).labelsOn
            : current.labelsOn,
      }),
    },
  ),
);

/** Load the names (once); resolves to null and records why when they cannot be read. */
export async function ensureGazetteer(): Promise<Gazetteer | null> {
  const have = useGazetteer.getState().gazetteer;
  if (have) return have;
  try {
    const gazetteer = await loadGazetteer();
    useGazetteer.setState({ gazetteer, error: null });
    return gazetteer;
  } catch (error) {
    useGazetteer.setState({
      error: message('gazetteer.loadError', { detail: (error as Error).message }),
    });
    return null;
  }
}

/** Open a feature's panel and fly there, framing its diameter. */
export function flyToFeature(index: number): Promise<void> {
  const g = useGazetteer.getState().gazetteer;
  if (!g) return Promise.resolve();
  useLayers.getState().select(null);
  useGazetteer.getState().selectFeature(index);
  const distance = framingDistanceForDiameter(
    Math.max(g.diameterKm[index]!, 5),
    DEFAULT_VIEW.fovDeg,
    MIN_DISTANCE,
    DEFAULT_DISTANCE,
  );
  return lookAtLatLon(g.latDeg[index]!, g.lonDeg[index]!, distance);
}

/** Fly to typed coordinates, at a regional zoom. */
export function flyToLatLon(latDeg: number, lonDeg: number): Promise<void> {
  useGazetteer.getState().selectFeature(null);
  return lookAtLatLon(latDeg, lonDeg, 1.6);
}
