/**
 * Globe mesh arrays built through the one frame function (pure).
 *
 * A latitude/longitude grid: column k is at lon = −180 + 360·k/lonSegments
 * (the first and last columns coincide at the ±180° seam, each with its own
 * u, so the texture wraps without a visible seam), row m at lat = 90 − 180·m/latSegments.
 * UVs follow the kit georeferencing with textures uploaded north-up:
 * u = (lon + 180)/360, v = (lat + 90)/180.
 */
import { latLonToXYZ } from './frame';

export interface SphereArrays {
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
}

export function buildSphereArrays(lonSegments: number, latSegments: number): SphereArrays {
  const cols = lonSegments + 1;
  const rows = latSegments + 1;
  const positions = new Float32Array(cols * rows * 3);
  const normals = new Float32Array(cols * rows * 3);
  const uvs = new Float32Array(cols * rows * 2);
  const p = { x: 0, y: 0, z: 0 };
  for (let m = 0; m < rows; m++) {
    const latDeg = 90 - (180 * m) / latSegments;
    for (let k = 0; k < cols; k++) {
      const lonDeg = -180 + (360 * k) / lonSegments;
      latLonToXYZ(latDeg, lonDeg, 0, p);
      const n = m * cols + k;
      positions[3 * n] = p.x;
      positions[3 * n + 1] = p.y;
      positions[3 * n + 2] = p.z;
      // On the unit sphere the outward normal is the position itself.
      normals[3 * n] = p.x;
      normals[3 * n + 1] = p.y;
      normals[3 * n + 2] = p.z;
      // A pole is one point shared by every column: put its u mid-cell so each
      // polar triangle samples the texture without shear.
      const pole = m === 0 || m === latSegments;
      uvs[2 * n] = pole ? (k + 0.5) / lonSegments : (lonDeg + 180) / 360;
      uvs[2 * n + 1] = (latDeg + 90) / 180;
    }
  }
  // Two triangles per cell, counter-clockwise seen from outside; the pole
  // rows collapse to one point, so their degenerate triangle is left out.
  const indices: number[] = [];
  for (let m = 0; m < latSegments; m++) {
    for (let k = 0; k < lonSegments; k++) {
      const a = m * cols + k;
      const b = a + cols;
      const c = b + 1;
      const d = a + 1;
      if (m !== 0) indices.push(a, b, d);
      if (m !== latSegments - 1) indices.push(b, c, d);
    }
  }
  return { positions, normals, uvs, indices: Uint32Array.from(indices) };
}
