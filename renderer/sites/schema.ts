/**
 * The landing-site catalog's entry format and its validation (pure: zod only).
 *
 * Coordinates are selenographic, latitude north-positive, longitude
 * east-positive in −180…180, on the 1737.4 km datum sphere. Every entry keeps
 * where its coordinates come from (source, frame, stated accuracy) so the info
 * panel can show them (REFERENCE.md).
 */
import { z } from 'zod';

export const SITE_KINDS = [
  'crewed-landing',
  'robotic-landing',
  'sample-return',
  'region',
  'feature',
] as const;

/*
 * Groups the UI toggles as a whole (one switch per group), and the three
 * toggles the product must always offer (REFERENCE.md): each headline shows
 * every entry carrying its id, e.g. Mons Rümker and the Chang'e-5 lander.
 * They are part of a view, so the view format owns their vocabulary.
 */
import { HEADLINE_TOGGLE_IDS, SITE_GROUPS } from '../../assets/format/view';

export {
  HEADLINE_TOGGLE_IDS,
  SITE_GROUPS,
  type HeadlineToggleId,
  type SiteGroup,
} from '../../assets/format/view';

export type SiteKind = (typeof SITE_KINDS)[number];

const isoDate = z.union([z.iso.date(), z.iso.datetime()], {
  error: 'must be an ISO 8601 date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDThh:mm:ssZ)',
});

const text = z.string().trim().min(1, 'must not be empty');

export const provenanceSchema = z.strictObject({
  /** Citation for the coordinates (and elevation, when given). */
  source: text,
  /** Reference frame of the coordinates, e.g. 'Moon ME (LRO)'. */
  frame: text,
  /** Accuracy as the source states it, e.g. '±20 m', or 'not stated'. */
  accuracy: text,
  /** Anything a careful reader should know (other published values, caveats). */
  note: text.optional(),
});

export const outlineSchema = z.discriminatedUnion('shape', [
  z.strictObject({
    shape: z.literal('circle'),
    diameterKm: z.number().positive('must be positive'),
    source: text,
  }),
  z.strictObject({
    shape: z.literal('ellipse'),
    /** Full long axis along the surface. */
    majorAxisKm: z.number().positive('must be positive'),
    /** Full short axis along the surface. */
    minorAxisKm: z.number().positive('must be positive'),
    /** Direction of the long axis, clockwise from north at the centre. */
    azimuthDeg: z.number().min(0, 'must be in 0…180').max(180, 'must be in 0…180'),
    source: text,
  }),
]);

export const siteSchema = z
  .strictObject({
    /** Stable, URL-safe identifier, e.g. 'apollo-11'. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)'),
    name: text,
    alternateNames: z.array(text).default([]),
    kind: z.enum(SITE_KINDS),
    group: z.enum(SITE_GROUPS),
    /** Headline toggle that also shows this entry (see HEADLINE_TOGGLE_IDS). */
    toggleId: z.enum(HEADLINE_TOGGLE_IDS).optional(),
    latDeg: z.number().min(-90, 'must be in −90…90').max(90, 'must be in −90…90'),
    lonDeg: z.number().min(-180, 'must be in −180…180').max(180, 'must be in −180…180'),
    /** Height above the 1737.4 km datum, as published (frame per provenance). */
    elevationM: z.number().optional(),
    dates: z
      .strictObject({
        launch: isoDate.optional(),
        landing: isoDate.optional(),
        /** Sample capsule back on Earth. */
        return: isoDate.optional(),
      })
      .optional(),
    description: text,
    provenance: provenanceSchema,
    outline: outlineSchema.optional(),
  })
  .superRefine((site, ctx) => {
    if (site.kind === 'region' && site.outline === undefined) {
      ctx.addIssue({ code: 'custom', path: ['outline'], message: 'a region needs an outline' });
    }
    const o = site.outline;
    if (o?.shape === 'ellipse' && o.minorAxisKm > o.majorAxisKm) {
      ctx.addIssue({
        code: 'custom',
        path: ['outline', 'minorAxisKm'],
        message: 'must not exceed majorAxisKm',
      });
    }
    const d = site.dates;
    if (d?.launch && d.landing && Date.parse(d.landing) < Date.parse(d.launch)) {
      ctx.addIssue({ code: 'custom', path: ['dates', 'landing'], message: 'is before launch' });
    }
  });

/** What catalog data is written as (defaults not yet applied). */
export type SiteInput = z.input<typeof siteSchema>;
/** A validated catalog entry. */
export type Site = z.output<typeof siteSchema>;
export type SiteOutline = z.output<typeof outlineSchema>;
export type Provenance = z.output<typeof provenanceSchema>;

export interface RejectedSite {
  /** Position in the raw array. */
  index: number;
  /** The entry's id, when it had a string one. */
  id?: string;
  /** Names the offending field first, e.g. 'latDeg: must be in −90…90'. */
  reason: string;
}

export interface LoadedCatalog {
  sites: Site[];
  rejected: RejectedSite[];
}

function rawId(entry: unknown): string | undefined {
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    const id = (entry as { id: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

function valueAt(entry: unknown, path: readonly PropertyKey[]): unknown {
  let value = entry;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Validate each raw entry. A malformed entry is reported in `rejected` and
 * skipped; the rest load. Never throws. A repeated id is rejected on every
 * occurrence after the first.
 */
export function loadCatalog(raw: readonly unknown[]): LoadedCatalog {
  const sites: Site[] = [];
  const rejected: RejectedSite[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    const id = rawId(entry);
    const reject = (reason: string) =>
      rejected.push(id === undefined ? { index, reason } : { index, id, reason });
    const result = siteSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const where = issue.path.length > 0 ? issue.path.join('.') : 'entry';
      // Say plainly when a required field is missing rather than mistyped.
      const missing = issue.code === 'invalid_type' && valueAt(entry, issue.path) === undefined;
      const message = missing ? 'is required' : issue.message;
      reject(`${where}: ${message}`);
      return;
    }
    if (seen.has(result.data.id)) {
      reject(`id: duplicate id '${result.data.id}'`);
      return;
    }
    seen.add(result.data.id);
    sites.push(result.data);
  });
  return { sites, rejected };
}
