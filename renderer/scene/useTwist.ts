/**
 * Two-finger twist turns the Moon about its axis. The view format has no
 * heading (north stays up), so a twist does what a turn under the fingers
 * can do with north up: the Moon spins by the angle the fingers turned,
 * clockwise fingers (the upper finger moving right) turning it as a drag
 * to the right does. Exact when looking down on a pole. Pinch (zoom) stays
 * camera-controls' own; both can happen in one gesture.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { twistRad } from '../geo/twist';
import { useNavigation } from '../state/navigation';

type Finger = { id: number; x: number; y: number };

export function useTwist(): void {
  const element = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // The first two touches on the globe, while both are down.
    const fingers: Finger[] = [];
    const find = (id: number) => fingers.find((f) => f.id === id);
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch' || fingers.length >= 2) return;
      fingers.push({ id: event.pointerId, x: event.clientX, y: event.clientY });
    };
    const onMove = (event: PointerEvent) => {
      const finger = find(event.pointerId);
      if (!finger) return;
      const other = fingers.length === 2 ? fingers.find((f) => f !== finger) : undefined;
      const moved = { x: event.clientX, y: event.clientY };
      if (other) {
        const rad = twistRad(finger, other, moved, other);
        const controls = useNavigation.getState().controls;
        if (controls && rad !== 0) {
          void controls.rotate(-rad, 0, false);
          invalidate();
        }
      }
      finger.x = moved.x;
      finger.y = moved.y;
    };
    const onUp = (event: PointerEvent) => {
      const i = fingers.findIndex((f) => f.id === event.pointerId);
      if (i >= 0) fingers.splice(i, 1);
    };
    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [element, invalidate]);
}
