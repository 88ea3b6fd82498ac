/**
 * Which names to draw where, for one frame (pure; allocates nothing per
 * call: every array is made once by `createLabelSet` / `createLabelLayout`).
 *
 * Rules, in order:
 *  - density follows the zoom: a feature is named only when it appears at
 *    least `minFeaturePx` across on screen (so the whole globe shows the
 *    maria and the great basins, a close view smaller craters), and
 *    satellite features (Copernicus A, …) only below `satelliteMaxDistance`;
 *  - priority by size (maria and other plains weigh triple); near the
 *    terminator first when a sun direction is given;
 *  - hidden behind the limb (and when seen too obliquely to read);
 *  - no overlaps: a label that would touch an obstacle (a site label or
 *    pin) or a label already placed is left out;
 *  - in the night, labels dim (alpha) rather than vanish.
 *
 * Frame: the Moon-fixed scene frame of renderer/geo/frame.ts (datum radius 1).
 */
import { MOON_RADIUS_KM, MOON_RADIUS_M } from '../../assets/format/georef';
import type { Gazetteer } from '../../assets/format/gazetteer';
import { latLonToXYZ } from '../geo/frame';

/** Size tiers: 0 = plains and seas (large italic), 1 = craters and the rest, 2 = satellite features. */
export const TIER_PLAINS = 0;
export const TIER_FEATURE = 1;
export const TIER_SATELLITE = 2;

const PLAINS = new Set(['ME', 'OC', 'LC', 'SI', 'PA', 'PL', 'AL']);
/** Landing-site names are points (metres across); label them like a 30 km feature. */
const LANDING_SITE_KM = 30;

/** Static per-feature data for labelling, made once when the gazetteer loads. */
export interface LabelSet {
  readonly count: number;
  /** Feature numbers sorted by labelling priority, highest first. */
  readonly order: Int32Array;
  /** Unit vectors of the centres (scene frame). */
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  readonly uz: Float64Array;
  /** DEM height at the centre, m (0 until `setLabelHeights`). */
  readonly heightM: Float64Array;
  /** Size used for density, km. */
  readonly sizeKm: Float64Array;
  readonly tier: Uint8Array;
  /** Label box size in CSS px (measured once by the renderer). */
  readonly boxW: Float32Array;
  readonly boxH: Float32Array;
  /** 1 = never label (e.g. a site label already names it). */
  readonly suppressed: Uint8Array;
}

export function createLabelSet(g: Gazetteer): LabelSet {
  const n = g.count;
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const uz = new Float64Array(n);
  const sizeKm = new Float64Array(n);
  const tier = new Uint8Array(n);
  const weight = new Float64Array(n);
  const p = { x: 0, y: 0, z: 0 };
  for (let k = 0; k < n; k++) {
    latLonToXYZ(g.latDeg[k]!, g.lonDeg[k]!, 0, p);
    ux[k] = p.x;
    uy[k] = p.y;
    uz[k] = p.z;
    const code = g.types[g.typeIndex[k]!]!;
    sizeKm[k] = code === 'LF' ? Math.max(LANDING_SITE_KM, g.diameterKm[k]!) : g.diameterKm[k]!;
    tier[k] = PLAINS.has(code) ? TIER_PLAINS : code === 'SF' ? TIER_SATELLITE : TIER_FEATURE;
    weight[k] = sizeKm[k]! * (tier[k] === TIER_PLAINS ? 3 : 1);
  }
  const order = Int32Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => weight[b]! - weight[a]! || a - b,
  );
  return {
    count: n,
    order,
    ux,
    uy,
    uz,
    heightM: new Float64Array(n),
    sizeKm,
    tier,
    boxW: new Float32Array(n),
    boxH: new Float32Array(n),
    suppressed: new Uint8Array(n),
  };
}

/** The camera for one frame. */
export interface LabelView {
  /** View-projection matrix, column-major (three.js Matrix4.elements order). */
  viewProjection: ArrayLike<number>;
  /** Camera position, scene frame. */
  camX: number;
  camY: number;
  camZ: number;
  /** Viewport in CSS px, and the focal length in px (height / (2·tan(fov/2))). */
  widthPx: number;
  heightPx: number;
  /** Bands at the top and bottom kept free (toolbar, status bar), CSS px. */
  topInsetPx: number;
  bottomInsetPx: number;
  focalPx: number;
  exaggeration: number;
  /** Unit vector toward the Sun (scene frame), when sunlight is on. */
  sunOn: boolean;
  sunX: number;
  sunY: number;
  sunZ: number;
}

export interface LabelRules {
  /** A feature gets a name when it is at least this many px across. */
  minFeaturePx: number;
  /** Satellite features only when the camera is closer than this (datum radii). */
  satelliteMaxDistance: number;
  /** Labels whose surface faces the eye less than this cosine are hidden (limb). */
  minFacingCos: number;
  /** Within this |cos| of the sun direction a feature is "on the terminator". */
  terminatorCos: number;
  nightAlpha: number;
  /** Stop after this many candidates have been tried (bounds the cost). */
  maxTried: number;
}

export const DEFAULT_LABEL_RULES: LabelRules = {
  minFeaturePx: 24,
  satelliteMaxDistance: 1.35,
  minFacingCos: 0.2,
  terminatorCos: 0.12,
  nightAlpha: 0.45,
  maxTried: 4000,
};

