/**
 * The view on screen now, read from the stores and the camera controls, as
 * the one view format (assets/format/view.ts) describes it.
 */
import { PerspectiveCamera } from 'three';
import { roundView, distanceToAltKm, DEFAULT_VIEW, type View } from '../../assets/format/view';
import { wrapLonDeg } from '../../assets/format/georef';
import { useLayers } from '../state/layers';
import { useLight } from '../state/light';
import { useMoon } from '../state/moon';
import { useNavigation } from '../state/navigation';

const DEG = 180 / Math.PI;

/**
 * The camera's sub-point (lat/lon under the camera) and altitude from the
 * controls' spherical angles: azimuth 0 faces +Z (lon 0), polar 0 is the
 * north pole (see renderer/state/navigation.ts).
 */
export function currentView(): View {
  const controls = useNavigation.getState().controls;
  const layers = useLayers.getState();
  const light = useLight.getState();
  const camera = controls?.camera;
  const view: View = {
    latDeg: controls ? 90 - controls.polarAngle * DEG : DEFAULT_VIEW.latDeg,
    lonDeg: controls ? wrapLonDeg(controls.azimuthAngle * DEG) : DEFAULT_VIEW.lonDeg,
    altKm: controls ? distanceToAltKm(controls.distance) : DEFAULT_VIEW.altKm,
    fovDeg: camera instanceof PerspectiveCamera ? camera.fov : DEFAULT_VIEW.fovDeg,
    exaggeration: useMoon.getState().exaggeration,
    sites: [...layers.headlines],
    groups: [...layers.groups],
    overlays: [...layers.overlays],
    selected: layers.selectedId,
    time: light.timeUtc,
    light: light.mode,
  };
  return roundView(view);
}
