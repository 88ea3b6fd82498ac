import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { setSceneHandle } from '../export/sceneHandle';

/**
 * Lends the renderer, scene and camera to code outside the canvas (picture
 * export), without React state. Renders nothing.
 *
 * @example <SceneHandle />
 */
export function SceneHandle() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    setSceneHandle({ gl, scene, camera, invalidate });
    return () => setSceneHandle(null);
  }, [gl, scene, camera, invalidate]);
  return null;
}
