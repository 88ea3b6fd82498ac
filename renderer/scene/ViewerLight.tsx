import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type DirectionalLight } from 'three';

export interface ViewerLightProps {
  /** Direction the light comes from, in camera space (x right, y up, z toward the viewer). */
  fromCamera?: readonly [number, number, number];
  intensity?: number;
  ambient?: number;
}

const scratch = new Vector3();

/**
 * A sun that follows the viewer: whatever side is being looked at is lit,
 * from the upper left at a low angle so relief casts readable shading.
 *
 * @example <ViewerLight fromCamera={[-0.8, 0.5, 0.33]} />
 */
export function ViewerLight({
  fromCamera = [-0.8, 0.5, 0.33],
  intensity = 3.8,
  ambient = 0.28,
}: ViewerLightProps) {
  const light = useRef<DirectionalLight>(null);
  useFrame(({ camera }) => {
    const l = light.current;
    if (!l) return;
    scratch.set(fromCamera[0], fromCamera[1], fromCamera[2]).normalize();
    scratch.applyQuaternion(camera.quaternion).multiplyScalar(10);
    l.position.copy(scratch);
  });
  return (
    <>
      <ambientLight intensity={ambient} />
      <directionalLight ref={light} intensity={intensity} />
    </>
  );
}
