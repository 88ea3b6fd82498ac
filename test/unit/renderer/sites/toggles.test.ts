import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/locales/en.json';
import { builtInCatalog } from '../../../../renderer/sites/catalog';
import { HEADLINE_TOGGLE_IDS, SITE_GROUPS } from '../../../../renderer/sites/schema';
import {
  GROUP_TOGGLES,
  HEADLINE_TOGGLES,
  isSiteVisible,
  sitesForHeadline,
  visibleSites,
} from '../../../../renderer/sites/toggles';

const { sites } = builtInCatalog();
const ids = (list: { id: string }[]) => list.map((s) => s.id).sort();

describe('headline toggles', () => {
  it('offers exactly the three the product requires, with labels', () => {
    expect(HEADLINE_TOGGLES.map((t) => t.id)).toEqual([...HEADLINE_TOGGLE_IDS]);
    const english = en.toggle as Record<string, string>;
    expect(HEADLINE_TOGGLES.map((t) => english[t.labelKey.slice('toggle.'.length)])).toEqual([
      'Apollo 11',
      "Mons Rümker & Chang'e-5",
      "South Pole–Aitken & Chang'e-6",
    ]);
  });

  it('Apollo 11 shows Apollo 11', () => {
    expect(ids(sitesForHeadline(sites, 'apollo-11'))).toEqual(['apollo-11']);
  });

  it('Mons Rümker shows the Chang’e-5 lander with it', () => {
    expect(ids(sitesForHeadline(sites, 'rumker-change-5'))).toEqual(['change-5', 'mons-rumker']);
  });

  it('South Pole–Aitken shows the Chang’e-6 lander with it', () => {
    expect(ids(sitesForHeadline(sites, 'spa-change-6'))).toEqual(['change-6', 'south-pole-aitken']);
  });
});

describe('group toggles', () => {
  it('label every group, and every group has sites', () => {
    expect(GROUP_TOGGLES.map((g) => g.id).sort()).toEqual([...SITE_GROUPS].sort());
    for (const group of SITE_GROUPS) {
      expect(
        sites.some((s) => s.group === group),
        group,
      ).toBe(true);
    }
  });

  it('the Apollo group holds the six Apollo landings', () => {
    const shown = visibleSites(sites, { groups: new Set(['apollo']), headlines: new Set() });
    expect(ids(shown)).toEqual([
      'apollo-11',
      'apollo-12',
      'apollo-14',
      'apollo-15',
      'apollo-16',
      'apollo-17',
    ]);
  });
});

describe('visibility', () => {
  it('shows nothing with every toggle off', () => {
    expect(visibleSites(sites, { groups: new Set(), headlines: new Set() })).toEqual([]);
  });

  it('shows a site when either its group or its headline toggle is on', () => {
    const change6 = sites.find((s) => s.id === 'change-6')!;
    expect(isSiteVisible(change6, { groups: new Set(['change']), headlines: new Set() })).toBe(
      true,
    );
    expect(
      isSiteVisible(change6, { groups: new Set(), headlines: new Set(['spa-change-6']) }),
    ).toBe(true);
    expect(
      isSiteVisible(change6, { groups: new Set(['apollo']), headlines: new Set(['apollo-11']) }),
    ).toBe(false);
  });

  it('unions group and headline toggles without duplicates, in catalog order', () => {
    const shown = visibleSites(sites, {
      groups: new Set(['change']),
      headlines: new Set(['spa-change-6', 'apollo-11']),
    });
    expect(shown.map((s) => s.id)).toEqual(
      sites
        .map((s) => s.id)
        .filter((id) =>
          ['apollo-11', 'change-4', 'change-5', 'change-6', 'south-pole-aitken'].includes(id),
        ),
    );
  });
});
