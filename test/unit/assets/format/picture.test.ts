import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import extractChunks from 'png-chunks-extract';
import encodeChunks from 'png-chunks-encode';
import * as pngText from 'png-chunk-text';
import {
  PICTURE_KEYWORD,
  readPictureMeta,
  writePictureMeta,
  type PictureMeta,
} from '../../../../assets/format/picture';
import { DEFAULT_VIEW } from '../../../../assets/format/view';

const W = 37;
const H = 21;

async function png(): Promise<Uint8Array> {
  const raw = Buffer.alloc(W * H * 4);
  for (let i = 0; i < W * H; i++) raw.set([i % 251, (i * 7) % 253, (i * 13) % 255, 255], i * 4);
  return new Uint8Array(
    await sharp(raw, { raw: { width: W, height: H, channels: 4 } })
      .png()
      .toBuffer(),
  );
}

const meta: PictureMeta = {
  format: 'farside-picture',
  version: 1,
  view: {
    ...DEFAULT_VIEW,
    latDeg: -41.6385,
    lonDeg: -153.9852,
    altKm: 3000,
    fovDeg: 40,
    exaggeration: 5.5,
    sites: ['spa-change-6'],
    groups: ['regions'],
    overlays: ['grid', 'labels'],
    selected: 'change-6',
    time: '2024-06-01T22:23:00Z',
    light: 'sun',
  },
  widthPx: W,
  heightPx: H,
  createdUtc: '2026-11-21T13:05:12Z',
  app: { name: 'Farside', version: '0.1.0' },
  pack: {
    version: 1,
    builtAt: '2026-11-20T10:00:00Z',
    builder: 'farside-assets 1',
    sources: [{ name: 'ldem_4_uint.tif', sha256: 'a'.repeat(64) }],
  },
};

/** Replace the Farside view chunk's text (the CRC is recomputed by the library). */
function withViewText(bytes: Uint8Array, text: string): Uint8Array {
  const chunks = extractChunks(bytes).map((c) =>
    c.name === 'tEXt' && pngText.decode(c.data).keyword === PICTURE_KEYWORD
      ? pngText.encode(PICTURE_KEYWORD, text)
      : c,
  );
  return encodeChunks(chunks);
}

describe('picture metadata', () => {
  it('round-trips every field, adds the standard text, and leaves the pixels alone', async () => {
    const original = await png();
    const tagged = writePictureMeta(original, meta, "Chang'e-6 — Farside");
    const read = readPictureMeta(tagged);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.meta).toEqual(meta);
    expect(read.text['Copyright']).toBe(
      "NASA's Scientific Visualization Studio, CGI Moon Kit; LRO LOLA and LROC data",
    );
    expect(read.text['Software']).toBe('Farside 0.1.0');
    expect(read.text['Creation Time']).toBe('2026-11-21T13:05:12Z');
    expect(read.text['Title']).toBe("Chang'e-6 \\u2014 Farside");
    expect(read.text['Description']).toContain('latitude -41.6385°');
    // sharp (libvips/libspng) still reads it, with the same pixels.
    const a = await sharp(Buffer.from(original)).raw().toBuffer();
    const b = await sharp(Buffer.from(tagged)).raw().toBuffer();
    expect(b.equals(a)).toBe(true);
    const info = await sharp(Buffer.from(tagged)).metadata();
    expect([info.width, info.height]).toEqual([W, H]);
  });

  it('writes one view chunk even when the picture already had one', async () => {
    const twice = writePictureMeta(writePictureMeta(await png(), meta, 'a'), meta, 'b');
    const views = extractChunks(twice).filter(
      (c) => c.name === 'tEXt' && pngText.decode(c.data).keyword === PICTURE_KEYWORD,
    );
    expect(views).toHaveLength(1);
  });

  it('says why a picture cannot give a view', async () => {
    const plain = await png();
    expect(readPictureMeta(plain)).toMatchObject({ ok: false, kind: 'no-view' });
    expect(readPictureMeta(new TextEncoder().encode('GIF89a…'))).toMatchObject({
      ok: false,
      kind: 'not-png',
    });
    const tagged = writePictureMeta(plain, meta, 't');
    const broken = tagged.slice();
    broken[40] = broken[40]! ^ 0xff; // inside the first text chunk: its CRC no longer matches
    expect(readPictureMeta(broken)).toMatchObject({ ok: false, kind: 'not-png' });
    expect(readPictureMeta(withViewText(tagged, '{"format":'))).toMatchObject({
      ok: false,
      kind: 'bad-view',
      reason: 'its view is not valid JSON',
    });
    const offRange = JSON.stringify({ ...meta, view: { ...meta.view, latDeg: 91 } });
    const r = readPictureMeta(withViewText(tagged, offRange));
    expect(r).toMatchObject({ ok: false, kind: 'bad-view' });
    expect(!r.ok && r.reason).toContain('lat must be between -90 and 90');
    const extra = JSON.stringify({ ...meta, view: { ...meta.view, heading: 3 } });
    expect(readPictureMeta(withViewText(tagged, extra))).toMatchObject({
      ok: false,
      kind: 'bad-view',
    });
  });
});
