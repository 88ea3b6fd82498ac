/**
 * Latitude/longitude grid lines and their label anchors (pure; no React, DOM
 * or three.js). Points are selenographic lat/lon in degrees (east-positive);
 * the scene turns them into XYZ with `latLonToXYZ`.
 *
 * The near/far-side boundary is the great circle through the poles at
 * longitudes ±90°: the limb seen from Earth at zero libration, since the
 * Moon-fixed frame puts the mean sub-Earth point at lat 0 / lon 0.
 */
import type { LatLonDeg } from '../../assets/format/georef';

export type GraticuleLineKind = 'parallel' | 'meridian' | 'near-far-boundary';

export interface GraticuleLine {
  kind: GraticuleLineKind;
  /** Latitude of a parallel, longitude of a meridian, 90 for the boundary. */
  valueDeg: number;
  /** The equator and the 0° meridian. */
  emphasised: boolean;
  /**
   * Polyline. Parallels and the boundary are closed rings whose last point
   * repeats the first position; meridians run from the south pole to the north.
   */
  points: LatLonDeg[];
}

export interface GraticuleLabel {
  kind: 'parallel' | 'meridian';
  valueDeg: number;
  /** e.g. '30°N', '0°', '150°W', '180°'. */
  text: string;
  /** Where the label sits: on its line (the UI offsets it as it likes). */
  latDeg: number;
  lonDeg: number;
}

export interface Graticule {
  lines: GraticuleLine[];
  labels: GraticuleLabel[];
}

export interface GraticuleOptions {
  /** Spacing of lines; must divide 180. Default 30. */
  stepDeg?: number;
  /** Spacing of the points along each line. Default 2. */
  sampleStepDeg?: number;
  /**
   * Add the near/far-side boundary as its own line. The ±90° meridians are
   * then left out of the plain meridians so nothing is drawn twice. Default true.
   */
  includeBoundary?: boolean;
  /** Meridians along which parallels are labelled. Default [0, 180] (near and far side). */
  parallelLabelLonsDeg?: readonly number[];
}

/** '30°N', '45°S', '0°' for a latitude. */
export function formatLatDeg(latDeg: number): string {
  if (latDeg === 0) return '0°';
  return `${Math.abs(latDeg)}°${latDeg > 0 ? 'N' : 'S'}`;
}

/** '60°E', '150°W', '0°', '180°' for a longitude. */
export function formatLonDeg(lonDeg: number): string {
  if (lonDeg === 0) return '0°';
  if (Math.abs(lonDeg) === 180) return '180°';
  return `${Math.abs(lonDeg)}°${lonDeg > 0 ? 'E' : 'W'}`;
}

function meridianPoints(lonDeg: number, sampleStepDeg: number): LatLonDeg[] {
  const n = Math.ceil(180 / sampleStepDeg);
  const points: LatLonDeg[] = [];
  for (let k = 0; k <= n; k++) points.push({ latDeg: -90 + (180 * k) / n, lonDeg });
  return points;
}

function parallelPoints(latDeg: number, sampleStepDeg: number): LatLonDeg[] {
  const n = Math.ceil(360 / sampleStepDeg);
  const points: LatLonDeg[] = [];
  for (let k = 0; k <= n; k++) points.push({ latDeg, lonDeg: -180 + (360 * k) / n });
  return points;
}

/** Build the grid lines and label anchors. Allocates; call once, not per frame. */
export function buildGraticule(options: GraticuleOptions = {}): Graticule {
  const {
    stepDeg = 30,
    sampleStepDeg = 2,
    includeBoundary = true,
    parallelLabelLonsDeg = [0, 180],
  } = options;
  const perHalfTurn = 180 / stepDeg;
  if (!(stepDeg > 0) || Math.abs(perHalfTurn - Math.round(perHalfTurn)) > 1e-9) {
    throw new RangeError(`graticule stepDeg must divide 180, got ${stepDeg}`);
  }
  if (!(sampleStepDeg > 0)) {
    throw new RangeError(`graticule sampleStepDeg must be positive, got ${sampleStepDeg}`);
  }
  const count = Math.round(perHalfTurn);
  const lines: GraticuleLine[] = [];
  const labels: GraticuleLabel[] = [];

  // Parallels strictly between the poles (a pole is a point, not a line).
  for (let k = 1; k < count; k++) {
    const latDeg = -90 + k * stepDeg;
    lines.push({
      kind: 'parallel',
      valueDeg: latDeg,
      emphasised: latDeg === 0,
      points: parallelPoints(latDeg, sampleStepDeg),
    });
    for (const lonDeg of parallelLabelLonsDeg) {
      labels.push({
        kind: 'parallel',
        valueDeg: latDeg,
        text: formatLatDeg(latDeg),
        latDeg,
        lonDeg,
      });
    }
  }

  // Meridians at −180 … 180 − step (−180 and 180 are the same line).
  for (let k = 0; k < 2 * count; k++) {
    const lonDeg = -180 + k * stepDeg;
    const onBoundary = Math.abs(lonDeg) === 90;
    if (!(includeBoundary && onBoundary)) {
      lines.push({
        kind: 'meridian',
        valueDeg: lonDeg,
        emphasised: lonDeg === 0,
        points: meridianPoints(lonDeg, sampleStepDeg),
      });
    }
    labels.push({
      kind: 'meridian',
      valueDeg: lonDeg,
      text: formatLonDeg(lonDeg),
      latDeg: 0,
      lonDeg,
    });
  }

  if (includeBoundary) {
    // Up the 90°E meridian, down the 90°W one: one closed great circle that
    // starts and ends at the south pole.
    const east = meridianPoints(90, sampleStepDeg);
    const west = meridianPoints(-90, sampleStepDeg).reverse();
    lines.push({
      kind: 'near-far-boundary',
      valueDeg: 90,
      emphasised: false,
      points: [...east, ...west.slice(1)],
    });
  }
  return { lines, labels };
}
