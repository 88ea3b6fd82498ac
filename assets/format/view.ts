/**
 * The one description of a view (pure: zod only; no DOM, React or three.js).
 *
 * A view says what the screen shows: where the camera looks from, how the
 * globe is drawn, which layers show, what is selected, and when and how it
 * is lit. Links (the address fragment), exported pictures, kiosk tours,
 * settings ("last view") and menus all go through this module; nothing else
 * invents a view format.
 *
 * Two spellings of the same thing, validated by one schema:
 *  - JSON (`View`): `{ latDeg, lonDeg, altKm, … }` — pictures, settings, tours;
 *  - the address fragment: `#lat=20&lon=-30&alt=3500&…` — links. Every
 *    fragment key is optional; a missing one takes its `DEFAULT_VIEW` value.
 *
 * Unknown keys, malformed numbers and out-of-range values are rejected as a
 * whole with a message naming the key: a view is never half-applied.
 *
 * Frame: the camera looks at the Moon's centre from above selenographic
 * latitude `latDeg` (north-positive) and longitude `lonDeg` (east-positive,
 * −180…180), at `altKm` above the 1737.4 km datum sphere, north up.
 */
import { z } from 'zod';
import { MOON_RADIUS_KM } from './georef';

/** The three headline toggles the product always offers (REFERENCE.md). */
export const HEADLINE_TOGGLE_IDS = ['apollo-11', 'rumker-change-5', 'spa-change-6'] as const;
/** Site groups the UI toggles as a whole. */
export const SITE_GROUPS = ['apollo', 'change', 'regions', 'features'] as const;
/** Map overlays a view can show (`labels`: the names of places from the gazetteer). */
export const OVERLAY_IDS = [
  'grid',
  'boundary',
  'labels',
  'terminator',
  'subsolar',
  'subearth',
] as const;
/** How the globe is lit: a lamp that follows the viewer, or the real Sun at `time`. */
export const LIGHT_MODES = ['explore', 'sun'] as const;

export type HeadlineToggleId = (typeof HEADLINE_TOGGLE_IDS)[number];
export type SiteGroup = (typeof SITE_GROUPS)[number];
export type OverlayId = (typeof OVERLAY_IDS)[number];
export type LightMode = (typeof LIGHT_MODES)[number];

/** Camera altitude bounds above the datum (km). Navigation derives its zoom limits from these. */
export const ALT_MIN_KM = 150;
export const ALT_MAX_KM = 20_000;
export const FOV_MIN_DEG = 10;
export const FOV_MAX_DEG = 90;
export const EXAGGERATION_MIN = 1;
export const EXAGGERATION_MAX = 10;
/** Earliest and latest moments a view may carry (astronomy-engine is accurate well beyond). */
export const TIME_MIN_UTC = '1600-01-01T00:00:00Z';
export const TIME_MAX_UTC = '2500-12-31T23:59:59Z';

