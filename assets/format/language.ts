/**
 * The languages Farside speaks, and how to choose one from what the system or
 * browser prefers (pure: shared by the renderer, settings and main's menu).
 */

/** Interface languages: English, French, Simplified Chinese. */
export const LANGUAGES = ['en', 'fr', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as a language picker shows it (never translated). */
export const LANGUAGE_ENDONYMS: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  zh: '简体中文',
};

/** BCP 47 tag for `<html lang>` and `Intl` (Simplified Chinese is zh-Hans). */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = {
  en: 'en',
  fr: 'fr',
  zh: 'zh-Hans',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language among preferred locale tags (e.g.
 * `navigator.languages`, Electron's `app.getPreferredSystemLanguages()`),
 * matched on the primary subtag; English when none matches. Traditional
 * Chinese tags (zh-Hant, zh-TW, zh-HK, zh-MO) are not Simplified Chinese, so
 * they do not pick `zh`.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase().replace(/_/g, '-');
    const primary = lower.split('-')[0];
    if (primary === 'zh') {
      if (/-(hant|tw|hk|mo)\b/.test(lower)) continue;
      return 'zh';
    }
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
