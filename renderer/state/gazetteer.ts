/**
 * The gazetteer in the app (zustand): the names once loaded and the selected
 * feature. Whether names show is the view's `labels` overlay (state/layers.ts).
 */
import { create } from 'zustand';
import { message, type Message } from '../i18n/message';
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
  selectFeature(index: number | null): void;
}

export const useGazetteer = create<GazetteerState>()((set) => ({
  gazetteer: null,
  error: null,
  selected: null,
  selectFeature: (selected) => set({ selected }),
}));

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
