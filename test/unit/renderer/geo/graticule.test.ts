import { describe, expect, it } from 'vitest';
import { angularDistanceRad, latLonToXYZ } from '../../../../renderer/geo/frame';
import {
  buildGraticule,
  formatLatDeg,
  formatLonDeg,
  type GraticuleLine,
} from '../../../../renderer/geo/graticule';

const of = (lines: GraticuleLine[], kind: GraticuleLine['kind']) =>
  lines.filter((l) => l.kind === kind);
const xyz = (p: { latDeg: number; lonDeg: number }) =>
  latLonToXYZ(p.latDeg, p.lonDeg, 0, { x: 0, y: 0, z: 0 });

describe('buildGraticule (30° default)', () => {
  const { lines, labels } = buildGraticule();
  const parallels = of(lines, 'parallel');
  const meridians = of(lines, 'meridian');
  const boundary = of(lines, 'near-far-boundary');

  it('has parallels every 30° between the poles', () => {
    expect(parallels.map((l) => l.valueDeg)).toEqual([-60, -30, 0, 30, 60]);
    for (const line of parallels) {
      expect(line.points.every((p) => p.latDeg === line.valueDeg)).toBe(true);
      expect(line.points[0]!.lonDeg).toBe(-180);
      expect(line.points.at(-1)!.lonDeg).toBe(180);
    }
  });

  it('has meridians every 30°, leaving ±90° to the boundary', () => {
    expect(meridians.map((l) => l.valueDeg)).toEqual([
      -180, -150, -120, -60, -30, 0, 30, 60, 120, 150,
    ]);
    for (const line of meridians) {
      expect(line.points.every((p) => p.lonDeg === line.valueDeg)).toBe(true);
      expect(line.points[0]!.latDeg).toBe(-90);
      expect(line.points.at(-1)!.latDeg).toBe(90);
    }
  });

  it('emphasises only the equator and the 0° meridian', () => {
    const emphasised = lines.filter((l) => l.emphasised).map((l) => `${l.kind} ${l.valueDeg}`);
    expect(emphasised.sort()).toEqual(['meridian 0', 'parallel 0']);
  });

  it('samples lines at most sampleStepDeg apart', () => {
    for (const line of lines) {
      for (let k = 1; k < line.points.length; k++) {
        const a = line.points[k - 1]!;
        const b = line.points[k]!;
        const stepDeg =
          (angularDistanceRad(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg) * 180) / Math.PI;
        expect(stepDeg).toBeLessThanOrEqual(2 + 1e-9);
      }
    }
  });

  it('draws the near/far boundary as one great circle 90° from lon 0 at the equator', () => {
    expect(boundary).toHaveLength(1);
    const points = boundary[0]!.points;
    for (const p of points) {
      expect(angularDistanceRad(0, 0, p.latDeg, p.lonDeg)).toBeCloseTo(Math.PI / 2, 12);
      // In the scene frame lon 0 faces +Z, so the limb lies in the z = 0 plane.
      expect(xyz(p).z).toBeCloseTo(0, 12);
    }
    // It passes through both poles and both limb points on the equator.
    const has = (lat: number, lon: number) =>
      points.some((p) => angularDistanceRad(lat, lon, p.latDeg, p.lonDeg) < 1e-12);
    expect(has(90, 0) && has(-90, 0) && has(0, 90) && has(0, -90)).toBe(true);
    // Closed: the last point is the first position.
    const first = xyz(points[0]!);
    const last = xyz(points.at(-1)!);
    expect(Math.hypot(first.x - last.x, first.y - last.y, first.z - last.z)).toBeLessThan(1e-12);
  });

  it('anchors labels on their lines, on the near and far sides', () => {
    const texts = (lonDeg: number) =>
      labels.filter((l) => l.kind === 'parallel' && l.lonDeg === lonDeg).map((l) => l.text);
    expect(texts(0)).toEqual(['60°S', '30°S', '0°', '30°N', '60°N']);
    expect(texts(180)).toEqual(texts(0));
    const meridianLabels = labels.filter((l) => l.kind === 'meridian');
    expect(meridianLabels.every((l) => l.latDeg === 0 && l.lonDeg === l.valueDeg)).toBe(true);
    expect(meridianLabels.map((l) => l.text)).toEqual([
      '180°',
      '150°W',
      '120°W',
      '90°W',
      '60°W',
      '30°W',
      '0°',
      '30°E',
      '60°E',
      '90°E',
      '120°E',
      '150°E',
    ]);
  });
});

describe('buildGraticule options', () => {
  it('draws every 15° with 11 parallels and 22 meridians plus the boundary', () => {
    const { lines } = buildGraticule({ stepDeg: 15 });
    expect(of(lines, 'parallel')).toHaveLength(11);
    expect(of(lines, 'meridian')).toHaveLength(22);
    expect(of(lines, 'near-far-boundary')).toHaveLength(1);
  });

  it('keeps the ±90° meridians when the boundary is off', () => {
    const { lines } = buildGraticule({ includeBoundary: false });
    expect(of(lines, 'near-far-boundary')).toHaveLength(0);
    expect(of(lines, 'meridian').map((l) => l.valueDeg)).toContain(90);
    expect(of(lines, 'meridian').map((l) => l.valueDeg)).toContain(-90);
  });

  it('rejects a step that does not divide 180', () => {
    expect(() => buildGraticule({ stepDeg: 7 })).toThrow(/divide 180/);
    expect(() => buildGraticule({ stepDeg: 0 })).toThrow(/divide 180/);
    expect(() => buildGraticule({ sampleStepDeg: 0 })).toThrow(/sampleStepDeg/);
  });
});

describe('formatLatDeg / formatLonDeg', () => {
  it('writes hemispheres', () => {
    expect(formatLatDeg(-45)).toBe('45°S');
    expect(formatLatDeg(0)).toBe('0°');
    expect(formatLonDeg(-180)).toBe('180°');
    expect(formatLonDeg(180)).toBe('180°');
    expect(formatLonDeg(15)).toBe('15°E');
  });
});
