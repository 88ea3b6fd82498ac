import { useEffect } from 'react';
import { Canvas, addAfterEffect, useThree } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { DEFAULT_VIEW } from '../../assets/format/view';
import { provideGpuLimits } from '../pack/gpuLimits';
import { useMoon } from '../state/moon';
import { hasOverlay, useLayers } from '../state/layers';
import { DEFAULT_DISTANCE } from '../state/navigation';
import { GRATICULE, useVisibleSites } from '../state/visibleSites';
import { selectSite } from '../state/selection';
import { siteById } from '../state/catalog';
import { ContextLossGuard } from './ContextLossGuard';
import { GraticuleLines } from './GraticuleLines';
import { LabelLayout } from './LabelLayout';
import { MoonGlobe } from './MoonGlobe';
import { NameLabels } from './NameLabels';
import { NavigationControls } from './NavigationControls';
import { PointerProbe } from './PointerProbe';
import { SceneHandle } from './SceneHandle';
import { SiteMarkers } from './SiteMarkers';
import { SceneLight } from './SceneLight';
import { SunOverlays } from './SunOverlays';
import { signalNewLevelDrawn } from './drawnSignal';

/**
 * Tells the pack loader (already running since the manifest arrived) what
 * the GPU allows, and redraws when its layers change.
 */
function PackLayers() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const anisotropy = Math.min(8, gl.capabilities.getMaxAnisotropy());
    // Textures decoded before the context existed: filter them like the rest
    // (their first upload is still to come).
    const layers = useMoon.getState().layers;
    if (layers) {
      layers.color.anisotropy = anisotropy;
      layers.normal.anisotropy = anisotropy;
    }
    provideGpuLimits({ maxTextureSize: gl.capabilities.maxTextureSize, anisotropy });
  }, [gl]);
  useEffect(() => useMoon.subscribe(() => invalidate()), [invalidate]);
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
          if (site) void selectSite(site);
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
 * @example <Viewer />
 */
export function Viewer() {
  const { t } = useTranslation();
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
      role="img"
      aria-label={t('app.canvasLabel')}
    >
      <PackLayers />
      <ContextLossGuard />
      <DrawnSignal />
      <SceneLight />
      <MoonGlobe />
      <Overlays />
      <SunOverlays />
      <LabelLayout />
      <NameLabels />
      <PointerProbe />
      <NavigationControls />
      <SceneHandle />
    </Canvas>
  );
}
