/**
 * The terminator: the great circle 90° from the sub-solar point, where the
 * Sun's centre is on the horizon (pure; the Sun's radius and terrain ignored).
 */
import { latLonToXYZ, xyzToLatLon } from './frame';
import type { LatLonDeg } from './ephemeris';

/** `count` points around the terminator, in order (the first is not repeated). */
export function terminatorPoints(subSolar: LatLonDeg, count = 360): LatLonDeg[] {
  const s = latLonToXYZ(subSolar.latDeg, subSolar.lonDeg, 0, { x: 0, y: 0, z: 0 });
  // u: any unit vector ⟂ s (from whichever axis is least parallel), v = s × u.
  const a = Math.abs(s.y) < 0.9 ? { x: 0, y: 1, z: 0 } : { x: 1, y: 0, z: 0 };
  const d = a.x * s.x + a.y * s.y + a.z * s.z;
  const ux = a.x - d * s.x;
  const uy = a.y - d * s.y;
  const uz = a.z - d * s.z;
  const ul = Math.hypot(ux, uy, uz);
  const u = { x: ux / ul, y: uy / ul, z: uz / ul };
  const v = { x: s.y * u.z - s.z * u.y, y: s.z * u.x - s.x * u.z, z: s.x * u.y - s.y * u.x };
  const out: LatLonDeg[] = [];
  for (let k = 0; k < count; k++) {
    const t = (2 * Math.PI * k) / count;
    const c = Math.cos(t);
    const n = Math.sin(t);
    out.push(
      xyzToLatLon(
        { x: c * u.x + n * v.x, y: c * u.y + n * v.y, z: c * u.z + n * v.z },
        { latDeg: 0, lonDeg: 0 },
      ),
    );
  }
  return out;
}
