/**
 * Independent camera math for the end-to-end suite: project selenographic
 * points to screen pixels and cast screen pixels back onto the Moon, from the
 * camera pose the app publishes (`data-camera`). Written here from the
 * convention in DESIGN.md §2 (+Y north, lat 0/lon 0 on +Z, +X = lon +90°),
 * not imported from the app, so a wrong app convention fails the tests.
 */
export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
  up: [number, number, number];
  fovDeg: number;
  aspect: number;
}

type V = [number, number, number];
const DEG = Math.PI / 180;
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: V): V => {
  const l = Math.hypot(...a);
  return [a[0] / l, a[1] / l, a[2] / l];
};

export const MOON_RADIUS_M = 1_737_400;

/** Scene position of a point (datum radius 1). */
export function surfacePoint(latDeg: number, lonDeg: number, heightM = 0): V {
  const r = 1 + heightM / MOON_RADIUS_M;
  const lat = latDeg * DEG;
  const lon = lonDeg * DEG;
  return [r * Math.cos(lat) * Math.sin(lon), r * Math.sin(lat), r * Math.cos(lat) * Math.cos(lon)];
}

export function latLonOf(p: V): { latDeg: number; lonDeg: number } {
  const r = Math.hypot(...p);
  return { latDeg: Math.asin(p[1] / r) / DEG, lonDeg: Math.atan2(p[0], p[2]) / DEG };
}

export class Projector {
  private readonly eye: V;
  private readonly forward: V;
  private readonly right: V;
  private readonly upv: V;
  private readonly tanHalf: number;

  constructor(
    readonly pose: CameraPose,
    readonly width: number,
    readonly height: number,
  ) {
    this.eye = pose.position;
    this.forward = norm(sub(pose.target, pose.position));
    this.right = norm(cross(this.forward, pose.up));
    this.upv = cross(this.right, this.forward);
    this.tanHalf = Math.tan((pose.fovDeg * DEG) / 2);
  }

  /** Screen pixel (CSS px, origin top-left) of a scene point. */
  project(p: V): { x: number; y: number; depth: number } {
    const d = sub(p, this.eye);
    const z = dot(d, this.forward);
    const ndcX = dot(d, this.right) / (z * this.tanHalf * this.pose.aspect);
    const ndcY = dot(d, this.upv) / (z * this.tanHalf);
    return { x: ((ndcX + 1) / 2) * this.width, y: ((1 - ndcY) / 2) * this.height, depth: z };
  }

  /** True when the surface point faces the camera (not behind the limb). */
  faces(p: V, marginDeg = 0): boolean {
    const toEye = norm(sub(this.eye, p));
    return dot(norm(p), toEye) > Math.sin(marginDeg * DEG);
  }

  /** Where the ray through a screen pixel meets the datum sphere, or null off the disk. */
  unproject(x: number, y: number): { latDeg: number; lonDeg: number } | null {
    const ndcX = (x / this.width) * 2 - 1;
    const ndcY = 1 - (y / this.height) * 2;
    const dir = norm([
      this.forward[0] +
        this.right[0] * ndcX * this.tanHalf * this.pose.aspect +
        this.upv[0] * ndcY * this.tanHalf,
      this.forward[1] +
        this.right[1] * ndcX * this.tanHalf * this.pose.aspect +
        this.upv[1] * ndcY * this.tanHalf,
      this.forward[2] +
        this.right[2] * ndcX * this.tanHalf * this.pose.aspect +
        this.upv[2] * ndcY * this.tanHalf,
    ]);
    const b = dot(this.eye, dir);
    const c = dot(this.eye, this.eye) - 1;
    const disc = b * b - c;
    if (disc < 0) return null;
    const t = -b - Math.sqrt(disc);
    return latLonOf([this.eye[0] + t * dir[0], this.eye[1] + t * dir[1], this.eye[2] + t * dir[2]]);
  }

  /** A point on the visible limb (the silhouette of the datum sphere), in the plane of the screen's x axis. */
  limbPoint(): V {
    // The limb circle lies where the view ray is tangent to the sphere: at
    // distance d from the centre, the tangent point is cos α = 1/d off the axis.
    const d = Math.hypot(...this.eye);
    const axis = norm(this.eye);
    const cosA = 1 / d;
    const sinA = Math.sqrt(1 - cosA * cosA);
    return [
      axis[0] * cosA + this.right[0] * sinA,
      axis[1] * cosA + this.right[1] * sinA,
      axis[2] * cosA + this.right[2] * sinA,
    ];
  }

  /** Lat/lon at the centre of the view. */
  centre(): { latDeg: number; lonDeg: number } {
    return latLonOf(this.eye);
  }
}
