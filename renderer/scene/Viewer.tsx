import { Canvas } from '@react-three/fiber';
import type { PackManifest } from '../../assets/format/manifest';
import { useMoonLoader } from '../pack/useMoonLoader';
import { DEFAULT_DISTANCE } from '../state/navigation';
import { MoonGlobe } from './MoonGlobe';
import { NavigationControls } from './NavigationControls';
import { ViewerLight } from './ViewerLight';

export interface ViewerProps {
  manifest: PackManifest;
  baseUrl: string;
}

function PackLayers({ manifest, baseUrl }: ViewerProps) {
  useMoonLoader(manifest, baseUrl);
  return null;
}

/**
 * The 3D view. Renders on demand only (an idle globe costs nothing); the
 * camera controls and loaders invalidate when something changes.
 *
 * @example <Viewer manifest={manifest} baseUrl="pack/" />
 */
export function Viewer({ manifest, baseUrl }: ViewerProps) {
  return (
    <Canvas
      className="viewer"
      frameloop="demand"
      flat
      dpr={[1, 2]}
      gl={{ antialias: false, powerPreference: 'high-performance' }}
      camera={{ fov: 35, near: 0.01, far: 100, position: [0, 0, DEFAULT_DISTANCE] }}
      aria-label="The Moon, rendered in 3D. Drag to turn it, scroll to zoom."
    >
      <PackLayers manifest={manifest} baseUrl={baseUrl} />
      <ViewerLight />
      <MoonGlobe />
      <NavigationControls />
    </Canvas>
  );
}