/** Output of one layout: `count` placed labels, each a feature and its box (top-left, CSS px). */
export interface LabelLayout {
  count: number;
  readonly capacity: number;
  readonly feature: Int32Array;
  readonly x0: Float32Array;
  readonly y0: Float32Array;
  readonly w: Float32Array;
  readonly h: Float32Array;
  readonly alpha: Float32Array;
}

export function createLabelLayout(capacity: number): LabelLayout {
  return {
    count: 0,
    capacity,
    feature: new Int32Array(capacity),
    x0: new Float32Array(capacity),
    y0: new Float32Array(capacity),
    w: new Float32Array(capacity),
    h: new Float32Array(capacity),
    alpha: new Float32Array(capacity),
  };
}

/** Rectangles other labels must not cover: x0, y0, x1, y1 runs. */
export interface Obstacles {
  boxes: ArrayLike<number>;
  count: number;
}

function overlaps(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  out: LabelLayout,
  obstacles: Obstacles,
): boolean {
  const b = obstacles.boxes;
  for (let k = 0; k < 4 * obstacles.count; k += 4) {
    if (x0 < b[k + 2]! && x1 > b[k]! && y0 < b[k + 3]! && y1 > b[k + 1]!) return true;
  }
  for (let k = 0; k < out.count; k++) {
    const ax = out.x0[k]!;
    const ay = out.y0[k]!;
    if (x0 < ax + out.w[k]! && x1 > ax && y0 < ay + out.h[k]! && y1 > ay) return true;
  }
  return false;
}

/**
 * Place names for one frame into `out` (out.count = how many). Returns the
 * number of candidates tried (for the benchmark).
 */
export function layoutLabels(
  set: LabelSet,
  view: LabelView,
  obstacles: Obstacles,
  out: LabelLayout,
  rules: LabelRules = DEFAULT_LABEL_RULES,
): number {
  out.count = 0;
  const m = view.viewProjection;
  const camDist = Math.hypot(view.camX, view.camY, view.camZ);
  const satellites = camDist < rules.satelliteMaxDistance;
  const exaggerationScale = view.exaggeration / MOON_RADIUS_M;
  // Px per km at distance 1 scene unit from the eye.
  const pxPerKmAtUnit = view.focalPx / MOON_RADIUS_KM;
  let tried = 0;
  // Pass 0: the terminator region first (sunlight only); pass 1: everything else.
  for (let pass = view.sunOn ? 0 : 1; pass < 2; pass++) {
    for (let i = 0; i < set.count; i++) {
      const k = set.order[i]!;
      if (set.suppressed[k]) continue;
      const tier = set.tier[k]!;
      if (tier === TIER_SATELLITE && !satellites) continue;
      const nx = set.ux[k]!;
      const ny = set.uy[k]!;
      const nz = set.uz[k]!;
      let sunCos = 1;
      if (view.sunOn) {
        sunCos = nx * view.sunX + ny * view.sunY + nz * view.sunZ;
        const onTerminator = Math.abs(sunCos) < rules.terminatorCos;
        if (onTerminator !== (pass === 0)) continue;
      }
      const r = 1 + set.heightM[k]! * exaggerationScale;
      const px = nx * r;
      const py = ny * r;
      const pz = nz * r;
      const ex = view.camX - px;
      const ey = view.camY - py;
      const ez = view.camZ - pz;
      const eyeDist = Math.hypot(ex, ey, ez);
      // Behind the limb, or so oblique the name would sit on the horizon.
      if ((nx * ex + ny * ey + nz * ez) / eyeDist < rules.minFacingCos) continue;
      // Density: big enough on screen at this distance.
      if ((set.sizeKm[k]! * pxPerKmAtUnit) / eyeDist < rules.minFeaturePx) continue;
      if (++tried > rules.maxTried) return tried;
      const cw = m[3]! * px + m[7]! * py + m[11]! * pz + m[15]!;
      if (cw <= 0) continue;
      const ndcX = (m[0]! * px + m[4]! * py + m[8]! * pz + m[12]!) / cw;
      const ndcY = (m[1]! * px + m[5]! * py + m[9]! * pz + m[13]!) / cw;
      const sx = ((ndcX + 1) / 2) * view.widthPx;
      const sy = ((1 - ndcY) / 2) * view.heightPx;
      const w = set.boxW[k]!;
      const h = set.boxH[k]!;
      const x0 = sx - w / 2;
      if (x0 < 0 || x0 + w > view.widthPx) continue;
      // Names of plains may move half a line up or down to find room; others sit on their feature.
      const tries = tier === TIER_PLAINS ? 3 : 1;
      let y0 = 0;
      let free = false;
      for (let c = 0; c < tries && !free; c++) {
        y0 = sy - h / 2 + (c === 0 ? 0 : c === 1 ? h : -h);
        free =
          y0 >= view.topInsetPx &&
          y0 + h <= view.heightPx - view.bottomInsetPx &&
          !overlaps(x0, y0, x0 + w, y0 + h, out, obstacles);
      }
      if (!free) continue;
      const j = out.count++;
      out.feature[j] = k;
      out.x0[j] = x0;
      out.y0[j] = y0;
      out.w[j] = w;
      out.h[j] = h;
      out.alpha[j] = view.sunOn && sunCos < 0 ? rules.nightAlpha : 1;
      if (out.count === out.capacity) return tried;
    }
  }
  return tried;
}
