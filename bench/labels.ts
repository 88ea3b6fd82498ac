/**
 * `npm run bench:labels`: cost of one name-label layout (the pure placement
 * over all 9,049 gazetteer features) at the whole-globe view and at close
 * views, in Node. Boxes are sized from the name length (the app measures
 * them with canvas text metrics); drawing the text is not included.
 */
import { readFileSync } from 'node:fs';
import { PerspectiveCamera } from 'three';
import { decodeGazetteer } from '../assets/format/gazetteer';
import { OUTPUT } from '../assets/gazetteer/cli';
import {
  createLabelLayout,
  createLabelSet,
  layoutLabels,
  type LabelView,
} from '../renderer/gazetteer/placement';

const W = 1100;
const H = 760;
const FOV = 35;
const DEG = Math.PI / 180;

const g = decodeGazetteer(JSON.parse(readFileSync(OUTPUT, 'utf8')));
const set = createLabelSet(g);
for (let k = 0; k < g.count; k++) {
  set.boxW[k] = 7 * g.names[k]!.length + 8;
  set.boxH[k] = set.tier[k] === 0 ? 20 : 18;
}
const out = createLabelLayout(160);
const obstacles = { boxes: new Float64Array(0), count: 0 };

function viewFrom(latDeg: number, lonDeg: number, distance: number): LabelView {
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
    topInsetPx: 60,
    bottomInsetPx: 28,
    focalPx: H / (2 * Math.tan((FOV / 2) * DEG)),
    exaggeration: 3,
    sunOn: false,
    sunX: 0,
    sunY: 0,
    sunZ: 0,
  };
}

const cases: [string, LabelView][] = [
  ['whole globe, near side (alt 5,560 km)', viewFrom(0, 0, 4.2)],
  ['whole globe, far side', viewFrom(0, 180, 4.2)],
  ['close, highlands at Tycho (alt 270 km)', viewFrom(-43.3, -11.2, 1.155)],
  ['close, Tsiolkovskiy (alt 590 km)', viewFrom(-20.4, 129, 1.34)],
];

const rows = cases.map(([name, view]) => {
  for (let i = 0; i < 50; i++) layoutLabels(set, view, obstacles, out); // warm up
  const runs = 400;
  const times: number[] = [];
  let tried = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    tried = layoutLabels(set, view, obstacles, out);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    view: name,
    'median ms': times[runs >> 1]!.toFixed(3),
    'p95 ms': times[Math.floor(runs * 0.95)]!.toFixed(3),
    placed: out.count,
    tried,
  };
});
console.table(rows);
