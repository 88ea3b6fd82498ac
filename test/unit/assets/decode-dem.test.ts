import { describe, expect, it } from 'vitest';
import {
  elevationStats,
  halfMetresFromFloatKm,
  halfMetresFromUint,
} from '../../../assets/tool/decode-dem';
import { AssetError } from '../../../assets/tool/errors';

describe('halfMetresFromFloatKm', () => {
  it('decodes float32 km to exact half-metres, including the kit extremes', () => {
    // README: ldem_4 raw min −8.8785 km, max 10.504001 km (float32 of 10.504).
    const km = Float32Array.from([-8.8785, 10.504, 0, 0.0005, -0.0005, 1.2345]);
    expect(Array.from(halfMetresFromFloatKm(km, 'test'))).toEqual([-17757, 21008, 0, 1, -1, 2469]);
  });

  it('rejects values that are not whole half-metres, and NaN', () => {
    expect(() => halfMetresFromFloatKm(Float32Array.from([0.0002]), 'x.tif')).toThrow(
      /x\.tif: sample 0 .* not a whole half-metre/,
    );
    expect(() => halfMetresFromFloatKm(Float32Array.from([0, NaN]), 'x.tif')).toThrow(AssetError);
  });

  it('rejects heights beyond int16 half-metres', () => {
    expect(() => halfMetresFromFloatKm(Float32Array.from([17]), 'x.tif')).toThrow(/int16/);
  });
});

describe('halfMetresFromUint', () => {
  it('subtracts the 20000 offset (README: raw 2243 → −8878.5 m, 41008 → +10504 m)', () => {
    const out = halfMetresFromUint(Uint16Array.from([2243, 41008, 20000, 20001]), 'u');
    expect(Array.from(out)).toEqual([-17757, 21008, 0, 1]);
  });

  it('rejects raw values that overflow int16 half-metres', () => {
    expect(() => halfMetresFromUint(Uint16Array.from([65535]), 'u.tif')).toThrow(/u\.tif/);
  });
});

describe('elevationStats', () => {
  it('reports min, max and mean in metres', () => {
    expect(elevationStats(Int16Array.from([-3, 1, 5, 1]))).toEqual({
      minM: -1.5,
      maxM: 2.5,
      meanM: 0.5,
    });
  });
});
