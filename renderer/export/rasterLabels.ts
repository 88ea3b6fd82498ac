/**
 * Site and grid labels are DOM on screen; a picture needs them drawn into
 * its pixels. This draws every label showing on screen now, with its own
 * CSS look (font, colours, padding, corner radius), at its anchor's position
 * in the picture and its on-screen offset from the anchor, scaled.
 * Shared by whatever lays labels out: it reads only the label registry.
 */
import { labelAnchors } from '../scene/labelRegistry';

/** Picture position (px) of a place, or null when it is hidden behind the limb. */
export type ProjectAnchor = (
  latDeg: number,
  lonDeg: number,
  liftM: number,
) => {
  x: number;
  y: number;
} | null;

const TRANSLATE = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/;

function roundedRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/**
 * Draw the labels visible on screen into `ctx`. `scale` is picture px per
 * CSS px (the picture's height over the window's).
 */
export function drawScreenLabels(
  ctx: CanvasRenderingContext2D,
  project: ProjectAnchor,
  scale: number,
): number {
  let drawn = 0;
  for (const a of labelAnchors.values()) {
    const el = a.el;
    if (!el.isConnected || el.style.visibility !== 'visible') continue;
    const m = TRANSLATE.exec(el.style.transform);
    if (!m) continue;
    const at = project(a.latDeg, a.lonDeg, a.liftM);
    if (!at) continue;
    const style = getComputedStyle(el);
    const x = at.x + (Number(m[1]) - a.screenX) * scale;
    const y = at.y + (Number(m[2]) - a.screenY) * scale;
    const w = el.offsetWidth * scale;
    const h = el.offsetHeight * scale;
    const radius = (parseFloat(style.borderTopLeftRadius) || 0) * scale;
    ctx.save();
    ctx.fillStyle = style.backgroundColor;
    roundedRect(ctx, x, y, w, h, radius);
    ctx.fill();
    const border = parseFloat(style.borderTopWidth) || 0;
    if (border > 0 && style.borderTopStyle !== 'none') {
      ctx.strokeStyle = style.borderTopColor;
      ctx.lineWidth = border * scale;
      ctx.stroke();
    }
    const fontPx = parseFloat(style.fontSize) * scale;
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${fontPx}px ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'center';
    if (style.textShadow && style.textShadow !== 'none') {
      ctx.shadowColor = 'rgba(0, 0, 0, 0.8)';
      ctx.shadowBlur = 3 * scale;
    }
    ctx.fillText(el.textContent ?? '', x + w / 2, y + h / 2);
    ctx.restore();
    drawn++;
  }
  return drawn;
}

/** The data credit, bottom right, readable at any picture size. */
export function drawCredit(
  ctx: CanvasRenderingContext2D,
  text: string,
  widthPx: number,
  heightPx: number,
) {
  const fontPx = Math.max(11, Math.round(heightPx / 70));
  const pad = Math.round(fontPx * 0.6);
  ctx.save();
  ctx.font = `${fontPx}px system-ui, sans-serif`;
  const w = Math.min(widthPx, ctx.measureText(text).width + 2 * pad);
  const h = fontPx + 2 * pad;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
  ctx.fillRect(widthPx - w, heightPx - h, w, h);
  ctx.fillStyle = 'rgba(235, 238, 245, 0.92)';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillText(text, widthPx - pad, heightPx - h / 2, widthPx - 2 * pad);
  ctx.restore();
}
