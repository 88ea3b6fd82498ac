/**
 * Mirror the settled camera pose into the DOM (`data-camera` on <html>) so
 * anything outside the canvas (kiosk supervisors, the end-to-end suite,
 * screenshot metadata) can read what the view shows without reaching into
 * three.js. Written only when the camera comes to rest, never per frame.
 */
import type { Camera } from 'three';
import { PerspectiveCamera } from 'three';

export interface CameraPose {
  /** Camera position in the Moon-fixed scene frame (datum radius = 1). */
  position: [number, number, number];
  /** The point looked at (always the Moon's centre). */
  target: [number, number, number];
  up: [number, number, number];
  /** Vertical field of view in degrees. */
  fovDeg: number;
  aspect: number;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

export function publishCameraPose(camera: Camera): void {
  if (!(camera instanceof PerspectiveCamera)) return;
  camera.updateMatrixWorld();
  const pose: CameraPose = {
    position: [round(camera.position.x), round(camera.position.y), round(camera.position.z)],
    target: [0, 0, 0],
    up: [camera.up.x, camera.up.y, camera.up.z],
    fovDeg: camera.fov,
    aspect: round(camera.aspect),
  };
  document.documentElement.dataset.camera = JSON.stringify(pose);
}
