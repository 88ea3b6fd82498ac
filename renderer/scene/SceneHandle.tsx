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
  const get = useThree((s) => s.get);
  useEffect(() => {
    setSceneHandle({
      gl,
      scene,
      camera,
      invalidate,
      framePending: () => get().internal.frames > 0,
    });
    return () => setSceneHandle(null);
  }, [gl, scene, camera, invalidate, get]);
  return null;
}
