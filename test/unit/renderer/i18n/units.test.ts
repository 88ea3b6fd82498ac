/**
 * Lengths and heights in the chosen units. Expected values are worked by hand
 * from the definitions (1 mi = 1609.344 m, 1 ft = 0.3048 m exactly, the 1959
 * international yard and pound), not from the formatter's constants.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/locales/en.json';
import fr from '../../../../renderer/i18n/locales/fr.json';
import zh from '../../../../renderer/i18n/locales/zh.json';
import { makeFormatters } from '../../../../renderer/i18n/formatters';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr }, zh: { translation: zh } },
    interpolation: { escapeValue: false },
  });
});

describe('lengths and heights follow the units setting', () => {
  it('keeps kilometres and metres as given', () => {
    const f = makeFormatters('en-US', i18n.getFixedT('en'), 'km');
    expect(f.length(2500)).toBe('2,500 km'); // South Pole–Aitken's span
    expect(f.length(1737.4, 1)).toBe('1,737.4 km');
    expect(f.height(-2570, true)).toBe('-2,570 m');
    expect(f.height(120, true)).toBe('+120 m');
  });

  it('converts to miles and feet', () => {
    const f = makeFormatters('en-US', i18n.getFixedT('en'), 'mi');
    // 2500 km / 1.609344 = 1553.43 mi; 1737.4 km = 1079.57 mi.
    expect(f.length(2500)).toBe('1,553 mi');
    expect(f.length(1737.4, 1)).toBe('1,079.6 mi');
    // 2570 m / 0.3048 = 8431.76 ft; 10 786 m (the Moon's highest point, LOLA) = 35 387.1 ft.
    expect(f.height(-2570, true)).toBe('-8,432 ft');
    expect(f.height(10786)).toBe('35,387 ft');
  });

  it('writes the unit in each language', () => {
    expect(makeFormatters('fr-FR', i18n.getFixedT('fr'), 'mi').height(10786)).toBe(
      '35\u202f387 pi',
    );
    expect(makeFormatters('zh-CN', i18n.getFixedT('zh'), 'km').length(184)).toBe('184 千米');
  });
});
