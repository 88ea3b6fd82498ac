import { describe, expect, it } from 'vitest';
import { formatLatLon, parseCoordinates } from '../../../../renderer/gazetteer/coordinates';

const at = (text: string) => {
  const r = parseCoordinates(text);
  return r.kind === 'coordinates' ? [r.latDeg, r.lonDeg] : r.kind;
};

describe('typed coordinates', () => {
  it('reads hemisphere letters', () => {
    expect(at('12.5N 45W')).toEqual([12.5, -45]);
    expect(at('12.5 S, 45 E')).toEqual([-12.5, 45]);
    expect(at('0.674N 23.473E')).toEqual([0.674, 23.473]);
    expect(at('45W 12.5N')).toEqual([12.5, -45]);
  });

  it('reads signed decimals with east longitudes 0…360', () => {
    expect(at('-12.5, 315')).toEqual([-12.5, -45]);
    expect(at('-43.2958 348.7847')![1]).toBeCloseTo(-11.2153, 9);
    expect(at('10, -170')).toEqual([10, -170]);
    expect(at('lat 10 lon 20')).toEqual([10, 20]);
  });

  it('reads degrees, minutes and seconds', () => {
    expect(at(`12°30'N 45°15'W`)).toEqual([12.5, -45.25]);
    expect(at(`0°40'26.7"N 23°28'23.3"E`)![0]).toBeCloseTo(0.67408, 5);
  });

  it('says what is wrong with coordinates out of range', () => {
    expect(parseCoordinates('95N 10E')).toMatchObject({
      kind: 'invalid',
      message: 'gazetteer.coordLatitude',
    });
    expect(parseCoordinates('10, 400')).toMatchObject({
      kind: 'invalid',
      message: 'gazetteer.coordLongitude',
    });
    expect(parseCoordinates('10N 200E')).toMatchObject({ kind: 'invalid' });
    expect(parseCoordinates('-10N 20E')).toMatchObject({
      kind: 'invalid',
      message: 'gazetteer.coordSign',
    });
    expect(parseCoordinates('10E 20E')).toMatchObject({ kind: 'invalid' });
  });

  it('leaves names to the name search', () => {
    expect(at('Tycho')).toBe('none');
    expect(at('Tycho A')).toBe('none');
    expect(at('12.5')).toBe('none');
    expect(at('Apollo 11')).toBe('none');
  });

  it('formats a position', () => {
    expect(formatLatLon(-43.2958, -11.2153)).toBe('43.30° S, 11.22° W');
  });
});
