import { describe, expect, it } from 'vitest';
import { median, ratio, summarize } from '../../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarises finite values only, keeping the range', () => {
    expect(summarize([3, Number.NaN, 9, 1])).toEqual({ median: 3, min: 1, max: 9, n: 3 });
  });

  it('divides medians and refuses a zero or missing baseline', () => {
    expect(ratio({ median: 3, min: 1, max: 4, n: 3 }, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
});
