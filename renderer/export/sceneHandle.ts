/** The live renderer, scene and camera, lent by <SceneHandle> inside the canvas. */
import type { Camera, Scene, WebGLRenderer } from 'three';

export interface SceneHandle {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
  invalidate: () => void;
  /** Whether a frame has been asked for (invalidate) and not drawn yet. */
  framePending: () => boolean;
}

let handle: SceneHandle | null = null;

export function setSceneHandle(next: SceneHandle | null): void {
  handle = next;
}

export function getSceneHandle(): SceneHandle | null {
  return handle;
}
