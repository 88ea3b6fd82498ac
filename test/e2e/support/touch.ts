/**
 * Real touch input through the Chrome DevTools Protocol
 * (Input.dispatchTouchEvent): the browser sees touchstart/move/end and the
 * pointer events it derives from them, exactly as from a touch screen.
 */
import type { CDPSession, Page } from '@playwright/test';

type Point = { x: number; y: number };

export async function touchSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return cdp;
}

type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

async function touch(cdp: CDPSession, type: TouchType, points: Point[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 4, radiusY: 4, force: 1 })),
  });
}

export async function tap(cdp: CDPSession, at: Point): Promise<void> {
  await touch(cdp, 'touchStart', [at]);
  await touch(cdp, 'touchEnd', []);
}

/** Move fingers from `from` to `to` (one point per finger) in `steps` moves. */
export async function gesture(
  cdp: CDPSession,
  from: Point[],
  to: Point[],
  steps = 8,
): Promise<void> {
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i += 1) {
    const t = i / steps;
    await touch(
      cdp,
      'touchMove',
      from.map((p, k) => ({ x: p.x + (to[k]!.x - p.x) * t, y: p.y + (to[k]!.y - p.y) * t })),
    );
  }
  await touch(cdp, 'touchEnd', []);
}

/** Turn fingers about `centre` by `deg` (clockwise on screen) along arcs, in `steps` moves. */
export async function twist(
  cdp: CDPSession,
  from: Point[],
  centre: Point,
  deg: number,
  steps = 12,
): Promise<void> {
  const turn = (p: Point, rad: number): Point => {
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    return {
      x: centre.x + dx * Math.cos(rad) - dy * Math.sin(rad),
      y: centre.y + dx * Math.sin(rad) + dy * Math.cos(rad),
    };
  };
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i += 1) {
    const rad = ((deg * Math.PI) / 180) * (i / steps);
    await touch(
      cdp,
      'touchMove',
      from.map((p) => turn(p, rad)),
    );
  }
  await touch(cdp, 'touchEnd', []);
}
