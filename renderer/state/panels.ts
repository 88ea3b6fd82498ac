/**
 * Which side panel is open (zustand): Places, or none. A store rather than
 * component state so a key, a toolbar button and the application menu all
 * run the same action (renderer/keys/actions.ts).
 */
import { create } from 'zustand';

interface PanelsState {
  placesOpen: boolean;
  /** Bumped to ask the search box to open and take the focus. */
  searchRequest: number;
}

export const usePanels = create<PanelsState>(() => ({ placesOpen: false, searchRequest: 0 }));

export const togglePlaces = (): void => usePanels.setState((s) => ({ placesOpen: !s.placesOpen }));
export const closePlaces = (): void => usePanels.setState({ placesOpen: false });
export const requestSearch = (): void =>
  usePanels.setState((s) => ({ searchRequest: s.searchRequest + 1 }));