const range = (name: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${name} must be a number` })
    .refine(Number.isFinite, `${name} must be a finite number`)
    .refine((v) => v >= min && v <= max, `${name} must be between ${min} and ${max}${unit}`);

/** Parse a UTC instant written in ISO 8601 (`2022-11-23T22:57:00Z`, offsets allowed). */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a text is not a moment: not ISO 8601, not a real calendar date, or out of range. */
export type TimeProblem = 'format' | 'calendar' | 'range';
export type TimeResult =
  { ok: true; iso: string } | { ok: false; reason: string; problem: TimeProblem };

/**
 * Normalise an ISO 8601 instant to `YYYY-MM-DDThh:mm:ssZ` (UTC, whole
 * seconds), or say why it is not one. Calendar-impossible dates are refused.
 */
export function normalizeUtc(text: string): TimeResult {
  const m = ISO_INSTANT.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      reason: `"${text}" is not an ISO 8601 date-time such as 2022-11-23T22:57:00Z`,
      problem: 'format',
    };
  }
  const [, y, mo, d, h, mi, s = '0', , zone] = m;
  const fields = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = fields;
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utcMs);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return {
      ok: false,
      reason: `"${text}" is not a real calendar date and time`,
      problem: 'calendar',
    };
  }
  let offsetMin = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMin = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  const iso = new Date(utcMs - offsetMin * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (iso < TIME_MIN_UTC || iso > TIME_MAX_UTC) {
    return {
      ok: false,
      reason: `time must be between ${TIME_MIN_UTC} and ${TIME_MAX_UTC}`,
      problem: 'range',
    };
  }
  return { ok: true, iso };
}

const idList = <T extends readonly [string, ...string[]]>(name: string, ids: T) =>
  z
    .array(z.enum(ids, { error: () => `${name} may only hold ${ids.join(', ')}` }))
    .refine((list) => new Set(list).size === list.length, `${name} lists an entry twice`);

export const viewSchema = z.strictObject({
  latDeg: range('lat', -90, 90, '°'),
  lonDeg: range('lon', -180, 180, '°'),
  altKm: range('alt', ALT_MIN_KM, ALT_MAX_KM, ' km'),
  fovDeg: range('fov', FOV_MIN_DEG, FOV_MAX_DEG, '°'),
  exaggeration: range('ex', EXAGGERATION_MIN, EXAGGERATION_MAX, ''),
  sites: idList('sites', HEADLINE_TOGGLE_IDS),
  groups: idList('groups', SITE_GROUPS),
  overlays: idList('overlays', OVERLAY_IDS),
  /** Id of the selected place (a catalog site or a gazetteer feature), or null. */
  selected: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'sel must be a place id such as apollo-11')
    .nullable(),
  /** The moment shown, `YYYY-MM-DDThh:mm:ssZ`, or null for "now". */
  time: z
    .string()
    .nullable()
    .superRefine((value, ctx) => {
      if (value === null) return;
      const t = normalizeUtc(value);
      if (!t.ok) ctx.addIssue({ code: 'custom', message: `time: ${t.reason}` });
      else if (t.iso !== value)
        ctx.addIssue({ code: 'custom', message: `time must be written as ${t.iso}` });
    }),
  light: z.enum(LIGHT_MODES, { error: () => `light must be one of ${LIGHT_MODES.join(', ')}` }),
});

export type View = z.infer<typeof viewSchema>;

/** Camera distance from the Moon's centre in datum radii ↔ altitude above the datum. */
export const altKmToDistance = (altKm: number): number => 1 + altKm / MOON_RADIUS_KM;
export const distanceToAltKm = (distance: number): number => (distance - 1) * MOON_RADIUS_KM;

/** What the app shows when nothing says otherwise: the near side, whole, in explore light. */
export const DEFAULT_VIEW: Readonly<View> = Object.freeze({
  latDeg: 0,
  lonDeg: 0,
  altKm: 5560,
  fovDeg: 35,
  exaggeration: 3,
  sites: [...HEADLINE_TOGGLE_IDS],
  groups: [],
  overlays: ['labels' as OverlayId],
  selected: null,
  time: null,
  light: 'explore',
});

export type ViewResult = { ok: true; view: View } | { ok: false; reason: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the view is not valid';
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Validate a JSON view (from a picture, settings or a tour). */
export function parseViewJson(value: unknown): ViewResult {
  const result = viewSchema.safeParse(value);
  return result.success
    ? { ok: true, view: result.data }
    : { ok: false, reason: firstIssue(result.error) };
}

/** Fragment keys, in the order `formatViewFragment` writes them. */
const FRAGMENT_KEYS = {
  lat: 'latDeg',
  lon: 'lonDeg',
  alt: 'altKm',
  fov: 'fovDeg',
  ex: 'exaggeration',
  sites: 'sites',
  groups: 'groups',
  overlays: 'overlays',
  sel: 'selected',
  time: 'time',
  light: 'light',
} as const satisfies Record<string, keyof View>;

type FragmentKey = keyof typeof FRAGMENT_KEYS;
const NUMERIC = new Set<FragmentKey>(['lat', 'lon', 'alt', 'fov', 'ex']);
const LISTS = new Set<FragmentKey>(['sites', 'groups', 'overlays']);
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Read a view from an address fragment (`#lat=20&lon=-30&alt=3500`, with or
 * without the `#`). Missing keys take their default; `time=now` means now;
 * list keys take comma-separated ids (`sites=` shows none).
 */
