/**
 * Show a view: layers, selection, relief, light and time at once, then the
 * camera (animated unless reduced motion or `animate: false`). The view has
 * been validated by the one view format (assets/format/view.ts); the only
 * thing checked here is that its selected place exists, so a view is applied
 * whole or not at all.
 */
import { PerspectiveCamera } from 'three';
import { altKmToDistance, type View } from '../../assets/format/view';
import { siteById } from '../state/catalog';
import { useLayers } from '../state/layers';
import { useLight } from '../state/light';
import { useMoon } from '../state/moon';
import { lookAtLatLon, useNavigation } from '../state/navigation';

export type ApplyResult = { ok: true } | { ok: false; reason: string };

/** Ids a view may select beyond the site catalog (e.g. gazetteer features), registered by their owners. */
const extraPlaces: ((id: string) => boolean)[] = [];
export function registerPlaceLookup(knows: (id: string) => boolean): void {
  extraPlaces.push(knows);
}

export function knownPlace(id: string): boolean {
  return siteById.has(id) || extraPlaces.some((knows) => knows(id));
}

export function applyView(view: View, options: { animate?: boolean } = {}): Promise<ApplyResult> {
  if (view.selected !== null && !knownPlace(view.selected)) {
    return Promise.resolve({
      ok: false,
      reason: `there is no place with the id "${view.selected}"`,
    });
  }
  useLayers.setState({
    headlines: [...view.sites],
    groups: [...view.groups],
    overlays: [...view.overlays],
    selectedId: view.selected,
  });
  useMoon.getState().setExaggeration(view.exaggeration);
  useLight.setState({ mode: view.light, timeUtc: view.time });
  const controls = useNavigation.getState().controls;
  const camera = controls?.camera;
  if (camera instanceof PerspectiveCamera && camera.fov !== view.fovDeg) {
    camera.fov = view.fovDeg;
    camera.updateProjectionMatrix();
  }
  const distance = altKmToDistance(view.altKm);
  return lookAtLatLon(view.latDeg, view.lonDeg, distance, options.animate).then(() => {
    // An animated move comes to rest within the controls' rest threshold, a
    // few thousandths of a degree short; finish it exactly (invisible at that
    // size), unless someone took the globe meanwhile and it is elsewhere.
    if (options.animate !== false && closeTo(view)) {
      return lookAtLatLon(view.latDeg, view.lonDeg, distance, false).then(() => OK);
    }
    return OK;
  });
}

const OK = { ok: true } as const;
/** Within this of the view, a finished move is snapped onto it (degrees, relative distance). */
const SNAP_DEG = 0.05;
const SNAP_DISTANCE = 0.001;

function closeTo(view: View): boolean {
  const controls = useNavigation.getState().controls;
  if (!controls) return false;
  const latDeg = 90 - (controls.polarAngle * 180) / Math.PI;
  const lonDeg = (controls.azimuthAngle * 180) / Math.PI;
  const dLon = Math.abs(((lonDeg - view.lonDeg + 540) % 360) - 180);
  const target = altKmToDistance(view.altKm);
  return (
    Math.abs(latDeg - view.latDeg) < SNAP_DEG &&
    dLon * Math.cos((view.latDeg * Math.PI) / 180) < SNAP_DEG &&
    Math.abs(controls.distance - target) / target < SNAP_DISTANCE
  );
}
