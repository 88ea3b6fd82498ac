/**
 * Which catalog entries show, from the UI's toggles (pure).
 *
 * Two kinds of switch: a group switch shows every entry of a group
 * (Apollo, Chang'e, regions, features); a headline switch shows the entries
 * that carry its `toggleId` (e.g. Mons Rümker together with the Chang'e-5
 * lander). An entry shows when either of its switches is on.
 */
import type { MessageKey } from '../i18n/message';
import type { HeadlineToggleId, Site, SiteGroup } from './schema';

export interface ToggleInfo<Id extends string> {
  id: Id;
  /** Translation key of the toggle's label (renderer/i18n/locales). */
  labelKey: MessageKey;
}

/** The three toggles the product always offers, in display order. */
export const HEADLINE_TOGGLES: readonly ToggleInfo<HeadlineToggleId>[] = [
  { id: 'apollo-11', labelKey: 'toggle.apollo11' },
  { id: 'rumker-change-5', labelKey: 'toggle.rumkerChange5' },
  { id: 'spa-change-6', labelKey: 'toggle.spaChange6' },
];

/** Group toggles, in display order. */
export const GROUP_TOGGLES: readonly ToggleInfo<SiteGroup>[] = [
  { id: 'apollo', labelKey: 'toggle.apollo' },
  { id: 'change', labelKey: 'toggle.change' },
  { id: 'regions', labelKey: 'toggle.regions' },
  { id: 'features', labelKey: 'toggle.features' },
];

export interface ToggleState {
  groups: ReadonlySet<SiteGroup>;
  headlines: ReadonlySet<HeadlineToggleId>;
}

/** Whether a site shows under the given toggles. */
export function isSiteVisible(site: Site, state: ToggleState): boolean {
  return (
    state.groups.has(site.group) ||
    (site.toggleId !== undefined && state.headlines.has(site.toggleId))
  );
}

/** The sites that show under the given toggles, in catalog order. */
export function visibleSites(sites: readonly Site[], state: ToggleState): Site[] {
  return sites.filter((site) => isSiteVisible(site, state));
}

/** The sites a headline toggle shows, in catalog order. */
export function sitesForHeadline(sites: readonly Site[], toggleId: HeadlineToggleId): Site[] {
  return sites.filter((site) => site.toggleId === toggleId);
}
