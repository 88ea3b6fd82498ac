/**
 * Numbers, coordinates and lengths in the current language (Intl), e.g.
 * 1,731 in English, 1 731 in French; lengths and heights in the units the
 * settings choose (km and m, or miles and feet), the one place that converts.
 */
import type { TFunction } from 'i18next';
import type { UnitSystem } from '../../assets/format/settings';

/** International yard and pound agreement (1959). */
export const KM_PER_MI = 1.609344;
export const M_PER_FT = 0.3048;

export interface Formatters {
  /** Whole number with grouping. */
  integer(value: number): string;
  /** Signed whole number (heights: +120, −2,570). */
  signedInteger(value: number): string;
  /** Fixed decimals. */
  fixed(value: number, digits: number): string;
  /** '0.6742°N' style latitude / longitude, in the language's words. */
  latDeg(latDeg: number, digits: number): string;
  lonDeg(lonDeg: number, digits: number): string;
  /** A length given in km, in the chosen units with their word: '184 km', '114 mi'. */
  length(km: number, digits?: number): string;
  /** A height given in m, in the chosen units with their word: '−2,570 m', '−8,432 ft'. */
  height(m: number, signed?: boolean): string;
}

export function makeFormatters(tag: string, t: TFunction, units: UnitSystem = 'km'): Formatters {
  const miles = units === 'mi';
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(tag, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const fixedCache = new Map<number, Intl.NumberFormat>();
  const fixed = (value: number, digits: number) => {
    let f = fixedCache.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      fixedCache.set(digits, f);
    }
    return f.format(value);
  };
  return {
    integer: (v) => integer.format(v),
    signedInteger: (v) => signed.format(v),
    fixed,
    latDeg: (v, digits) =>
      v === 0
        ? t('coord.zero', { deg: fixed(0, digits) })
        : t(v > 0 ? 'coord.north' : 'coord.south', { deg: fixed(Math.abs(v), digits) }),
    lonDeg: (v, digits) =>
      v === 0 || Math.abs(v) === 180
        ? t('coord.zero', { deg: fixed(Math.abs(v), digits) })
        : t(v > 0 ? 'coord.east' : 'coord.west', { deg: fixed(Math.abs(v), digits) }),
    length: (km, digits = 0) => {
      const value = miles ? km / KM_PER_MI : km;
      const text = digits === 0 ? integer.format(value) : fixed(value, digits);
      return t(miles ? 'a11y.mi' : 'a11y.km', { value: text });
    },
    height: (m, isSigned = false) => {
      const value = Math.round(miles ? m / M_PER_FT : m);
      const text = isSigned ? signed.format(value) : integer.format(value);
      return t(miles ? 'readout.heightFt' : 'readout.heightM', { value: text });
    },
  };
}
