import type en from './locales/en.json';

// Keys are checked at compile time against the English resource: a typo in
// t('…') is a type error, not a missing string on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
