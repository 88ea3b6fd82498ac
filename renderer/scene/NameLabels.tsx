import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Matrix4 } from 'three';
import type { Gazetteer } from '../../assets/format/gazetteer';
import {
  createLabelLayout,
  createLabelSet,
  layoutLabels,
  type LabelSet,
  type LabelView,
} from '../gazetteer/placement';
import { SITE_GAZETTEER_NAMES } from '../gazetteer/siteLinks';
import { sampleHeightM, type ElevationGrid } from '../geo/dem';
import { ensureGazetteer, useGazetteer } from '../state/gazetteer';
import { firstGlobeDrawn } from './drawnSignal';
import { hasOverlay, useLayers } from '../state/layers';
import { useMoon } from '../state/moon';
import { useNavigation } from '../state/navigation';
import { useVisibleSites } from '../state/visibleSites';
import { labelSun } from './labelSun';
import { siteLabelObstacles } from './LabelLayout';
import { HALO, LABEL_PAD_PX, TIER_STYLES } from './nameLabelStyle';

/** At most this many names on screen at once. */
const MAX_LABELS = 160;
const out = createLabelLayout(MAX_LABELS);
const viewProjection = new Matrix4();
const view: LabelView = {
  viewProjection: viewProjection.elements,
  camX: 0,
  camY: 0,
  camZ: 0,
  widthPx: 1,
  heightPx: 1,
  topInsetPx: 60, // the toolbar
  bottomInsetPx: 28, // the status bar
  focalPx: 1,
  exaggeration: 1,
  sunOn: false,
  sunX: 0,
  sunY: 0,
  sunZ: 0,
};
/** The label set for the loaded gazetteer (module state: read every frame, built in effects). */
const current: { set: LabelSet | null; gazetteer: Gazetteer | null; grid: ElevationGrid | null } = {
  set: null,
  gazetteer: null,
  grid: null,
};
/** Set when the camera comes to rest: the next frame publishes what it placed. */
let publishPending = false;
/** The labelSun version the last layout used (a change re-publishes the layout). */
let sunVersion = -1;

/** Measure every name once with its tier's font (canvas 2D text metrics). */
function measureBoxes(set: LabelSet, g: Gazetteer, ctx: CanvasRenderingContext2D): void {
  for (let k = 0; k < g.count; k++) {
    const style = TIER_STYLES[set.tier[k]!]!;
    ctx.font = style.font;
    set.boxW[k] = Math.ceil(ctx.measureText(g.names[k]!).width) + 2 * LABEL_PAD_PX;
    set.boxH[k] = style.sizePx + 2 * LABEL_PAD_PX;
  }
}

/** For tests and kiosks: what the last resting frame placed, in CSS px. */
function publish(canvas: HTMLCanvasElement, g: Gazetteer): void {
  const labels = [];
  for (let j = 0; j < out.count; j++) {
    const k = out.feature[j]!;
    labels.push({
      id: g.featureId[k],
      name: g.names[k],
      x: Math.round(out.x0[j]! * 10) / 10,
      y: Math.round(out.y0[j]! * 10) / 10,
      w: out.w[j],
      h: out.h[j],
      alpha: out.alpha[j],
    });
  }
  canvas.dataset.labels = JSON.stringify(labels);
  // Which camera pose these are for (the pose NavigationControls published).
  canvas.dataset.camera = document.documentElement.dataset.camera ?? '';
}

/**
 * The names of the IAU gazetteer on the globe, drawn on a 2D canvas over the
 * 3D view: laid out each rendered frame by the pure placement function
 * (renderer/gazetteer/placement.ts) after the site labels, with nothing
 * allocated per frame. A click on a name opens its panel.
 *
 * @example <NameLabels />
 */
