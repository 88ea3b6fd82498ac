import { describe, expect, it } from 'vitest';
import { latLonToXYZ, xyzToLatLon } from '../../../../renderer/geo/frame';
import { buildSphereArrays } from '../../../../renderer/geo/sphere';

const v = () => ({ x: 0, y: 0, z: 0 });

describe('the Moon-fixed frame (DESIGN.md §2)', () => {
  it('puts lat 0 / lon 0 on +Z, lon +90 on +X, the north pole on +Y', () => {
    expect(latLonToXYZ(0, 0, 0, v())).toEqual({ x: 0, y: 0, z: 1 });
    const east = latLonToXYZ(0, 90, 0, v());
    expect(east.x).toBeCloseTo(1, 15);
    expect(east.z).toBeCloseTo(0, 15);
    const north = latLonToXYZ(90, 0, 0, v());
    expect(north.y).toBeCloseTo(1, 15);
    const far = latLonToXYZ(0, 180, 0, v());
    expect(far.z).toBeCloseTo(-1, 15);
  });

  it('adds height above the 1737.4 km datum', () => {
    const p = latLonToXYZ(0, 0, 1737.4, v(), 1000);
    expect(p.z).toBeCloseTo(1001, 9);
  });

  it('round-trips lat/lon through XYZ', () => {
    for (let lat = -89; lat <= 89; lat += 7.3) {
      for (let lon = -179; lon <= 179; lon += 11.7) {
        const back = xyzToLatLon(latLonToXYZ(lat, lon, 500, v()));
        expect(back.latDeg).toBeCloseTo(lat, 10);
        expect(back.lonDeg).toBeCloseTo(lon, 10);
      }
    }
  });
});

describe('globe mesh', () => {
  const lonSegments = 36;
  const latSegments = 18;
  const a = buildSphereArrays(lonSegments, latSegments);

  it('gives every vertex the UV of its own lat/lon under the kit georeferencing', () => {
    const n = a.positions.length / 3;
    for (let k = 0; k < n; k++) {
      const p = { x: a.positions[3 * k]!, y: a.positions[3 * k + 1]!, z: a.positions[3 * k + 2]! };
      const { latDeg, lonDeg } = xyzToLatLon(p);
      const u = a.uvs[2 * k]!;
      const vv = a.uvs[2 * k + 1]!;
      // v = (lat + 90)/180 everywhere, poles included.
      expect(vv).toBeCloseTo((latDeg + 90) / 180, 6);
      if (Math.abs(latDeg) > 89.999) continue; // longitude is undefined at a pole
      // u = (lon + 180)/360; the seam column sits at both u = 0 and u = 1.
      const expected = (lonDeg + 180) / 360;
      const du = Math.min(Math.abs(u - expected), Math.abs(Math.abs(u - expected) - 1));
      expect(du).toBeLessThan(1e-6);
    }
  });

  it('is closed and faces outward', () => {
    let outward = 0;
    const tri = a.indices.length / 3;
    for (let t = 0; t < tri; t++) {
      const [i, j, k] = [a.indices[3 * t]!, a.indices[3 * t + 1]!, a.indices[3 * t + 2]!];
      const P = (q: number) => [
        a.positions[3 * q]!,
        a.positions[3 * q + 1]!,
        a.positions[3 * q + 2]!,
      ];
      const [p0, p1, p2] = [P(i), P(j), P(k)];
      const e1 = p1.map((c, m) => c - p0[m]!);
      const e2 = p2.map((c, m) => c - p0[m]!);
      const nrm = [
        e1[1]! * e2[2]! - e1[2]! * e2[1]!,
        e1[2]! * e2[0]! - e1[0]! * e2[2]!,
        e1[0]! * e2[1]! - e1[1]! * e2[0]!,
      ];
      const centroid = [0, 1, 2].map((m) => p0[m]! + p1[m]! + p2[m]!);
      if (nrm[0]! * centroid[0]! + nrm[1]! * centroid[1]! + nrm[2]! * centroid[2]! > 0) outward++;
    }
    expect(outward).toBe(tri);
    // Two triangles a cell, one a cell in the two polar rows.
    expect(tri).toBe(lonSegments * (2 * latSegments - 2));
  });
});
