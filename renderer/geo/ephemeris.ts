/**
 * The Sun and the Earth seen from the Moon at a UTC moment (pure; no React,
 * no DOM, no three.js), from `astronomy-engine`.
 *
 * Frames: vectors from astronomy-engine are J2000 mean equator (EQJ). The
 * Moon's orientation is the IAU WGCCRE 2015 model (`RotationAxis`: pole
 * right ascension/declination and prime-meridian angle W), which realises
 * the Moon's mean-Earth/polar-axis frame, the frame of the LRO maps. A
 * body-fixed vector (x toward lat 0/lon 0, z north) is turned into the
 * app's scene frame (renderer/geo/frame.ts) through lat/lon, so there is
 * one convention only.
 */
import {
  Body,
  GeoVector,
  HelioVector,
  MakeTime,
  MoonPhase,
  RotationAxis,
  type AstroTime,
  type Vector,
} from 'astronomy-engine';
import { angularDistanceRad, latLonToXYZ, type Vec3Like } from './frame';

const DEG = Math.PI / 180;

export interface LatLonDeg {
  latDeg: number;
  lonDeg: number;
}

export type PhaseName =
  | 'new moon'
  | 'waxing crescent'
  | 'first quarter'
  | 'waxing gibbous'
  | 'full moon'
  | 'waning gibbous'
  | 'last quarter'
  | 'waning crescent';

export interface MoonSunState {
  /** The moment, as milliseconds since 1970 (UTC). */
  utcMs: number;
  /** Where the Sun is at the zenith (selenographic, east-positive). */
  subSolar: LatLonDeg;
  /** Where the Earth's centre is at the zenith: the libration point. */
  subEarth: LatLonDeg;
  /** Unit vector toward the Sun, scene frame (renderer/geo/frame.ts). */
  sunDirScene: Vec3Like;
  /** Angle Sun–Moon–Earth, degrees: 0 at full moon, 180 at new moon. */
  phaseAngleDeg: number;
  /** Fraction of the Earth-facing disc that is lit, 0…1. */
  illuminatedFraction: number;
  /** The Moon's ecliptic longitude minus the Sun's, 0…360 (0 new, 90 first quarter, 180 full). */
  elongationDeg: number;
  phase: PhaseName;
}

/** Rotate a J2000 (EQJ) vector into the Moon's body-fixed frame at `time`; returns [x, y, z]. */
export function eqjToMoonFixed(v: Vector, time: AstroTime): [number, number, number] {
  const axis = RotationAxis(Body.Moon, time);
  // Body-fixed = Rz(W) · Rx(90° − δ) · Rz(90° + α) · v (IAU convention).
  const a = (90 + axis.ra * 15) * DEG;
  const b = (90 - axis.dec) * DEG;
  const w = axis.spin * DEG;
  // Rz(a)
  const x1 = Math.cos(a) * v.x + Math.sin(a) * v.y;
  const y1 = -Math.sin(a) * v.x + Math.cos(a) * v.y;
  const z1 = v.z;
  // Rx(b)
  const y2 = Math.cos(b) * y1 + Math.sin(b) * z1;
  const z2 = -Math.sin(b) * y1 + Math.cos(b) * z1;
  // Rz(w)
  const x3 = Math.cos(w) * x1 + Math.sin(w) * y2;
  const y3 = -Math.sin(w) * x1 + Math.cos(w) * y2;
  return [x3, y3, z2];
}

/** Selenographic lat/lon of a body-fixed direction [x → lon 0, y → lon 90° E, z → north]. */
export function moonFixedToLatLon([x, y, z]: readonly [number, number, number]): LatLonDeg {
  const r = Math.hypot(x, y, z);
  return { latDeg: Math.asin(z / r) / DEG, lonDeg: Math.atan2(y, x) / DEG };
}

/** Half-width of the window around each principal phase that carries its name, degrees of elongation (≈ ±12 h). */
export const PRINCIPAL_PHASE_HALF_WIDTH_DEG = 6;

/** The phase's name from the elongation (0 new, 90 first quarter, 180 full, 270 last quarter). */
export function phaseName(elongationDeg: number): PhaseName {
  const e = ((elongationDeg % 360) + 360) % 360;
  const near = (target: number) =>
    Math.abs(((e - target + 540) % 360) - 180) <= PRINCIPAL_PHASE_HALF_WIDTH_DEG;
  if (near(0)) return 'new moon';
  if (near(90)) return 'first quarter';
  if (near(180)) return 'full moon';
  if (near(270)) return 'last quarter';
  if (e < 90) return 'waxing crescent';
  if (e < 180) return 'waxing gibbous';
  if (e < 270) return 'waning gibbous';
  return 'waning crescent';
}

const angleBetweenDeg = (a: Vector, b: Vector) => {
  const dot = a.x * b.x + a.y * b.y + a.z * b.z;
  const c = dot / (Math.hypot(a.x, a.y, a.z) * Math.hypot(b.x, b.y, b.z));
  return Math.acos(Math.max(-1, Math.min(1, c))) / DEG;
};

/** The Sun and the Earth seen from the Moon at `utcMs` (milliseconds since 1970, UTC). */
export function moonSunState(utcMs: number): MoonSunState {
  const time = MakeTime(new Date(utcMs));
  const moonGeo = GeoVector(Body.Moon, time, false); // Earth → Moon, EQJ, AU
  const moonHelio = HelioVector(Body.Moon, time); // Sun → Moon
  const toSun = { x: -moonHelio.x, y: -moonHelio.y, z: -moonHelio.z } as Vector;
  const toEarth = { x: -moonGeo.x, y: -moonGeo.y, z: -moonGeo.z } as Vector;
  const subSolar = moonFixedToLatLon(eqjToMoonFixed(toSun, time));
  const subEarth = moonFixedToLatLon(eqjToMoonFixed(toEarth, time));
  const phaseAngleDeg = angleBetweenDeg(toSun, toEarth);
  const elongationDeg = MoonPhase(time);
  return {
    utcMs,
    subSolar,
    subEarth,
    sunDirScene: latLonToXYZ(subSolar.latDeg, subSolar.lonDeg, 0, { x: 0, y: 0, z: 0 }),
    phaseAngleDeg,
    illuminatedFraction: (1 + Math.cos(phaseAngleDeg * DEG)) / 2,
    elongationDeg,
    phase: phaseName(elongationDeg),
  };
}

/**
 * The Sun's elevation above the local horizon at a point, degrees (on the
 * datum sphere; the Sun's 0.27° radius and the terrain are ignored). Positive
 * where the point is lit. Pure: gazetteer labels and readouts use it.
 */
export function sunElevationDeg(subSolar: LatLonDeg, latDeg: number, lonDeg: number): number {
  return 90 - angularDistanceRad(latDeg, lonDeg, subSolar.latDeg, subSolar.lonDeg) / DEG;
}

/** True when the Sun's centre is above the horizon at the point. */
export function isLit(subSolar: LatLonDeg, latDeg: number, lonDeg: number): boolean {
  return sunElevationDeg(subSolar, latDeg, lonDeg) > 0;
}

/** Scene-frame unit vector toward the Sun at `utcMs`, written into `target`. */
export function sunDirectionScene<T extends Vec3Like>(utcMs: number, target: T): T {
  const { subSolar } = moonSunState(utcMs);
  return latLonToXYZ(subSolar.latDeg, subSolar.lonDeg, 0, target);
}
