/**
 * Moments and fractions in the current language (Intl): the time control
 * shows the moment in UTC and in local time, e.g. "23 Nov 2022, 22:57:00"
 * in English, "23 nov. 2022, 22:57:00" in French, "2022年11月23日 22:57:00"
 * in Chinese.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../assets/format/language';

export interface SunFormatters {
  /** The moment in UTC (the words "UTC" are added by the caller's message). */
  utc(utcMs: number): string;
  /** The same moment on this computer's clock. */
  local(utcMs: number): string;
  /** 0.5 → "50%" (French "50 %"). */
  percent(fraction: number): string;
}

const MOMENT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

export function makeSunFormatters(tag: string, localTimeZone?: string): SunFormatters {
  const utc = new Intl.DateTimeFormat(tag, { ...MOMENT, timeZone: 'UTC' });
  const local = new Intl.DateTimeFormat(tag, { ...MOMENT, timeZone: localTimeZone });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  return {
    utc: (ms) => utc.format(ms),
    local: (ms) => local.format(ms),
    percent: (f) => percent.format(f),
  };
}

/** Formatters for the current language; re-made on a language switch. */
export function useSunFormat(): SunFormatters {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => makeSunFormatters(isLanguage(lng) ? LANGUAGE_TAGS[lng] : 'en'), [lng]);
}
