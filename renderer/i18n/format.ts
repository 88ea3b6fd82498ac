/** The formatters (formatters.ts) for the current language and units, as a React hook. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../assets/format/language';
import { useSettings } from '../state/settings';
import { makeFormatters, type Formatters } from './formatters';

export { makeFormatters, type Formatters } from './formatters';

/** Formatters for the current language and units; re-made when either changes. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const units = useSettings((s) => s.settings.units);
  return useMemo(
    () => makeFormatters(isLanguage(lng) ? LANGUAGE_TAGS[lng] : 'en', t, units),
    [lng, t, units],
  );
}
