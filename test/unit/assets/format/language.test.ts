import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../../assets/format/language';

describe('pickLanguage', () => {
  it('takes the first supported language in order of preference', () => {
    expect(pickLanguage(['de-DE', 'fr-CA', 'en-US'])).toBe('fr');
    expect(pickLanguage(['en-GB', 'fr'])).toBe('en');
  });
  it('recognises Simplified Chinese however it is spelled', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh_CN', 'zh-SG']) {
      expect(pickLanguage([tag]), tag).toBe('zh');
    }
  });
  it('does not take Traditional Chinese for Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh-MO']) {
      expect(pickLanguage([tag, 'fr']), tag).toBe('fr');
    }
  });
  it('falls back to English', () => {
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['ja-JP', 'de'])).toBe('en');
  });
});
