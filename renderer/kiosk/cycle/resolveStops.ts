/**
 * Turn the kiosk config's tour stops and home (site ids, fragments, view
 * JSON; see assets/format/kiosk.ts) into views with captions. A site id is
 * looked at from above, framed by the caller's `frame` rule, with the
 * home view's layers and light. Unknown ids are reported by key and skipped.
 */
import type { KioskConfig, ViewSpec } from '../../../assets/format/kiosk';
import { DEFAULT_VIEW, type View } from '../../../assets/format/view';
import type { ResolvedStop, StopCaption } from './tourRunner';

const NO_CAPTION: StopCaption = { text: '', siteId: null };

export type Place = { id: string; latDeg: number; lonDeg: number; altKm: number };

export type Resolved = { home: View; stops: ResolvedStop[]; problems: string[] };

function specToView(
  spec: ViewSpec,
  base: View,
  place: (id: string) => Place | undefined,
): { view: View; siteId: string | null } | null {
  if (spec.kind === 'view') return { view: spec.view, siteId: null };
  const found = place(spec.id);
  if (!found) return null;
  return {
    view: {
      ...base,
      latDeg: found.latDeg,
      lonDeg: found.lonDeg,
      altKm: found.altKm,
      selected: null,
    },
    siteId: found.id,
  };
}

export function resolveKioskViews(
  config: KioskConfig,
  place: (id: string) => Place | undefined,
): Resolved {
  const problems: string[] = [];
  const homeSpec = specToView(config.home, DEFAULT_VIEW, place);
  if (!homeSpec && config.home.kind === 'site') {
    problems.push(`home: there is no place with the id "${config.home.id}"`);
  }
  const home = homeSpec?.view ?? DEFAULT_VIEW;
  const stops: ResolvedStop[] = [];
  config.tour.stops.forEach((stop, index) => {
    const spec = 'kind' in stop ? stop : stop.view;
    const resolved = specToView(spec, { ...home, selected: null }, place);
    if (!resolved) {
      problems.push(
        `tour.stops[${index}]: there is no place with the id "${(spec as { id: string }).id}"`,
      );
      return;
    }
    const text = ('kind' in stop ? undefined : stop.caption) ?? '';
    const caption = { text, siteId: text ? null : resolved.siteId };
    const dwellSeconds =
      ('kind' in stop ? undefined : stop.dwellSeconds) ?? config.tour.dwellSeconds;
    stops.push({ view: resolved.view, caption, dwellMs: dwellSeconds * 1000 });
  });
  if (stops.length === 0) {
    problems.push(
      'tour.stops: no stop could be shown; the tour turns the Moon from near side to far side',
    );
    stops.push(
      {
        view: { ...home, lonDeg: 0 },
        caption: NO_CAPTION,
        dwellMs: config.tour.dwellSeconds * 1000,
      },
      {
        view: { ...home, lonDeg: 180 },
        caption: NO_CAPTION,
        dwellMs: config.tour.dwellSeconds * 1000,
      },
    );
  }
  return { home, stops, problems };
}
