import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Vector3, type Mesh } from 'three';
import { drapedXYZ } from '../geo/drape';
import type { LatLonDeg } from '../geo/ephemeris';
import { terminatorPoints } from '../geo/terminator';
import { hasOverlay, useLayers } from '../state/layers';
import { useMoon } from '../state/moon';
import { useSun } from '../state/sun';

/** Lines float this far above the draped relief so the mesh never hides them. */
const LIFT_M = 2500;
/** Marker radius as a fraction of the camera distance. */
const MARKER_SIZE = 0.007;

const scratch = new Vector3();
const toEye = new Vector3();

function Terminator({ subSolar }: { subSolar: LatLonDeg }) {
  const layers = useMoon((s) => s.layers);
  const exaggeration = useMoon((s) => s.exaggeration);
  const grid = layers?.elevationGrid;
  const geometry = useMemo(() => {
    if (!grid) return null;
    const points = terminatorPoints(subSolar, 720);
    const positions = new Float32Array(points.length * 6);
    let o = 0;
    for (let k = 0; k < points.length; k++) {
      for (const p of [points[k]!, points[(k + 1) % points.length]!]) {
        drapedXYZ(p.latDeg, p.lonDeg, grid, exaggeration, LIFT_M * exaggeration, scratch);
        positions[o++] = scratch.x;
        positions[o++] = scratch.y;
        positions[o++] = scratch.z;
      }
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    return g;
  }, [subSolar, grid, exaggeration]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry) return null;
  return (
    <lineSegments geometry={geometry} name="terminator">
      <lineBasicMaterial color="#ffcf5a" transparent opacity={0.95} toneMapped={false} />
    </lineSegments>
  );
}

function Marker({ at, color, name }: { at: LatLonDeg; color: string; name: string }) {
  const ref = useRef<Mesh>(null);
  const layers = useMoon((s) => s.layers);
  const exaggeration = useMoon((s) => s.exaggeration);
  const grid = layers?.elevationGrid;
  const position = useMemo(
    () => (grid ? drapedXYZ(at.latDeg, at.lonDeg, grid, exaggeration, 0, new Vector3()) : null),
    [at, grid, exaggeration],
  );
  useFrame(({ camera }) => {
    const mesh = ref.current;
    if (!mesh || !position) return;
    mesh.scale.setScalar(camera.position.distanceTo(position) * MARKER_SIZE);
    toEye.copy(camera.position).sub(position);
    mesh.visible = toEye.dot(position) > 0;
  });
  if (!position) return null;
  return (
    <mesh ref={ref} position={position} name={name} renderOrder={11}>
      <octahedronGeometry args={[1, 0]} />
      <meshBasicMaterial color={color} depthTest={false} toneMapped={false} />
    </mesh>
  );
}

/**
 * What the Sun shows, each an overlay of the view: the terminator, the
 * sub-solar point (Sun overhead) and the sub-Earth point (Earth overhead).
 * Unlit materials, so they read on the night side too.
 *
 * @example <SunOverlays />
 */
export function SunOverlays() {
  const sun = useSun((s) => s.state);
  const terminator = useLayers(hasOverlay('terminator'));
  const subsolar = useLayers(hasOverlay('subsolar'));
  const subearth = useLayers(hasOverlay('subearth'));
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [sun, terminator, subsolar, subearth, invalidate]);
  return (
    <group name="sun-overlays">
      {terminator && <Terminator subSolar={sun.subSolar} />}
      {subsolar && <Marker at={sun.subSolar} color="#ffcf5a" name="subsolar" />}
      {subearth && <Marker at={sun.subEarth} color="#7fd1ff" name="subearth" />}
    </group>
  );
}
