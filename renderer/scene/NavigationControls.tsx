import { useEffect, useRef } from 'react';
import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import {
  DEFAULT_DISTANCE,
  MAX_DISTANCE,
  MIN_DISTANCE,
  movesEnded,
  useNavigation,
} from '../state/navigation';
import { publishCameraPose } from './cameraPose';
import { useTwist } from './useTwist';

const { ACTION } = CameraControlsImpl;

/**
 * Drag to turn the Moon, wheel or pinch to zoom (bounded), two-finger twist
 * to spin it about its axis (useTwist), no panning: the
 * camera always orbits the Moon's centre. Registers the controls in the
 * navigation store so buttons and keys can drive them.
 *
 * @example <NavigationControls />
 */
export function NavigationControls() {
  const ref = useRef<CameraControls>(null);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  useTwist();

  useEffect(() => {
    const controls = ref.current;
    if (!controls) return;
    controls.minDistance = MIN_DISTANCE;
    controls.maxDistance = MAX_DISTANCE;
    controls.mouseButtons.left = ACTION.ROTATE;
    controls.mouseButtons.right = ACTION.NONE;
    controls.mouseButtons.middle = ACTION.DOLLY;
    controls.mouseButtons.wheel = ACTION.DOLLY;
    controls.touches.one = ACTION.TOUCH_ROTATE;
    controls.touches.two = ACTION.TOUCH_DOLLY;
    controls.touches.three = ACTION.NONE;
    // Easing for wheel zoom and drags, none when the user asks for reduced motion.
    const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    const applyMotion = () => {
      controls.smoothTime = motion.matches ? 0 : 0.35;
      controls.draggingSmoothTime = motion.matches ? 0 : 0.08;
    };
    applyMotion();
    motion.addEventListener('change', applyMotion);
    controls.restThreshold = 0.002;
    controls.setLookAt(0, 0, DEFAULT_DISTANCE, 0, 0, 0, false);
    useNavigation.setState({ controls });

    // Drag speed follows the zoom: close to the surface a drag moves the
    // ground about as far as the pointer moved.
    const onUpdate = () => {
      const speed = Math.min(1, Math.max(0.05, (controls.distance - 1) / (DEFAULT_DISTANCE - 1)));
      controls.azimuthRotateSpeed = speed;
      controls.polarRotateSpeed = speed;
    };
    const onWake = () => useNavigation.setState({ moving: true });
    const onSleep = () => {
      movesEnded();
      useNavigation.setState({ moving: false });
      publishCameraPose(camera);
    };
    controls.addEventListener('update', onUpdate);
    controls.addEventListener('wake', onWake);
    controls.addEventListener('sleep', onSleep);
    publishCameraPose(camera);
    return () => {
      motion.removeEventListener('change', applyMotion);
      controls.removeEventListener('update', onUpdate);
      controls.removeEventListener('wake', onWake);
      controls.removeEventListener('sleep', onSleep);
      useNavigation.setState({ controls: null });
    };
  }, [camera]);

  // A resize changes the projection; republish so readers of the pose stay right.
  useEffect(() => {
    if (!useNavigation.getState().moving) publishCameraPose(camera);
  }, [camera, size]);

  return <CameraControls ref={ref} makeDefault />;
}
