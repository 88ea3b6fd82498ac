import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  LANGUAGE_ENDONYMS,
  LANGUAGE_TAGS,
  isLanguage,
} from '../../assets/format/language';
import { setLanguage } from '../i18n';
import { changeSettings } from '../state/settings';

/**
 * Switches the interface language live. Each choice is written in its own
 * language (and tagged so a screen reader pronounces it right).
 *
 * @example <LanguagePicker />
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('common.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (!isLanguage(next)) return;
          changeSettings({ language: next });
          void setLanguage(next);
        }}
        data-testid="language"
      >
        <LanguageOptions />
      </select>
    </label>
  );
}

/**
 * One option per interface language, each written in its own language and
 * tagged so a screen reader pronounces it right (the toolbar picker and
 * Settings share it).
 *
 * @example <select><LanguageOptions /></select>
 */
export function LanguageOptions() {
  return LANGUAGES.map((lng) => (
    <option key={lng} value={lng} lang={LANGUAGE_TAGS[lng]}>
      {LANGUAGE_ENDONYMS[lng]}
    </option>
  ));
}
