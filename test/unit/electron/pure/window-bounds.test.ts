import { describe, expect, it } from 'vitest';
import { restoreWindowBounds } from '../../../../electron/pure/window-bounds';

const DEFAULTS = { width: 1280, height: 800 };
const MIN = { width: 640, height: 480 };
const laptop = { x: 0, y: 0, width: 1440, height: 875 }; // primary work area
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 }; // to its right
const saved = (x: number, y: number, width = 1000, height = 700) => ({
  x,
  y,
  width,
  height,
  maximized: false,
  fullScreen: false,
});

describe('restoreWindowBounds', () => {
  it('nothing saved: the default size, no position (centred)', () => {
    expect(restoreWindowBounds(null, [laptop], DEFAULTS, MIN)).toEqual({
      width: 1280,
      height: 800,
      maximized: false,
      fullScreen: false,
    });
  });

  it('on a display that exists: exactly where it was', () => {
    expect(restoreWindowBounds(saved(1600, 0), [laptop, monitor], DEFAULTS, MIN)).toMatchObject({
      x: 1600,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('its display unplugged: the saved size on the primary, no position', () => {
    const r = restoreWindowBounds(saved(1600, 0), [laptop], DEFAULTS, MIN);
    expect(r.x).toBeUndefined();
    expect(r.y).toBeUndefined();
    expect(r).toMatchObject({ width: 1000, height: 700 });
  });

  it('a huge window from a big monitor shrinks to fit the laptop', () => {
    const r = restoreWindowBounds(saved(1500, -100, 2400, 1300), [laptop], DEFAULTS, MIN);
    expect(r).toMatchObject({ width: 1440, height: 875 });
  });

  it('title bar above the top of every display: not restored there', () => {
    const r = restoreWindowBounds(saved(100, -500), [laptop], DEFAULTS, MIN);
    expect(r.x).toBeUndefined();
  });

  it('hanging off the edge but with the title bar reachable: moved fully inside', () => {
    const r = restoreWindowBounds(saved(1200, 300), [laptop], DEFAULTS, MIN);
    expect(r).toMatchObject({ x: 1440 - 1000, y: 875 - 700, width: 1000, height: 700 });
  });

  it('maximised and full-screen flags survive', () => {
    const r = restoreWindowBounds(
      { ...saved(10, 10), maximized: true, fullScreen: true },
      [laptop],
      DEFAULTS,
      MIN,
    );
    expect(r).toMatchObject({ maximized: true, fullScreen: true });
  });
});
