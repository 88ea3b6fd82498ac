/**
 * Where to put the main window at start (pure): the saved bounds, but only
 * onto a display that still exists. A monitor unplugged since last time, or
 * a resolution made smaller, must never leave the window off screen.
 * All rectangles are in device-independent pixels, as Electron's `screen`
 * reports work areas.
 */
import type { WindowBounds } from '../../assets/format/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the window opens: a position only when it is known to be visible. */
export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

/** A window counts as on a display when this much of its title bar is on it (px). */
export const TITLE_BAR_VISIBLE_PX = { width: 120, height: 24 } as const;

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The work area the title bar of `rect` shows on (most overlap), or null when none shows enough. */
export function displayShowing(rect: Rect, workAreas: readonly Rect[]): Rect | null {
  const titleBar = { x: rect.x, y: rect.y, width: rect.width, height: TITLE_BAR_VISIBLE_PX.height };
  let best: Rect | null = null;
  let bestWidth = 0;
  for (const area of workAreas) {
    const o = overlap(titleBar, area);
    if (o === null) continue;
    const enough = o.width >= Math.min(TITLE_BAR_VISIBLE_PX.width, rect.width);
    if (enough && o.width > bestWidth && o.height >= TITLE_BAR_VISIBLE_PX.height) {
      best = area;
      bestWidth = o.width;
    }
  }
  return best;
}

/**
 * The bounds to open with: `defaults` when nothing is saved; the saved
 * rectangle (shrunk and moved to fit inside its display) when its title bar
 * is on a display that exists; otherwise the saved size, fitted to the
 * primary display, with no position (the window system centres it).
 */
export function restoreWindowBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
  minimum: { width: number; height: number },
): InitialBounds {
  if (saved === null || workAreas.length === 0) {
    return { ...defaults, maximized: false, fullScreen: false };
  }
  const fit = (size: number, room: number, min: number) => Math.max(min, Math.min(size, room));
  const { maximized, fullScreen } = saved;
  const area = displayShowing(saved, workAreas);
  if (area === null) {
    const primary = workAreas[0]!;
    return {
      width: fit(saved.width, primary.width, minimum.width),
      height: fit(saved.height, primary.height, minimum.height),
      maximized,
      fullScreen,
    };
  }
  const width = fit(saved.width, area.width, minimum.width);
  const height = fit(saved.height, area.height, minimum.height);
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized, fullScreen };
}
