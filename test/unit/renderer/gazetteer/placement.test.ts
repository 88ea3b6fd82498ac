import { readFileSync } from 'node:fs';
import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer, type Gazetteer } from '../../../../assets/format/gazetteer';
import { OUTPUT } from '../../../../assets/gazetteer/cli';
import {
  createLabelLayout,
  createLabelSet,
  DEFAULT_LABEL_RULES,
  layoutLabels,
  type LabelLayout,
  type LabelSet,
  type LabelView,
} from '../../../../renderer/gazetteer/placement';

const W = 1100;
const H = 760;
const FOV = 35;
const DEG = Math.PI / 180;

const real = decodeGazetteer(JSON.parse(readFileSync(OUTPUT, 'utf8')));

function withBoxes(set: LabelSet, g: Gazetteer): LabelSet {
  for (let k = 0; k < g.count; k++) {
    set.boxW[k] = 7 * g.names[k]!.length + 8;
    set.boxH[k] = 16;
  }
  return set;
}

/** A camera looking at the Moon's centre from above (latDeg, lonDeg), `distance` datum radii out; three.js builds the matrix. */
function viewFrom(
  latDeg: number,
  lonDeg: number,
  distance: number,
  sun?: [number, number, number],
): LabelView {
  const camera = new PerspectiveCamera(FOV, W / H, 0.01, 100);
  const c = Math.cos(latDeg * DEG);
  camera.position.set(
    distance * c * Math.sin(lonDeg * DEG),
    distance * Math.sin(latDeg * DEG),
    distance * c * Math.cos(lonDeg * DEG),
  );
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  const vp = camera.projectionMatrix.clone().multiply(camera.matrixWorldInverse);
  return {
    viewProjection: vp.elements,
    camX: camera.position.x,
    camY: camera.position.y,
    camZ: camera.position.z,
    widthPx: W,
    heightPx: H,
    topInsetPx: 0,
    bottomInsetPx: 0,
    focalPx: H / (2 * Math.tan((FOV / 2) * DEG)),
    exaggeration: 1,
    sunOn: !!sun,
    sunX: sun?.[0] ?? 0,
    sunY: sun?.[1] ?? 0,
    sunZ: sun?.[2] ?? 0,
  };
}

const NO_OBSTACLES = { boxes: new Float64Array(0), count: 0 };

function placed(out: LabelLayout) {
  return Array.from({ length: out.count }, (_, j) => ({
    k: out.feature[j]!,
    x0: out.x0[j]!,
    y0: out.y0[j]!,
    x1: out.x0[j]! + out.w[j]!,
    y1: out.y0[j]! + out.h[j]!,
    alpha: out.alpha[j]!,
  }));
}

function expectNoOverlaps(boxes: ReturnType<typeof placed>) {
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      const disjoint = p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0;
      expect(disjoint, `${real.names[p.k]} / ${real.names[q.k]}`).toBe(true);
    }
  }
}

/** Angle between a feature's centre and the point under the camera (great circle). */
function angleFromNadirDeg(g: Gazetteer, k: number, latDeg: number, lonDeg: number) {
  const a = g.latDeg[k]! * DEG;
  const b = latDeg * DEG;
  const cos =
    Math.sin(a) * Math.sin(b) + Math.cos(a) * Math.cos(b) * Math.cos((g.lonDeg[k]! - lonDeg) * DEG);
  return Math.acos(Math.min(1, cos)) / DEG;
}

describe('label placement', () => {
  const set = withBoxes(createLabelSet(real), real);

  it('whole globe: seas and great basins only, no overlaps, nothing past the limb', () => {
    const out = createLabelLayout(200);
    layoutLabels(set, viewFrom(0, 0, 4.2), NO_OBSTACLES, out);
    const boxes = placed(out);
    expect(boxes.length).toBeGreaterThan(15);
    expectNoOverlaps(boxes);
    // The smallest feature that is minFeaturePx across seen from 3.2 radii away, at best.
    const minKm =
      (DEFAULT_LABEL_RULES.minFeaturePx * 3.2 * 1737.4) / (H / (2 * Math.tan((FOV / 2) * DEG)));
    for (const b of boxes) {
      expect(real.diameterKm[b.k]!).toBeGreaterThan(minKm);
      expect(angleFromNadirDeg(real, b.k, 0, 0)).toBeLessThan(90);
      expect(real.types[real.typeIndex[b.k]!]).not.toBe('SF');
    }
    const names = boxes.map((b) => real.names[b.k]);
    expect(names).toContain('Oceanus Procellarum');
    expect(names).toContain('Mare Imbrium');
    expect(names).not.toContain('Tsiolkovskiy'); // far side, behind the limb
  });

  it('the far side names the far side', () => {
    const out = createLabelLayout(200);
    layoutLabels(set, viewFrom(0, 180, 4.2), NO_OBSTACLES, out);
    const names = placed(out).map((b) => real.names[b.k]);
    expect(names).toContain('Apollo');
    expect(names).toContain('Hertzsprung');
    expect(names).toContain('Mare Moscoviense');
    expect(names).not.toContain('Mare Imbrium');
  });

  it('closer in: more and smaller names, satellite features, still no overlaps', () => {
    const whole = createLabelLayout(300);
    layoutLabels(set, viewFrom(-43.3, -11.2, 4.2), NO_OBSTACLES, whole);
    const close = createLabelLayout(300);
    layoutLabels(set, viewFrom(-43.3, -11.2, 1.2), NO_OBSTACLES, close);
    const wholeBoxes = placed(whole);
    const closeBoxes = placed(close);
    expectNoOverlaps(closeBoxes);
    const smallest = (bs: typeof closeBoxes) => Math.min(...bs.map((b) => real.diameterKm[b.k]!));
    expect(smallest(closeBoxes)).toBeLessThan(smallest(wholeBoxes) / 3);
    expect(closeBoxes.some((b) => real.types[real.typeIndex[b.k]!] === 'SF')).toBe(true);
    expect(closeBoxes.map((b) => real.names[b.k])).toContain('Tycho');
    // All within the view and on the visible cap.
    for (const b of closeBoxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.y1).toBeLessThanOrEqual(H);
      expect(angleFromNadirDeg(real, b.k, -43.3, -11.2)).toBeLessThan(40);
    }
  });

  it('keeps clear of obstacles (site labels and pins)', () => {
    const out = createLabelLayout(200);
    const obstacle = new Float64Array([W / 2 - 150, H / 2 - 100, W / 2 + 150, H / 2 + 100]);
    layoutLabels(set, viewFrom(-43.3, -11.2, 1.2), { boxes: obstacle, count: 1 }, out);
    for (const b of placed(out)) {
      const clear =
        b.x1 <= obstacle[0]! ||
        b.x0 >= obstacle[2]! ||
        b.y1 <= obstacle[1]! ||
        b.y0 >= obstacle[3]!;
      expect(clear).toBe(true);
    }
  });
});

