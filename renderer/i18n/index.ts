/**
 * The interface language: i18next with English bundled and French / Chinese
 * loaded on demand (their chunks stay out of the main bundle). `<html lang>`
 * follows the language. Start with `initI18n()` before the first render.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  LANGUAGE_ENDONYMS,
  LANGUAGE_TAGS,
  isLanguage,
  pickLanguage,
  type Language,
} from '../../assets/format/language';
import en from './locales/en.json';
import { loadCatalogText } from './catalogText';
import { message } from './message';
import { reportError } from '../log/reportError';
import { showMessage } from '../state/messages';

export const i18n: I18n = i18next.createInstance();

type Resources = typeof en;

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Resources }>> = {
  fr: () => import('./locales/fr.json'),
  zh: () => import('./locales/zh.json'),
};

async function ensureLoaded(language: Language): Promise<void> {
  await loadCatalogText(language);
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const resources = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', resources.default);
}

/** The language in use now. */
export function currentLanguage(): Language {
  const lng = i18n.language;
  return isLanguage(lng) ? lng : 'en';
}

/** What the system or browser prefers (Electron reports the OS language here too). */
export function preferredLanguage(): Language {
  return pickLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = LANGUAGE_TAGS[language];
}

/** Switch live: loads the language if needed, then every component re-renders. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Initialise with a language (or the system's), loading its resources first. */
export async function initI18n(language: Language = preferredLanguage()): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...Object.keys(LANGUAGE_TAGS)],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyDocumentLanguage('en');
  if (language !== 'en') {
    // A language that fails to load leaves the app in English, never blank.
    await setLanguage(language).catch((error: unknown) => {
      reportError('language', error, `the ${language} interface could not be loaded`);
      showMessage(
        message('settings.languageFailed', { language: LANGUAGE_ENDONYMS[language] }),
        'error',
      );
    });
  }
}