export function NameLabels() {
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const labelsOn = useLayers(hasOverlay('labels'));
  const gazetteer = useGazetteer((s) => s.gazetteer);
  const grid = useMoon((s) => s.layers?.elevationGrid);
  const sites = useVisibleSites();
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const ctxRef = useRef<CanvasRenderingContext2D | null>(null);

  // The names (565 KB of JSON, then a label layout) load once the globe's
  // first frame is on screen, not in competition with it.
  useEffect(() => {
    if (labelsOn) void firstGlobeDrawn().then(ensureGazetteer);
  }, [labelsOn]);

  // One 2D canvas over the WebGL canvas, under the DOM overlay.
  useEffect(() => {
    const host = gl.domElement.parentElement;
    if (!host) return;
    const canvas = document.createElement('canvas');
    canvas.className = 'name-labels';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.labels = '[]';
    Object.assign(canvas.style, {
      position: 'absolute',
      inset: '0',
      width: '100%',
      height: '100%',
      pointerEvents: 'none',
    });
    host.appendChild(canvas);
    canvasRef.current = canvas;
    ctxRef.current = canvas.getContext('2d');
    return () => {
      canvas.remove();
      canvasRef.current = null;
      ctxRef.current = null;
    };
  }, [gl]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = ctxRef.current;
    if (!canvas || !ctx) return;
    const dpr = gl.getPixelRatio();
    canvas.width = Math.round(size.width * dpr);
    canvas.height = Math.round(size.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    invalidate();
  }, [gl, size, invalidate]);

  // Build the label set once per gazetteer, its heights once per DEM, and
  // suppress names a site label already shows (no second name on top).
  useEffect(() => {
    const ctx = ctxRef.current;
    if (!gazetteer || !ctx) return;
    if (current.gazetteer !== gazetteer || !current.set) {
      current.set = createLabelSet(gazetteer);
      current.gazetteer = gazetteer;
      current.grid = null;
      measureBoxes(current.set, gazetteer, ctx);
    }
    const set = current.set;
    if (grid && current.grid !== grid) {
      for (let k = 0; k < set.count; k++) {
        set.heightM[k] = sampleHeightM(grid, gazetteer.latDeg[k]!, gazetteer.lonDeg[k]!);
      }
      current.grid = grid;
    }
    set.suppressed.fill(0);
    for (const site of sites) {
      const name = SITE_GAZETTEER_NAMES[site.id];
      const k = name ? gazetteer.names.indexOf(name) : -1;
      if (k >= 0) set.suppressed[k] = 1;
    }
    publishPending = true;
    invalidate();
  }, [gazetteer, grid, sites, invalidate]);

  useEffect(() => {
    publishPending = true;
    invalidate();
    return useNavigation.subscribe((s, prev) => {
      if (!s.moving && prev.moving) {
        publishPending = true;
        invalidate();
      }
    });
  }, [labelsOn, invalidate]);

  // Click (not drag) on a name: open its panel.
  useEffect(() => {
    const el = gl.domElement;
    let downX = 0;
    let downY = 0;
    const onDown = (e: PointerEvent) => {
      downX = e.clientX;
      downY = e.clientY;
    };
    const onUp = (e: PointerEvent) => {
      if (Math.hypot(e.clientX - downX, e.clientY - downY) > 4) return;
      const rect = el.getBoundingClientRect();
      const x = e.clientX - rect.left;
      const y = e.clientY - rect.top;
      for (let j = 0; j < out.count; j++) {
        if (
          x >= out.x0[j]! &&
          x <= out.x0[j]! + out.w[j]! &&
          y >= out.y0[j]! &&
          y <= out.y0[j]! + out.h[j]!
        ) {
          useGazetteer.getState().selectFeature(out.feature[j]!);
          return;
        }
      }
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
    };
  }, [gl]);

  useFrame(({ camera, size: s }) => {
    const ctx = ctxRef.current;
    const canvas = canvasRef.current;
    if (!ctx || !canvas) return;
    ctx.clearRect(0, 0, s.width, s.height);
    out.count = 0;
    const { set, gazetteer: g } = current;
    if (!labelsOn || !set || !g) {
      if (publishPending) {
        canvas.dataset.labels = '[]';
        canvas.dataset.camera = document.documentElement.dataset.camera ?? '';
      }
      publishPending = false;
      return;
    }
    viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    view.camX = camera.position.x;
    view.camY = camera.position.y;
    view.camZ = camera.position.z;
    view.widthPx = s.width;
    view.heightPx = s.height;
    const fovDeg = 'fov' in camera ? (camera.fov as number) : 35;
    view.focalPx = s.height / (2 * Math.tan((fovDeg * Math.PI) / 360));
    view.exaggeration = useMoon.getState().exaggeration;
    if (labelSun.version !== sunVersion) {
      sunVersion = labelSun.version;
      publishPending = true;
    }
    view.sunOn = labelSun.on;
    view.sunX = labelSun.x;
    view.sunY = labelSun.y;
    view.sunZ = labelSun.z;
    layoutLabels(set, view, siteLabelObstacles, out);
    ctx.strokeStyle = HALO.color;
    ctx.lineWidth = HALO.widthPx;
    let tier = -1;
    for (let j = 0; j < out.count; j++) {
      const k = out.feature[j]!;
      if (set.tier[k] !== tier) {
        tier = set.tier[k]!;
        ctx.font = TIER_STYLES[tier]!.font;
        ctx.fillStyle = TIER_STYLES[tier]!.color;
      }
      ctx.globalAlpha = out.alpha[j]!;
      const cx = out.x0[j]! + out.w[j]! / 2;
      const cy = out.y0[j]! + out.h[j]! / 2;
      ctx.strokeText(g.names[k]!, cx, cy);
      ctx.fillText(g.names[k]!, cx, cy);
    }
    ctx.globalAlpha = 1;
    if (publishPending && !useNavigation.getState().moving) {
      publishPending = false;
      publish(canvas, g);
    }
  });
  return null;
}