/** A tiny gazetteer of craters, for rules that need exact positions. */
function synthetic(features: { lat: number; lon: number; d: number; type?: string }[]): Gazetteer {
  const n = features.length;
  const types = ['AA', 'SF', 'ME'];
  return {
    count: n,
    credit: '',
    types,
    featureId: Int32Array.from(features, (_, k) => k + 1),
    names: features.map((_, k) => `F${k}`),
    typeIndex: Uint8Array.from(features, (f) => types.indexOf(f.type ?? 'AA')),
    latDeg: Float64Array.from(features, (f) => f.lat),
    lonDeg: Float64Array.from(features, (f) => f.lon),
    diameterKm: Float64Array.from(features, (f) => f.d),
    origins: features.map(() => ''),
  };
}

describe('label placement rules', () => {
  it('the bigger feature wins where two names would overlap', () => {
    const g = synthetic([
      { lat: 0, lon: 0, d: 200 },
      { lat: 0.1, lon: 0.1, d: 400 },
    ]);
    const set = withBoxes(createLabelSet(g), g);
    const out = createLabelLayout(10);
    layoutLabels(set, viewFrom(0, 0, 4.2), NO_OBSTACLES, out);
    expect(placed(out).map((b) => b.k)).toEqual([1]);
  });

  it('a label is centred on its feature as the camera projects it', () => {
    const g = synthetic([{ lat: 10, lon: 20, d: 400 }]);
    const set = withBoxes(createLabelSet(g), g);
    const out = createLabelLayout(10);
    const view = viewFrom(0, 0, 4.2);
    layoutLabels(set, view, NO_OBSTACLES, out);
    // Independent projection: three.js Vector3.project.
    const camera = new PerspectiveCamera(FOV, W / H, 0.01, 100);
    camera.position.set(view.camX, view.camY, view.camZ);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    const c = Math.cos(10 * DEG);
    const p = new Vector3(
      c * Math.sin(20 * DEG),
      Math.sin(10 * DEG),
      c * Math.cos(20 * DEG),
    ).project(camera);
    const b = placed(out)[0]!;
    expect((b.x0 + b.x1) / 2).toBeCloseTo(((p.x + 1) / 2) * W, 3);
    expect((b.y0 + b.y1) / 2).toBeCloseTo(((1 - p.y) / 2) * H, 3);
  });

  it('sunlight: night-side names dim, and the terminator is named first', () => {
    // A row of equal craters along the equator; the Sun over lon +90°.
    const row = Array.from({ length: 30 }, (_, i) => ({ lat: 0, lon: -70 + i * 5, d: 300 }));
    const g = synthetic(row);
    const set = withBoxes(createLabelSet(g), g);
    const out = createLabelLayout(3);
    layoutLabels(set, viewFrom(0, 0, 4.2, [1, 0, 0]), NO_OBSTACLES, out);
    for (const b of placed(out)) expect(Math.abs(g.lonDeg[b.k]!)).toBeLessThan(7); // cos < 0.12
    const all = createLabelLayout(60);
    layoutLabels(set, viewFrom(0, 0, 4.2, [1, 0, 0]), NO_OBSTACLES, all);
    for (const b of placed(all)) {
      expect(b.alpha).toBeCloseTo(g.lonDeg[b.k]! < 0 ? DEFAULT_LABEL_RULES.nightAlpha : 1, 6);
    }
    expect(placed(all).some((b) => b.alpha < 1)).toBe(true);
  });

  it('satellite features only at close zoom', () => {
    const g = synthetic([{ lat: 0, lon: 0, d: 900, type: 'SF' }]);
    const set = withBoxes(createLabelSet(g), g);
    const out = createLabelLayout(4);
    layoutLabels(set, viewFrom(0, 0, 4.2), NO_OBSTACLES, out);
    expect(out.count).toBe(0);
    layoutLabels(set, viewFrom(0, 0, 1.3), NO_OBSTACLES, out);
    expect(out.count).toBe(1);
  });
});
