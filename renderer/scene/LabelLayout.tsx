import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { drapedXYZ } from '../geo/drape';
import { useMoon } from '../state/moon';
import { labelAnchors, onLabelsChanged, type LabelAnchor } from './labelRegistry';

const world = new Vector3();
const toEye = new Vector3();
/** Placed rectangles as x0, y0, x1, y1 runs; grown only when more labels exist. */
let placed = new Float64Array(8 * 64);
let placedCount = 0;
const order: LabelAnchor[] = [];
/**
 * What this frame's site labels and pins cover, for the name labels laid
 * out after them (renderer/scene/NameLabels.tsx): x0, y0, x1, y1 runs.
 */
export const siteLabelObstacles = { boxes: placed, count: 0 };
/** Room between a pin and its label. */
const PIN_GAP_PX = 9;
const candidate = { x0: 0, y0: 0 };

/** Candidate c of a label's top-left corner: pins right, left, above, below; areas centred, below, above. */
function placeCandidate(
  align: 'pin' | 'center',
  c: number,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const g = PIN_GAP_PX;
  if (align === 'pin') {
    candidate.x0 = c === 0 ? x + g : c === 1 ? x - g - w : x - w / 2;
    candidate.y0 = c < 2 ? y - h / 2 : c === 2 ? y - g - h : y + g;
  } else {
    candidate.x0 = x - w / 2;
    candidate.y0 = c === 0 ? y - h / 2 : c === 1 ? y + h / 2 + 2 : y - 1.5 * h - 2;
  }
}

const byPriority = (a: LabelAnchor, b: LabelAnchor) => b.priority - a.priority;

/**
 * Positions registered DOM labels on the globe each rendered frame: hides
 * those behind the limb, and lets higher-priority labels win where two
 * would overlap, so labels never pile up. Renders nothing itself.
 *
 * @example <LabelLayout />
 */
export function LabelLayout() {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(
    () =>
      onLabelsChanged(() => {
        // Grow the rectangle store here, outside the frame loop.
        if (placed.length < 8 * labelAnchors.size)
          placed = new Float64Array(16 * labelAnchors.size);
        invalidate();
      }),
    [invalidate],
  );

  useFrame(({ camera, size }) => {
    const layers = useMoon.getState().layers;
    if (!layers) return;
    const exaggeration = useMoon.getState().exaggeration;
    order.length = 0;
    labelAnchors.forEach((a) => order.push(a));
    order.sort(byPriority);
    placedCount = 0;
    // First pass: where each anchor is on screen; pins reserve their own spot
    // so no label covers another place's pin.
    for (const a of order) {
      drapedXYZ(a.latDeg, a.lonDeg, layers.elevationGrid, exaggeration, a.liftM, world);
      // Behind the limb: the surface normal faces away from the eye.
      toEye.copy(camera.position).sub(world);
      a.facing = toEye.dot(world) > 0;
      world.project(camera);
      a.screenX = ((world.x + 1) / 2) * size.width;
      a.screenY = ((1 - world.y) / 2) * size.height;
      a.facing &&= world.z < 1;
      // All DOM reads happen here, before any write below, so the browser
      // lays out at most once per frame instead of once per label.
      a.width = a.el.offsetWidth;
      a.height = a.el.offsetHeight;
      if (a.facing && a.align === 'pin') {
        const k = 4 * placedCount++;
        placed[k] = a.screenX - PIN_GAP_PX + 2;
        placed[k + 1] = a.screenY - PIN_GAP_PX + 2;
        placed[k + 2] = a.screenX + PIN_GAP_PX - 2;
        placed[k + 3] = a.screenY + PIN_GAP_PX - 2;
      }
    }
    for (const a of order) {
      const x = a.screenX;
      const y = a.screenY;
      const facing = a.facing;
      const w = a.width;
      const h = a.height;
      // Try the usual place first, then the alternatives, before hiding.
      let x0 = 0;
      let y0 = 0;
      let show = false;
      if (facing) {
        const candidates = a.align === 'pin' ? 4 : 3;
        for (let c = 0; c < candidates && !show; c++) {
          placeCandidate(a.align, c, x, y, w, h);
          x0 = candidate.x0;
          y0 = candidate.y0;
          show = true;
          for (let k = 0; k < 4 * placedCount; k += 4) {
            if (
              x0 < placed[k + 2]! &&
              x0 + w > placed[k]! &&
              y0 < placed[k + 3]! &&
              y0 + h > placed[k + 1]!
            ) {
              show = false;
              break;
            }
          }
        }
      }
      if (show) {
        const k = 4 * placedCount++;
        placed[k] = x0;
        placed[k + 1] = y0;
        placed[k + 2] = x0 + w;
        placed[k + 3] = y0 + h;
      }
      a.el.style.transform = `translate(${x0.toFixed(1)}px, ${y0.toFixed(1)}px)`;
      a.el.style.visibility = show ? 'visible' : 'hidden';
      a.el.dataset.screenX = x.toFixed(1);
      a.el.dataset.screenY = y.toFixed(1);
    }
    siteLabelObstacles.boxes = placed;
    siteLabelObstacles.count = placedCount;
  });
  return null;
}
