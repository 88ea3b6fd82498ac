import { useMemo, useRef } from 'react';
import { Line } from '@react-three/drei';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { Vector3, type Mesh } from 'three';
import { drapedXYZ } from '../geo/drape';
import type { ElevationGrid } from '../geo/dem';
import type { Site } from '../sites/schema';
import { siteOutlinePoints } from '../sites/geometry';
import { isArea, KIND_STYLE } from '../sites/style';
import { useMoon } from '../state/moon';

export interface SiteMarkersProps {
  sites: readonly Site[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Pin radius as a fraction of the camera distance (≈ 6 px at the default view). */
const PIN_SIZE = 0.0055;
/** Outlines float this far above the draped relief so the mesh never hides them. */
const OUTLINE_LIFT_M = 2500;

const toEye = new Vector3();

function Pin({
  site,
  grid,
  exaggeration,
  selected,
  onSelect,
}: {
  site: Site;
  grid: ElevationGrid;
  exaggeration: number;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const ref = useRef<Mesh>(null);
  const position = useMemo(
    () => drapedXYZ(site.latDeg, site.lonDeg, grid, exaggeration, 0, new Vector3()),
    [site, grid, exaggeration],
  );
  useFrame(({ camera }) => {
    const mesh = ref.current;
    if (!mesh) return;
    // Same size on screen at every zoom; hidden behind the limb.
    mesh.scale.setScalar(camera.position.distanceTo(position) * PIN_SIZE * (selected ? 1.5 : 1));
    toEye.copy(camera.position).sub(position);
    mesh.visible = toEye.dot(position) > 0;
  });
  const click = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    onSelect(site.id);
  };
  return (
    <mesh
      ref={ref}
      position={position}
      name={`pin:${site.id}`}
      renderOrder={10}
      onClick={click}
      onPointerOver={() => (document.body.style.cursor = 'pointer')}
      onPointerOut={() => (document.body.style.cursor = '')}
    >
      <sphereGeometry args={[1, 16, 12]} />
      {/* Drawn over the relief (it sits on it); the limb check above hides the far side. */}
      <meshBasicMaterial color={KIND_STYLE[site.kind].color} depthTest={false} toneMapped={false} />
    </mesh>
  );
}

function Outline({
  site,
  grid,
  exaggeration,
  selected,
}: {
  site: Site;
  grid: ElevationGrid;
  exaggeration: number;
  selected: boolean;
}) {
  const points = useMemo(() => {
    const ring = siteOutlinePoints(site, 256) ?? [];
    const lift = OUTLINE_LIFT_M * exaggeration;
    const out = ring.map((p) =>
      drapedXYZ(p.latDeg, p.lonDeg, grid, exaggeration, lift, new Vector3()),
    );
    if (out.length > 0) out.push(out[0]!.clone());
    return out;
  }, [site, grid, exaggeration]);
  if (points.length < 3) return null;
  return (
    <Line
      points={points}
      color={KIND_STYLE[site.kind].color}
      lineWidth={selected ? 3 : 2}
      name={`outline:${site.id}`}
      transparent
      opacity={0.9}
    />
  );
}

/**
 * Landing-site pins and region outlines, draped on the relief at the current
 * exaggeration. Pins are clickable; labels are DOM buttons (SiteLabels).
 *
 * @example <SiteMarkers sites={visible} selectedId={id} onSelect={selectSite} />
 */
export function SiteMarkers({ sites, selectedId, onSelect }: SiteMarkersProps) {
  const layers = useMoon((s) => s.layers);
  const exaggeration = useMoon((s) => s.exaggeration);
  if (!layers) return null;
  const grid = layers.elevationGrid;
  return (
    <group name="sites">
      {sites.map((site) =>
        isArea(site) ? (
          <Outline
            key={site.id}
            site={site}
            grid={grid}
            exaggeration={exaggeration}
            selected={site.id === selectedId}
          />
        ) : (
          <Pin
            key={site.id}
            site={site}
            grid={grid}
            exaggeration={exaggeration}
            selected={site.id === selectedId}
            onSelect={onSelect}
          />
        ),
      )}
    </group>
  );
}
