/**
 * Numbers and coordinates in the current language (Intl), e.g. 1,731 in
 * English, 1 731 in French.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../assets/format/language';

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
}

export function makeFormatters(tag: string, t: TFunction): Formatters {
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
  };
}

/** Formatters for the current language; re-made on a language switch. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => makeFormatters(isLanguage(lng) ? LANGUAGE_TAGS[lng] : 'en', t), [lng, t]);
}
