import { useEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Sphere,
  Vector2,
  Vector3,
  type Material,
  type MeshStandardMaterial,
} from 'three';
import { MOON_RADIUS_M } from '../../assets/format/georef';
import { buildSphereArrays } from '../geo/sphere';
import { EXAGGERATION_MAX, useMoon } from '../state/moon';
import { noteGlobeDrawn } from './drawnSignal';

function noteDrawn(...args: unknown[]): void {
  const material = args[4] as Material;
  const width = (material as MeshStandardMaterial).map?.image as { width?: number } | undefined;
  if (width?.width) noteGlobeDrawn(width.width);
}

export interface MoonGlobeProps {
  /** Grid columns around the equator (vertex density of the displaced relief). */
  lonSegments?: number;
  /** Grid rows pole to pole. */
  latSegments?: number;
}

/**
 * The Moon: LROC color, LOLA displacement scaled by the vertical exaggeration,
 * and shading from the DEM-derived tangent-space normal map.
 *
 * @example <MoonGlobe lonSegments={256} latSegments={128} />
 */
export function MoonGlobe({ lonSegments = 256, latSegments = 128 }: MoonGlobeProps) {
  const layers = useMoon((s) => s.layers);
  const exaggeration = useMoon((s) => s.exaggeration);

  const geometry = useMemo(() => {
    const arrays = buildSphereArrays(lonSegments, latSegments);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(arrays.positions, 3));
    g.setAttribute('normal', new BufferAttribute(arrays.normals, 3));
    g.setAttribute('uv', new BufferAttribute(arrays.uvs, 2));
    g.setIndex(new BufferAttribute(arrays.indices, 1));
    // Displacement moves vertices outward by up to ~11 km × exaggeration.
    g.boundingSphere = new Sphere(new Vector3(), 1 + (11_000 * EXAGGERATION_MAX) / MOON_RADIUS_M);
    return g;
  }, [lonSegments, latSegments]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  const normalScale = useMemo(() => {
    const k = layers ? exaggeration / layers.manifest.normal.exaggeration : 1;
    return new Vector2(k, k);
  }, [layers, exaggeration]);

  if (!layers) return null;
  return (
    <mesh geometry={geometry} name="moon" onAfterRender={noteDrawn}>
      <meshStandardMaterial
        map={layers.color}
        normalMap={layers.normal}
        normalScale={normalScale}
        displacementMap={layers.elevation}
        displacementScale={exaggeration / MOON_RADIUS_M}
        roughness={1}
        metalness={0}
      />
    </mesh>
  );
}
