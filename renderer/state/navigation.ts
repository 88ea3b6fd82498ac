/**
 * Camera moves the UI can ask for: near side, far side, reset, look at a
 * lat/lon, nudge and zoom. The camera orbits the Moon's centre; looking at
 * lat φ, lon λ puts it at azimuth λ, polar angle 90° − φ (three's Spherical,
 * which shares the Moon-fixed frame of renderer/geo/frame.ts: azimuth 0 on +Z).
 */
import { create } from 'zustand';
import type { CameraControls } from '@react-three/drei';
import { nearestAngle } from '../geo/angles';
import { ALT_MAX_KM, ALT_MIN_KM, DEFAULT_VIEW, altKmToDistance } from '../../assets/format/view';

const DEG = Math.PI / 180;

/** Camera distances from the Moon's centre, in datum radii, from the view format's altitude bounds. */
export const DEFAULT_DISTANCE = altKmToDistance(DEFAULT_VIEW.altKm);
export const MIN_DISTANCE = altKmToDistance(ALT_MIN_KM);
export const MAX_DISTANCE = altKmToDistance(ALT_MAX_KM);

interface NavigationState {
  controls: CameraControls | null;
  /** True while the camera moves (drag, transition, damping). */
  moving: boolean;
}

export const useNavigation = create<NavigationState>(() => ({ controls: null, moving: false }));

/**
 * Moves asked for and not yet come to rest. A move wakes the camera only in
 * its next frame, so `moving` alone cannot tell "nothing asked" from "asked,
 * not started" (window.farsideDebug.idle() reads both). The controls' sleep
 * clears it: a flight can end in sleep without its promise settling.
 */
let pendingMoves = 0;

function tracked<T>(move: Promise<T>): Promise<T> {
  pendingMoves += 1;
  return move.finally(() => {
    pendingMoves = Math.max(0, pendingMoves - 1);
  });
}

export const movesPending = (): boolean => pendingMoves > 0;

/** The camera went to sleep: whatever was asked for has ended. */
export function movesEnded(): void {
  pendingMoves = 0;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Turn the camera to look straight down at a point. Resolves when the move ends. */
export async function lookAtLatLon(
  latDeg: number,
  lonDeg: number,
  distance?: number,
  animated = true,
): Promise<void> {
  const controls = useNavigation.getState().controls;
  if (!controls) return;
  const animate = animated && !prefersReducedMotion();
  const azimuth = nearestAngle(controls.azimuthAngle, lonDeg * DEG);
  const polar = (90 - Math.max(-89.9, Math.min(89.9, latDeg))) * DEG;
  const moves: Promise<void>[] = [controls.rotateTo(azimuth, polar, animate)];
  if (distance !== undefined) moves.push(controls.dollyTo(distance, animate));
  await tracked(Promise.all(moves));
}

export const goNearSide = () => lookAtLatLon(0, 0);
export const goFarSide = () => lookAtLatLon(0, 180);

export async function resetView(): Promise<void> {
  await lookAtLatLon(0, 0, DEFAULT_DISTANCE);
}

/** Rotate by a step in degrees (positive east / north from the viewer's side). */
export async function nudge(eastDeg: number, northDeg: number): Promise<void> {
  const controls = useNavigation.getState().controls;
  if (!controls) return;
  // Smaller steps when close to the surface, so a keypress moves a similar screen distance.
  const scale = Math.min(1, (controls.distance - 1) / (DEFAULT_DISTANCE - 1));
  await tracked(
    controls.rotate(eastDeg * DEG * scale, -northDeg * DEG * scale, !prefersReducedMotion()),
  );
}

export async function zoomBy(factor: number): Promise<void> {
  const controls = useNavigation.getState().controls;
  if (!controls) return;
  const target = Math.min(MAX_DISTANCE, Math.max(MIN_DISTANCE, controls.distance * factor));
  await tracked(controls.dollyTo(target, !prefersReducedMotion()));
}

/** Camera distance that frames a site: its outline when it has one, else a close look. */
export function framingDistance(outlineRadiusKm: number | null): number {
  if (outlineRadiusKm === null) return 2.4;
  // Angular radius of the region seen from the centre, then back off so it fills ~60% of the view.
  const angular = outlineRadiusKm / 1737.4;
  return Math.min(DEFAULT_DISTANCE, Math.max(1.8, 1 + angular * 5));
}
