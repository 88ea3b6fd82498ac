import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { twistRad, type ScreenPoint } from '../../../../renderer/geo/twist';

/** Rotate p about c by `rad` (clockwise on a y-down screen), built from cos/sin. */
function turn(p: ScreenPoint, c: ScreenPoint, rad: number): ScreenPoint {
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  return {
    x: c.x + dx * Math.cos(rad) - dy * Math.sin(rad),
    y: c.y + dx * Math.sin(rad) + dy * Math.cos(rad),
  };
}

const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
const point = fc.record({ x: coord, y: coord });

describe('twistRad', () => {
  it('a quarter turn clockwise on screen (right → down) is +π/2', () => {
    const a = { x: 100, y: 100 };
    expect(twistRad(a, { x: 200, y: 100 }, a, { x: 100, y: 200 })).toBeCloseTo(Math.PI / 2, 12);
    expect(twistRad(a, { x: 100, y: 200 }, a, { x: 200, y: 100 })).toBeCloseTo(-Math.PI / 2, 12);
  });

  it('recovers any rotation of both fingers about any centre, with any zoom and shift', () => {
    fc.assert(
      fc.property(
        point,
        point,
        point,
        fc.double({ min: -3.1, max: 3.1, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.record({ x: coord, y: coord }),
        (a, b, c, rad, scale, shift) => {
          fc.pre(Math.hypot(b.x - a.x, b.y - a.y) > 1);
          const move = (p: ScreenPoint) => {
            const r = turn(p, c, rad);
            return {
              x: c.x + (r.x - c.x) * scale + shift.x,
              y: c.y + (r.y - c.y) * scale + shift.y,
            };
          };
          expect(twistRad(a, b, move(a), move(b))).toBeCloseTo(rad, 9);
        },
      ),
    );
  });

  it('a pinch or a pan without turning is no twist; fingers on one spot are none either', () => {
    const a = { x: 10, y: 20 };
    const b = { x: 50, y: 80 };
    expect(twistRad(a, b, { x: 0, y: 5 }, { x: 80, y: 125 })).toBeCloseTo(0, 12);
    expect(twistRad(a, a, a, b)).toBe(0);
  });
});
