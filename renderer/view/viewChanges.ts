/**
 * What changes the view (the one view format of assets/format/view.ts) as
 * the app runs: the camera coming to rest, a layer or selection change, the
 * relief, the light. The address fragment (link.ts) and the stored last view
 * (settings/persist.ts) both follow the view through this one list, so they
 * cannot disagree on what counts as a change.
 */
import { useLayers } from '../state/layers';
import { useLight } from '../state/light';
import { useMoon } from '../state/moon';
import { useNavigation } from '../state/navigation';

/**
 * `rest`: the camera stopped. `layers`: a toggle or selection, a discrete
 * act worth keeping at once even mid-flight. `relief`, `light`: may come
 * in runs (a slider, time playing).
 */
export type ViewChange = 'rest' | 'layers' | 'relief' | 'light';

/** Call `listener` on every view change; returns an unsubscribe function. */
export function onViewChange(listener: (change: ViewChange) => void): () => void {
  const offs = [
    useNavigation.subscribe((s, prev) => {
      if (!s.moving && prev.moving) listener('rest');
    }),
    useLayers.subscribe(() => listener('layers')),
    useMoon.subscribe((s, prev) => {
      if (s.exaggeration !== prev.exaggeration) listener('relief');
    }),
    useLight.subscribe(() => listener('light')),
  ];
  return () => offs.forEach((off) => off());
}
