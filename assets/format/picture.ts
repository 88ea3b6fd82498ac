/**
 * What a Farside picture says about itself (pure: zod and PNG chunk
 * libraries only). An exported PNG carries the standard text chunks (Title,
 * Software, Creation Time, Description, Copyright) and one machine-readable
 * `tEXt` chunk, keyword `farside:view`, holding JSON: the full view (the one
 * view format, assets/format/view.ts), the picture size, the pack's version
 * and source hashes, and the app version. Chunks are read and written with
 * png-chunks-extract / png-chunks-encode / png-chunk-text (which own the CRC).
 */
import { z } from 'zod';
import extractChunks from 'png-chunks-extract';
import encodeChunks from 'png-chunks-encode';
import * as pngText from 'png-chunk-text';
import { KIT_CREDIT } from './manifest';
import { viewSchema, type View } from './view';

export const PICTURE_KEYWORD = 'farside:view';
export const PICTURE_FORMAT = 'farside-picture';
export const PICTURE_FORMAT_VERSION = 1;
/** Largest picture the app saves or reads (an 8K PNG of the Moon is tens of MB; 16K fits). */
export const PICTURE_MAX_BYTES = 200 * 1024 * 1024;
/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const pictureMetaSchema = z.strictObject({
  format: z.literal(PICTURE_FORMAT),
  version: z.literal(PICTURE_FORMAT_VERSION),
  view: viewSchema,
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  /** `YYYY-MM-DDThh:mm:ssZ`, when the picture was made. */
  createdUtc: z.string(),
  app: z.strictObject({ name: z.string(), version: z.string() }),
  pack: z.strictObject({
    version: z.number().int(),
    builtAt: z.string(),
    builder: z.string(),
    sources: z.array(z.strictObject({ name: z.string(), sha256 })),
  }),
});

export type PictureMeta = z.infer<typeof pictureMetaSchema>;

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** tEXt holds Latin-1 only: anything beyond is written as JSON-style \\u escapes. */
const latin1 = (text: string) =>
  text.replace(
    /[^\x20-\x7e\xa0-\xff\n]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** The standard text chunks, in the order they are written. */
export function standardText(meta: PictureMeta, title: string): Record<string, string> {
  const v = meta.view;
  return {
    Title: title,
    Software: `${meta.app.name} ${meta.app.version}`,
    'Creation Time': meta.createdUtc,
    Description:
      `The Moon seen from ${v.altKm} km above latitude ${v.latDeg}°, longitude ${v.lonDeg}° ` +
      `(east-positive), field of view ${v.fovDeg}°, relief ×${v.exaggeration}; ` +
      `${meta.widthPx}×${meta.heightPx} px.`,
    Copyright: KIT_CREDIT,
  };
}

/**
 * Add the text chunks to an encoded PNG (right after IHDR). Any earlier
 * Farside view chunk is replaced, so a picture never holds two views.
 */
export function writePictureMeta(png: Uint8Array, meta: PictureMeta, title: string): Uint8Array {
  const checked = pictureMetaSchema.parse(meta);
  const chunks = extractChunks(png).filter(
    (c) => !(c.name === 'tEXt' && pngText.decode(c.data).keyword === PICTURE_KEYWORD),
  );
  const text = Object.entries(standardText(checked, title)).map(([k, v]) =>
    pngText.encode(k, latin1(v)),
  );
  text.push(pngText.encode(PICTURE_KEYWORD, latin1(JSON.stringify(checked))));
  chunks.splice(1, 0, ...text);
  return encodeChunks(chunks);
}

export type PictureMetaResult =
  | { ok: true; meta: PictureMeta; text: Record<string, string> }
  | { ok: false; kind: 'not-png' | 'no-view' | 'bad-view'; reason: string };

/** Read the view and text chunks of a PNG; says plainly why when it cannot. */
export function readPictureMeta(png: Uint8Array): PictureMetaResult {
  if (!isPng(png)) return { ok: false, kind: 'not-png', reason: 'not a PNG file' };
  let chunks: { name: string; data: Uint8Array }[];
  try {
    chunks = extractChunks(png);
  } catch (error) {
    return { ok: false, kind: 'not-png', reason: `a damaged PNG (${(error as Error).message})` };
  }
  const text: Record<string, string> = {};
  for (const c of chunks) {
    if (c.name !== 'tEXt') continue;
    try {
      const { keyword, text: value } = pngText.decode(c.data);
      text[keyword] = value;
    } catch {
      // A malformed text chunk of someone else's is not ours to judge.
    }
  }
  const raw = text[PICTURE_KEYWORD];
  if (raw === undefined) {
    return { ok: false, kind: 'no-view', reason: 'the picture holds no Farside view' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, kind: 'bad-view', reason: 'its view is not valid JSON' };
  }
  const parsed = pictureMetaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, kind: 'bad-view', reason: `${where}${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, meta: parsed.data, text };
}

/** A short name for what a view looks at: the selected place, a pole, or a side. */
export function viewSlug(view: View): string {
  if (view.selected) return view.selected;
  if (view.latDeg >= 60) return 'north-pole';
  if (view.latDeg <= -60) return 'south-pole';
  return Math.abs(view.lonDeg) <= 90 ? 'near-side' : 'far-side';
}

/** A picture's title: what it shows, in plain words. */
export function pictureTitle(view: View): string {
  const lat = `${Math.abs(view.latDeg).toFixed(1)}°${view.latDeg >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(view.lonDeg).toFixed(1)}°${view.lonDeg >= 0 ? 'E' : 'W'}`;
  const side = Math.abs(view.lonDeg) <= 90 ? 'near side' : 'far side';
  return `The Moon, ${side}, ${lat} ${lon} from ${Math.round(view.altKm)} km`;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `farside-2026-11-21-130512-far-side.png` (local time of `date`), or with
 * `-2`, `-3`… before the extension when `copy` > 1. Throws on a slug that
 * is not a plain lowercase name, so no path can come through it.
 */
export function pictureFileName(date: Date, slug: string, copy = 1): string {
  if (!SLUG.test(slug)) throw new RangeError(`"${slug}" is not a plain picture name`);
  const stamp =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return `farside-${stamp}-${slug}${copy > 1 ? `-${copy}` : ''}.png`;
}
