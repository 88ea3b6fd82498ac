import { describe, expect, it } from 'vitest';
import { computeNormalMap, encodeUnit, MIN_COS_LAT } from '../../../assets/tool/normal-map';

// A small sphere so that test slopes are steep enough to differ by several 8-bit levels.
const R = 20_000;
const W = 36;
const H = 18;
const dLon = (2 * Math.PI) / W;
const dLat = Math.PI / H;

function pixel(rgb: Uint8Array, i: number, j: number): number[] {
  const o = (j * W + i) * 3;
  return [rgb[o]!, rgb[o + 1]!, rgb[o + 2]!];
}

/** Expected RGB for slopes (∂h/∂east, ∂h/∂north), from the definition n ∝ (−sx, −sy, 1). */
function expectedRgb(sx: number, sy: number): number[] {
  const len = Math.hypot(sx, sy, 1);
  return [-sx / len, -sy / len, 1 / len].map((c) => Math.round((c * 0.5 + 0.5) * 255));
}

function grid(f: (i: number, j: number) => number): Int16Array {
  const h = new Int16Array(W * H);
  for (let j = 0; j < H; j++) for (let i = 0; i < W; i++) h[j * W + i] = f(i, j);
  return h;
}

const run = (heights: Int16Array, exaggeration = 1) =>
  computeNormalMap({ width: W, height: H, heights, scaleM: 0.5, radiusM: R, exaggeration });

describe('computeNormalMap', () => {
  it('encodes a flat surface as (128, 128, 255) everywhere', () => {
    const rgb = run(new Int16Array(W * H).fill(1234));
    for (let k = 0; k < W * H; k++)
      expect(pixel(rgb, k % W, Math.floor(k / W))).toEqual([128, 128, 255]);
  });

  it('tilts north-rising terrain toward the south (−north), with one-sided edges', () => {
    // Height rises 3000 half-metres (1.5 km) per row going north (stays inside int16).
    const rgb = run(grid((_i, j) => (H - j) * 3000 - 27000));
    const slope = 1500 / (R * dLat); // metres per metre, northward
    expect(pixel(rgb, 5, 9)).toEqual(expectedRgb(0, slope));
    expect(pixel(rgb, 5, 0)).toEqual(expectedRgb(0, slope)); // one-sided at the north edge
    expect(pixel(rgb, 5, H - 1)).toEqual(expectedRgb(0, slope));
    expect(pixel(rgb, 5, 9)[1]).toBeLessThan(128);
  });

  it('uses R·cos(lat)·Δλ as east spacing', () => {
    // Height rises 1000 half-metres (500 m) per column going east (interior columns only).
    const rgb = run(grid((i) => i * 1000 - 18000));
    for (const j of [2, 8, 14]) {
      const lat = Math.PI / 2 - (j + 0.5) * dLat;
      const slope = 500 / (R * Math.cos(lat) * dLon);
      expect(pixel(rgb, 10, j)).toEqual(expectedRgb(slope, 0));
      expect(pixel(rgb, 10, j)[0]).toBeLessThan(128);
    }
  });

  it('wraps across ±180°: the first and last columns see each other', () => {
    // A single raised column at the seam (i = 0): its neighbours slope toward it.
    const rgb = run(grid((i) => (i === 0 ? 2000 : 0)));
    const j = 9;
    const lat = Math.PI / 2 - (j + 0.5) * dLat;
    const slope = 1000 / (2 * R * Math.cos(lat) * dLon);
    expect(pixel(rgb, W - 1, j)).toEqual(expectedRgb(slope, 0)); // west of the seam: rising east
    expect(pixel(rgb, 1, j)).toEqual(expectedRgb(-slope, 0)); // east of the seam: falling east
    expect(pixel(rgb, 0, j)).toEqual([128, 128, 255]);
  });

  it('near the poles measures east slopes over about one row of ground', () => {
    // 4000 × 2000: a row is as tall as a column is wide at the equator, so
    // at row 0 (cos(lat) clamped to MIN_COS_LAT) the stencil spans 1/0.01 = 100 columns.
    const w = 4000;
    const h = 2000;
    const run0 = (heights: Int16Array) =>
      computeNormalMap({ width: w, height: h, heights, scaleM: 0.5, radiusM: R, exaggeration: 1 });
    // A uniform east ramp (0.5 m a column, every row): the same slope whatever the stencil width.
    const ramp = new Int16Array(w * h);
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) ramp[j * w + i] = i % 8000;
    const slope = 0.5 / (R * MIN_COS_LAT * ((2 * Math.PI) / w));
    const rgb = run0(ramp);
    const o = 1000 * 3;
    expect([rgb[o], rgb[o + 1], rgb[o + 2]]).toEqual(expectedRgb(slope, 0));
    // A one-column spike (1000 m) no longer walls off its next neighbour…
    const spike = new Int16Array(w * h);
    spike[2] = 2000;
    const flat = run0(spike);
    expect([flat[3 * 3], flat[3 * 3 + 1], flat[3 * 3 + 2]]).toEqual([128, 128, 255]);
    // …and is measured where the stencil reaches it, over 200 columns of ground.
    const seen = 102 * 3;
    const tiny = -1000 / (2 * 100 * R * MIN_COS_LAT * ((2 * Math.PI) / w));
    expect([flat[seen], flat[seen + 1], flat[seen + 2]]).toEqual(expectedRgb(tiny, 0));
  });

  it('scales slopes by the exaggeration', () => {
    const heights = grid((i) => i * 1000 - 18000);
    const j = 9;
    const lat = Math.PI / 2 - (j + 0.5) * dLat;
    const slope = 500 / (R * Math.cos(lat) * dLon);
    expect(pixel(run(heights, 4), 10, j)).toEqual(expectedRgb(4 * slope, 0));
  });

  it('encodes unit components as n·0.5+0.5 over 0…255', () => {
    expect([encodeUnit(-1), encodeUnit(0), encodeUnit(1)]).toEqual([0, 128, 255]);
  });
});
