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
 * The explore light: a lamp that follows the viewer, a little above and to
 * the left of the eye (about 25° off the line of sight). Near the eye, the
 * surface's own brightness reads first (maria dark, rays bright, as at full
 * Moon); the small offset keeps relief readable from the normal map. A
 * grazing lamp made shading swamp albedo (issue 7: correlation with the
 * color map 0.12, now ≥ 0.6, see test/e2e/light.spec.ts).
 *
 * @example <ViewerLight fromCamera={[-0.3, 0.3, 0.9]} />
 */
export function ViewerLight({
  fromCamera = [-0.3, 0.3, 0.9],
  intensity = 2.6,
  ambient = 0.5,
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