export function parseViewFragment(fragment: string): ViewResult {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const view: Record<string, unknown> = { ...DEFAULT_VIEW };
  const seen = new Set<string>();
  if (body.trim() === '') return parseViewJson(view);
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    let key: string;
    let raw: string;
    try {
      key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
      raw = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      return { ok: false, reason: `"${part}" is not correctly encoded` };
    }
    if (!Object.hasOwn(FRAGMENT_KEYS, key)) {
      return { ok: false, reason: `unknown field "${key}"` };
    }
    if (seen.has(key)) return { ok: false, reason: `${key} is given twice` };
    seen.add(key);
    const fragmentKey = key as FragmentKey;
    const field = FRAGMENT_KEYS[fragmentKey];
    if (NUMERIC.has(fragmentKey)) {
      if (!DECIMAL.test(raw)) return { ok: false, reason: `${key} must be a number, not "${raw}"` };
      view[field] = Number(raw);
    } else if (LISTS.has(fragmentKey)) {
      view[field] = raw === '' ? [] : raw.split(',');
    } else if (fragmentKey === 'sel') {
      view[field] = raw === '' ? null : raw;
    } else if (fragmentKey === 'time') {
      if (raw === '' || raw === 'now') view[field] = null;
      else {
        const t = normalizeUtc(raw);
        if (!t.ok) return { ok: false, reason: `time: ${t.reason}` };
        view[field] = t.iso;
      }
    } else {
      view[field] = raw;
    }
  }
  return parseViewJson(view);
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * The precision a view is kept at: 1e-4° (≈ 3 m on the ground), 0.1 km of
 * altitude, 0.01° of field of view and exaggeration. Links and pictures
 * store this; `parseViewFragment(formatViewFragment(v))` gives back `roundView(v)`.
 */
export function roundView(view: View): View {
  return {
    ...view,
    latDeg: round(view.latDeg, 4),
    lonDeg: round(view.lonDeg, 4),
    altKm: round(view.altKm, 1),
    fovDeg: round(view.fovDeg, 2),
    exaggeration: round(view.exaggeration, 2),
  };
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Write a view as an address fragment (without the `#`). The camera fields
 * are always written; other fields only when they differ from the default,
 * so links stay short.
 */
export function formatViewFragment(view: View): string {
  const v = roundView(view);
  const d = DEFAULT_VIEW;
  const parts: string[] = [`lat=${v.latDeg}`, `lon=${v.lonDeg}`, `alt=${v.altKm}`];
  if (v.fovDeg !== d.fovDeg) parts.push(`fov=${v.fovDeg}`);
  if (v.exaggeration !== d.exaggeration) parts.push(`ex=${v.exaggeration}`);
  if (!same(v.sites, d.sites)) parts.push(`sites=${v.sites.join(',')}`);
  if (!same(v.groups, d.groups)) parts.push(`groups=${v.groups.join(',')}`);
  if (!same(v.overlays, d.overlays)) parts.push(`overlays=${v.overlays.join(',')}`);
  if (v.selected !== null) parts.push(`sel=${v.selected}`);
  if (v.time !== null) parts.push(`time=${v.time}`);
  if (v.light !== d.light) parts.push(`light=${v.light}`);
  return parts.join('&');
}

/** Whether two views show the same thing at the stored precision. */
export function sameView(a: View, b: View): boolean {
  return formatViewFragment(a) === formatViewFragment(b);
}
