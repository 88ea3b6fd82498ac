/**
 * The asset pack's manifest (`manifest.json`), format version 1.
 *
 * Shared contract between the asset tool (writes it), the main process
 * (reports pack status) and the renderer (loads layers). Pure: zod only.
 * All file names are relative to the pack root and carry a content hash,
 * so the server may cache them forever.
 */
import { z } from 'zod';

export const PACK_FORMAT = 'farside-pack';
export const PACK_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** Required wherever the data shows (About, exports). */
export const KIT_CREDIT =
  "NASA's Scientific Visualization Studio, CGI Moon Kit; LRO LOLA and LROC data";

/** A pack-relative file name: no folders, no dot-dot, a content hash before the extension. */
const packFileName = z
  .string()
  .regex(/^[a-z0-9-]+\.[0-9a-f]{8,64}\.[a-z0-9]+$/, 'must be a plain content-hashed file name');

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256');

const packFile = z.object({
  file: packFileName,
  bytes: z.number().int().positive(),
  sha256,
});

const raster = packFile.extend({
  width: z.number().int().positive().max(65536),
  height: z.number().int().positive().max(32768),
});

export const colorLevelSchema = raster.extend({
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
});

export const elevationSchema = raster.extend({
  /** Row-major, north row first, west column first (kit georeferencing). */
  encoding: z.literal('int16le'),
  /** heightM = raw * scaleM + offsetM, relative to the datum radius. */
  scaleM: z.number().positive(),
  offsetM: z.number(),
  minM: z.number(),
  maxM: z.number(),
  meanM: z.number(),
  /** Kit file the grid was decoded from. */
  source: z.string().min(1),
});

export const normalSchema = raster.extend({
  mime: z.literal('image/png'),
  /** RGB = (east, north, up) · 0.5 + 0.5, computed with `exaggeration`. */
  space: z.literal('tangent-east-north-up'),
  exaggeration: z.number().positive(),
});

export const sourceSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['color', 'elevation']),
  bytes: z.number().int().positive(),
  sha256,
  credit: z.string().min(1),
});

export const manifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  builtAt: z.string().min(1),
  /** Identifies the code that built the pack; a change forces a rebuild. */
  builder: z.string().min(1),
  datum: z.object({
    body: z.literal('Moon'),
    radiusM: z.number().positive(),
    /** Longitude convention of every raster: east-positive, left edge −180°. */
    lonLeftEdgeDeg: z.literal(-180),
  }),
  credits: z.array(z.string().min(1)).min(1),
  sources: z.array(sourceSchema).min(1),
  color: z.object({
    source: z.string().min(1),
    /** Ascending width; the first is the small fast-first-frame level. */
    levels: z.array(colorLevelSchema).min(1),
  }),
  elevation: elevationSchema,
  normal: normalSchema,
});

export type PackManifest = z.infer<typeof manifestSchema>;
export type ColorLevel = z.infer<typeof colorLevelSchema>;
export type ElevationLayer = z.infer<typeof elevationSchema>;
export type NormalLayer = z.infer<typeof normalSchema>;
export type PackSource = z.infer<typeof sourceSchema>;

export type ManifestResult = { ok: true; manifest: PackManifest } | { ok: false; reason: string };

/** Validate parsed JSON as a manifest; the reason names the first bad field. */
export function parseManifest(json: unknown): ManifestResult {
  const result = manifestSchema.safeParse(json);
  if (result.success) {
    const levels = result.data.color.levels;
    for (let k = 1; k < levels.length; k++) {
      if (levels[k]!.width <= levels[k - 1]!.width) {
        return { ok: false, reason: 'color.levels must be in ascending width' };
      }
    }
    return { ok: true, manifest: result.data };
  }
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'manifest';
  return { ok: false, reason: `${where}: ${issue.message}` };
}

/** Parse manifest text (as read from disk or fetched). */
export function parseManifestText(text: string): ManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'manifest.json is not valid JSON' };
  }
  return parseManifest(json);
}
