/**
 * Coordinates typed into the search box (pure): `12.5N 45W`, `12.5 N, 45 E`,
 * `-12.5, 315`, `12°30'N 45°W`, `lat 12.5 lon -45`. Latitude first;
 * longitude east-positive, 0…360 accepted and normalised to −180…180.
 * A rejection carries a translation key (renderer/i18n/locales).
 */
import type { MessageKey } from '../i18n/message';

export type CoordinateParse =
  | { kind: 'coordinates'; latDeg: number; lonDeg: number }
  | { kind: 'invalid'; message: MessageKey }
  | { kind: 'none' };

// One angle: signed decimal degrees, optional minutes and seconds, optional hemisphere letter.
const ANGLE = String.raw`([+-]?\d+(?:\.\d+)?)\s*(?:°|deg|d)?\s*(?:(\d+(?:\.\d+)?)\s*['′m]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:"|″|''|s)\s*)?([NSEW])?`;
const PAIR = new RegExp(
  String.raw`^\s*(?:lat\s*)?${ANGLE}\s*(?:,|;|\s)\s*(?:lon\s*)?${ANGLE}\s*$`,
  'i',
);

function angle(deg: string, min?: string, sec?: string): number {
  const d = Number(deg);
  const magnitude = Math.abs(d) + Number(min ?? 0) / 60 + Number(sec ?? 0) / 3600;
  return deg.trim().startsWith('-') ? -magnitude : magnitude;
}

export function parseCoordinates(text: string): CoordinateParse {
  const m = PAIR.exec(text);
  if (!m) return { kind: 'none' };
  let latDeg = angle(m[1]!, m[2], m[3]);
  let lonDeg = angle(m[5]!, m[6], m[7]);
  let latHemi = m[4]?.toUpperCase();
  let lonHemi = m[8]?.toUpperCase();
  // "45W 12.5N": hemisphere letters say which is which.
  if ((latHemi === 'E' || latHemi === 'W') && (lonHemi === 'N' || lonHemi === 'S')) {
    [latDeg, lonDeg] = [lonDeg, latDeg];
    [latHemi, lonHemi] = [lonHemi, latHemi];
  }
  if (latHemi === 'E' || latHemi === 'W' || lonHemi === 'N' || lonHemi === 'S') {
    return { kind: 'invalid', message: 'gazetteer.coordOrder' };
  }
  if ((latHemi && latDeg < 0) || (lonHemi && lonDeg < 0)) {
    return {
      kind: 'invalid',
      message: 'gazetteer.coordSign',
    };
  }
  if (latHemi === 'S') latDeg = -latDeg;
  if (lonHemi === 'W') lonDeg = -lonDeg;
  if (latDeg < -90 || latDeg > 90) {
    return { kind: 'invalid', message: 'gazetteer.coordLatitude' };
  }
  if (lonDeg < -180 || lonDeg > 360 || (lonHemi && lonDeg > 180)) {
    return { kind: 'invalid', message: 'gazetteer.coordLongitude' };
  }
  if (lonDeg > 180) lonDeg -= 360;
  return { kind: 'coordinates', latDeg: latDeg + 0, lonDeg: lonDeg + 0 };
}

/** '12.50° N, 45.00° W' */
export function formatLatLon(latDeg: number, lonDeg: number, digits = 2): string {
  const lat = `${Math.abs(latDeg).toFixed(digits)}° ${latDeg >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(lonDeg).toFixed(digits)}° ${lonDeg >= 0 ? 'E' : 'W'}`;
  return `${lat}, ${lon}`;
}
