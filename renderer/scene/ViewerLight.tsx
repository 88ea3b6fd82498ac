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
 * @example <ViewerLight fromCamera={[-0.75, 0.45, 0.5]} />
 */
export function ViewerLight({
  fromCamera = [-0.75, 0.45, 0.5],
  intensity = 3.4,
  ambient = 0.35,
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
