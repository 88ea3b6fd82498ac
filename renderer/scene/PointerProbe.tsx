import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2 } from 'three';
import { pickSurface } from '../geo/drape';
import { useMoon } from '../state/moon';
import { usePointer } from '../state/pointer';

const ndc = new Vector2();
const raycaster = new Raycaster();
const hit = { latDeg: 0, lonDeg: 0, heightM: 0 };

/**
 * Reads the surface under the pointer: the ray from the camera through the
 * pointer meets the displaced relief (geo/drape.ts pickSurface), and the
 * height there is sampled bilinearly from the full-precision LOLA grid.
 * Work happens in the pointer event, at most once per animation frame.
 *
 * @example <PointerProbe />
 */
export function PointerProbe() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const el = gl.domElement;
    let pending: PointerEvent | null = null;
    let frame = 0;
    const probe = () => {
      frame = 0;
      const e = pending;
      const layers = useMoon.getState().layers;
      if (!e || !layers) return;
      const rect = el.getBoundingClientRect();
      ndc.set(
        ((e.clientX - rect.left) / rect.width) * 2 - 1,
        1 - ((e.clientY - rect.top) / rect.height) * 2,
      );
      raycaster.setFromCamera(ndc, camera);
      const { origin, direction } = raycaster.ray;
      const found = pickSurface(
        origin,
        direction,
        layers.elevationGrid,
        useMoon.getState().exaggeration,
        hit,
      );
      usePointer.setState({ probe: found ? { ...found } : null });
    };
    const onMove = (e: PointerEvent) => {
      pending = e;
      if (!frame) frame = requestAnimationFrame(probe);
    };
    const onLeave = () => {
      pending = null;
      usePointer.setState({ probe: null });
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [gl, camera]);
  return null;
}
