import { describe, expect, it } from 'vitest';
import { normalizeUtc } from '../../../../assets/format/view';
import { SUN_PRESETS } from '../../../../renderer/sunlight/presets';
import en from '../../../../renderer/i18n/locales/en.json';
import fr from '../../../../renderer/i18n/locales/fr.json';
import zh from '../../../../renderer/i18n/locales/zh.json';

describe('sunlight presets (REFERENCE.md)', () => {
  it('are canonical UTC moments the view format accepts', () => {
    for (const p of SUN_PRESETS)
      expect(normalizeUtc(p.timeUtc)).toEqual({ ok: true, iso: p.timeUtc });
  });

  it('hold the moments of the story, with their sources', () => {
    const byId = new Map(SUN_PRESETS.map((p) => [p.id, p]));
    expect(byId.get('artemis-1')?.timeUtc).toBe('2022-11-21T12:57:00Z');
    expect(byId.get('new-moon-2022-11')?.timeUtc).toBe('2022-11-23T22:57:00Z');
    expect(en.preset.newMoonNote).toContain('far side is in full sunlight');
    expect(byId.get('new-moon-2022-11')?.noteKey).toBe('preset.newMoonNote');
    expect(byId.get('apollo-11')?.timeUtc).toBe('1969-07-20T20:17:40Z');
    expect(byId.get('change-5')?.timeUtc).toBe('2020-12-01T15:11:00Z');
    // CNSA: 06:23 Beijing time (UTC+8) on 2 June 2024.
    expect(Date.parse(byId.get('change-6')!.timeUtc)).toBe(Date.parse('2024-06-02T06:23:00+08:00'));
    expect(byId.get('change-6')?.noteKey).toBe('preset.change6Note');
    for (const text of [en.preset.change6Note, fr.preset.change6Note, zh.preset.change6Note]) {
      expect(text).toMatch(/CNSA|国家航天局/);
      expect(text).toMatch(/06:23|6 h 23|6 时 23 分/);
    }
  });
});
