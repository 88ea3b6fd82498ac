/**
 * DOM labels anchored to places on the Moon. Label elements (buttons in the
 * overlay) register here; <LabelLayout> in the scene positions them every
 * rendered frame. Plain mutable registry on purpose: positions are motion,
 * not React state.
 */
export interface LabelAnchor {
  el: HTMLElement;
  latDeg: number;
  lonDeg: number;
  /** Height above the draped relief, metres. */
  liftM: number;
  /** Higher wins when labels overlap (selected > headline > site > grid). */
  priority: number;
  /** 'pin': to the right of a pin at the anchor; 'center': centred on it. */
  align: 'pin' | 'center';
  /** Written by the layout each frame: anchor on screen (CSS px) and whether it faces the viewer. */
  screenX: number;
  screenY: number;
  facing: boolean;
  /** The label's size in CSS px, read once per frame before any write. */
  width: number;
  height: number;
}

export const labelAnchors = new Map<string, LabelAnchor>();

/** Listeners told when labels come or go, so the scene renders a frame for them. */
const changeListeners = new Set<() => void>();

export function onLabelsChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function registerLabel(id: string, anchor: LabelAnchor | null): void {
  if (anchor) {
    anchor.el.style.visibility = 'hidden'; // until the first layout places it
    labelAnchors.set(id, anchor);
  } else {
    labelAnchors.delete(id);
  }
  changeListeners.forEach((listener) => listener());
}
