import { useEffect } from 'react';
import { Canvas, addAfterEffect, useThree } from '@react-three/fiber';
import type { PackManifest } from '../../assets/format/manifest';
import { DEFAULT_VIEW } from '../../assets/format/view';
import { useMoonLoader } from '../pack/useMoonLoader';
import { hasOverlay, useLayers } from '../state/layers';
import { DEFAULT_DISTANCE } from '../state/navigation';
import { GRATICULE, useVisibleSites } from '../state/visibleSites';
import { selectSite } from '../state/selection';
import { siteById } from '../state/catalog';
import { GraticuleLines } from './GraticuleLines';
import { LabelLayout } from './LabelLayout';
import { MoonGlobe } from './MoonGlobe';
import { NavigationControls } from './NavigationControls';
import { PointerProbe } from './PointerProbe';
import { SiteMarkers } from './SiteMarkers';
import { ViewerLight } from './ViewerLight';
import { signalNewLevelDrawn } from './drawnSignal';

export interface ViewerProps {
  manifest: PackManifest;
  baseUrl: string;
}

function PackLayers({ manifest, baseUrl }: ViewerProps) {
  useMoonLoader(manifest, baseUrl);
  return null;
}

/** Marks the first frame drawn with each color level (see drawnSignal.ts). */
function DrawnSignal() {
  const gl = useThree((s) => s.gl);
  useEffect(() => addAfterEffect(() => signalNewLevelDrawn(gl.getContext())), [gl]);
  return null;
}

function Overlays() {
  const sites = useVisibleSites();
  const selectedId = useLayers((s) => s.selectedId);
  const graticule = useLayers(hasOverlay('grid'));
  const boundary = useLayers(hasOverlay('boundary'));
  return (
    <>
      <SiteMarkers
        sites={sites}
        selectedId={selectedId}
        onSelect={(id) => {
          const site = siteById.get(id);
          if (site) selectSite(site);
        }}
      />
      <GraticuleLines lines={GRATICULE.lines} showGrid={graticule} showBoundary={boundary} />
    </>
  );
}

/**
 * The 3D view. Renders on demand only (an idle globe costs nothing); the
 * camera controls, loaders and label changes invalidate when something changes.
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
      camera={{
        fov: DEFAULT_VIEW.fovDeg,
        near: 0.01,
        far: 100,
        position: [0, 0, DEFAULT_DISTANCE],
      }}
      aria-label="The Moon, rendered in 3D. Drag to turn it, scroll to zoom."
    >
      <PackLayers manifest={manifest} baseUrl={baseUrl} />
      <DrawnSignal />
      <ViewerLight />
      <MoonGlobe />
      <Overlays />
      <LabelLayout />
      <PointerProbe />
      <NavigationControls />
    </Canvas>
  );
}
