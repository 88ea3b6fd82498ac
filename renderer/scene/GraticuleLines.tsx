import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { drapedXYZ } from '../geo/drape';
import type { ElevationGrid } from '../geo/dem';
import type { GraticuleLine } from '../geo/graticule';
import { useMoon } from '../state/moon';

export interface GraticuleLinesProps {
  lines: readonly GraticuleLine[];
  showGrid: boolean;
  showBoundary: boolean;
}

/** Lines float this far above the draped relief so the mesh never hides them. */
const LIFT_M = 2500;

const scratch = new Vector3();

function segments(lines: readonly GraticuleLine[], grid: ElevationGrid, exaggeration: number) {
  let count = 0;
  for (const line of lines) count += Math.max(0, line.points.length - 1);
  const positions = new Float32Array(count * 6);
  let o = 0;
  const lift = LIFT_M * exaggeration;
  for (const line of lines) {
    for (let k = 0; k + 1 < line.points.length; k++) {
      for (const p of [line.points[k]!, line.points[k + 1]!]) {
        drapedXYZ(p.latDeg, p.lonDeg, grid, exaggeration, lift, scratch);
        positions[o++] = scratch.x;
        positions[o++] = scratch.y;
        positions[o++] = scratch.z;
      }
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  return geometry;
}

/**
 * The latitude/longitude grid (equator and prime meridian emphasised) and
 * the near/far-side boundary, draped on the relief; depth-tested against the
 * globe, so nothing shows through the Moon.
 *
 * @example <GraticuleLines lines={graticule.lines} showGrid showBoundary={false} />
 */
export function GraticuleLines({ lines, showGrid, showBoundary }: GraticuleLinesProps) {
  const layers = useMoon((s) => s.layers);
  const exaggeration = useMoon((s) => s.exaggeration);
  const grid = layers?.elevationGrid;
  const geometries = useMemo(() => {
    if (!grid) return null;
    const plain = lines.filter((l) => l.kind !== 'near-far-boundary' && !l.emphasised);
    const emphasised = lines.filter((l) => l.emphasised);
    const boundary = lines.filter((l) => l.kind === 'near-far-boundary');
    return {
      plain: segments(plain, grid, exaggeration),
      emphasised: segments(emphasised, grid, exaggeration),
      boundary: segments(boundary, grid, exaggeration),
    };
  }, [lines, grid, exaggeration]);
  useEffect(
    () => () => {
      if (!geometries) return;
      geometries.plain.dispose();
      geometries.emphasised.dispose();
      geometries.boundary.dispose();
    },
    [geometries],
  );
  if (!geometries) return null;
  return (
    <group name="graticule">
      {showGrid && (
        <>
          <lineSegments geometry={geometries.plain}>
            <lineBasicMaterial color="#9fb3c8" transparent opacity={0.35} toneMapped={false} />
          </lineSegments>
          <lineSegments geometry={geometries.emphasised}>
            <lineBasicMaterial color="#dfe9f3" transparent opacity={0.75} toneMapped={false} />
          </lineSegments>
        </>
      )}
      {showBoundary && (
        <lineSegments geometry={geometries.boundary} name="near-far-boundary">
          <lineBasicMaterial color="#7fd1ff" transparent opacity={0.9} toneMapped={false} />
        </lineSegments>
      )}
    </group>
  );
}
