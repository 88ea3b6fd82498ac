/**
 * Moments that tell the story of sunlight on the Moon (UTC), with their
 * sources (REFERENCE.md). Each can be shown with one click; the label and
 * the note (with the source) are i18n keys (renderer/i18n/locales).
 */
import type { MessageKey } from '../i18n/message';

export interface SunPreset {
  id: string;
  /** Canonical UTC, as the view format writes it. */
  timeUtc: string;
  labelKey: MessageKey;
  /** What the moment shows, and where its time comes from. */
  noteKey: MessageKey;
  /**
   * Where to look when the preset is chosen: a site of the catalog (looked at
   * and selected, so its panel tells how high the Sun stood there), or a point.
   */
  lookAt: { siteId: string } | { latDeg: number; lonDeg: number };
}

export const SUN_PRESETS: readonly SunPreset[] = [
  {
    // NASA: outbound powered flyby, ~130 km above the far side, flight day 6.
    id: 'artemis-1',
    timeUtc: '2022-11-21T12:57:00Z',
    labelKey: 'preset.artemis1',
    noteKey: 'preset.artemis1Note',
    lookAt: { latDeg: 0, lonDeg: 180 },
  },
  {
    // USNO phases of the Moon, 2022.
    id: 'new-moon-2022-11',
    timeUtc: '2022-11-23T22:57:00Z',
    labelKey: 'preset.newMoon',
    noteKey: 'preset.newMoonNote',
    lookAt: { latDeg: 0, lonDeg: 180 },
  },
  {
    id: 'full-moon-2022-12',
    timeUtc: '2022-12-08T04:08:00Z',
    labelKey: 'preset.fullMoon',
    noteKey: 'preset.fullMoonNote',
    lookAt: { latDeg: 0, lonDeg: 0 },
  },
  {
    // LROC featured site 1 (Tranquility Base). The Sun stood 10.65° above the
    // eastern horizon (ALSJ, "Sun and Earth: Altitudes and Azimuths at the
    // Apollo Landing Sites", Scotti & Fjeld).
    id: 'apollo-11',
    timeUtc: '1969-07-20T20:17:40Z',
    labelKey: 'preset.apollo11',
    noteKey: 'preset.apollo11Note',
    lookAt: { siteId: 'apollo-11' },
  },
  {
    // Qian et al., LPSC 2021 #1306.
    id: 'change-5',
    timeUtc: '2020-12-01T15:11:00Z',
    labelKey: 'preset.change5',
    noteKey: 'preset.change5Note',
    lookAt: { siteId: 'change-5' },
  },
  {
    // CNSA's announcement of 2 June 2024, as carried by CCTV News and Xinhua:
    // "今天6时23分，嫦娥六号着陆器和上升器组合体在鹊桥二号中继星支持下，成功着陆在
    // 月球背面南极-艾特肯盆地预选着陆区" — 06:23 Beijing time (UTC+8) is
    // 2024-06-01 22:23 UTC. (AP's report quotes CNSA with the same 6:23 a.m.)
    id: 'change-6',
    timeUtc: '2024-06-01T22:23:00Z',
    labelKey: 'preset.change6',
    noteKey: 'preset.change6Note',
    lookAt: { siteId: 'change-6' },
  },
];

export const presetById = new Map(SUN_PRESETS.map((p) => [p.id, p]));
