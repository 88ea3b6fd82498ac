import { describe, expect, it } from 'vitest';
import { nearestAngle } from '../../../../renderer/geo/angles';

const TAU = 2 * Math.PI;

describe('nearestAngle', () => {
  it('is the target itself when already within half a turn', () => {
    expect(nearestAngle(0, Math.PI / 2)).toBeCloseTo(Math.PI / 2, 12);
    expect(nearestAngle(0.1, -0.2)).toBeCloseTo(-0.2, 12);
  });

  it('takes the short way after many accumulated turns', () => {
    // Camera at 7 full turns + 10°, asked for the far side (180°).
    const current = 7 * TAU + (10 * Math.PI) / 180;
    const got = nearestAngle(current, Math.PI);
    expect(Math.abs(got - current)).toBeLessThanOrEqual(Math.PI + 1e-12);
    expect(Math.cos(got)).toBeCloseTo(-1, 12);
    expect(Math.sin(got)).toBeCloseTo(0, 12);
  });

  it('never turns more than half a turn, for any pair', () => {
    for (let c = -20; c <= 20; c += 0.37) {
      for (let t = -7; t <= 7; t += 0.53) {
        const got = nearestAngle(c, t);
        expect(Math.abs(got - c)).toBeLessThanOrEqual(Math.PI + 1e-9);
        expect(Math.cos(got - t)).toBeCloseTo(1, 9);
      }
    }
  });
});
