import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALT_MAX_KM,
  ALT_MIN_KM,
  DEFAULT_VIEW,
  HEADLINE_TOGGLE_IDS,
  LIGHT_MODES,
  OVERLAY_IDS,
  SITE_GROUPS,
  altKmToDistance,
  distanceToAltKm,
  formatViewFragment,
  normalizeUtc,
  parseViewFragment,
  parseViewJson,
  roundView,
  type View,
} from '../../../../assets/format/view';

const ok = (fragment: string): View => {
  const r = parseViewFragment(fragment);
  if (!r.ok) throw new Error(`expected ${fragment} to parse: ${r.reason}`);
  return r.view;
};
const reason = (fragment: string): string => {
  const r = parseViewFragment(fragment);
  if (r.ok) throw new Error(`expected ${fragment} to be rejected`);
  return r.reason;
};

const subset = <T>(ids: readonly T[]) => fc.subarray([...ids]);
const instant = fc
  .date({
    min: new Date('1600-01-01T00:00:00Z'),
    max: new Date('2500-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** Any valid view, at any precision. */
const anyView: fc.Arbitrary<View> = fc.record({
  latDeg: fc.double({ min: -90, max: 90, noNaN: true }),
  lonDeg: fc.double({ min: -180, max: 180, noNaN: true }),
  altKm: fc.double({ min: ALT_MIN_KM, max: ALT_MAX_KM, noNaN: true }),
  fovDeg: fc.double({ min: 10, max: 90, noNaN: true }),
  exaggeration: fc.double({ min: 1, max: 10, noNaN: true }),
  sites: subset(HEADLINE_TOGGLE_IDS),
  groups: subset(SITE_GROUPS),
  overlays: subset(OVERLAY_IDS),
  selected: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { nil: null }),
  time: fc.option(instant, { nil: null }),
  light: fc.constantFrom(...LIGHT_MODES),
});

describe('view fragment', () => {
  it('reads the example link of the issue and fills the rest with defaults', () => {
    const view = ok('#lat=20&lon=-30&alt=3500');
    expect(view).toEqual({ ...DEFAULT_VIEW, latDeg: 20, lonDeg: -30, altKm: 3500 });
  });

  it('reads every field', () => {
    const view = ok(
      'lat=-41.6385&lon=-153.9852&alt=800&fov=20&ex=5&sites=spa-change-6&groups=apollo,change' +
        '&overlays=grid,terminator&sel=change-6&time=2022-11-23T22:57:00Z&light=sun',
    );
    expect(view).toEqual({
      latDeg: -41.6385,
      lonDeg: -153.9852,
      altKm: 800,
      fovDeg: 20,
      exaggeration: 5,
      sites: ['spa-change-6'],
      groups: ['apollo', 'change'],
      overlays: ['grid', 'terminator'],
      selected: 'change-6',
      time: '2022-11-23T22:57:00Z',
      light: 'sun',
    });
  });

  it('treats an empty fragment as the default view', () => {
    expect(ok('')).toEqual(DEFAULT_VIEW);
    expect(ok('#')).toEqual(DEFAULT_VIEW);
  });

  it('tells an empty list (show none) from a missing one (default)', () => {
    expect(ok('sites=').sites).toEqual([]);
    expect(ok('lat=1').sites).toEqual([...HEADLINE_TOGGLE_IDS]);
  });

  it('normalises times with offsets to UTC and accepts "now"', () => {
    expect(ok('time=2024-06-02T06:23%2B08:00').time).toBe('2024-06-01T22:23:00Z');
    expect(ok('time=now').time).toBeNull();
  });

  it.each([
    ['lat=91', /lat must be between -90 and 90/],
    ['lon=180.5', /lon must be between -180 and 180/],
    ['alt=10', new RegExp(`alt must be between ${ALT_MIN_KM} and ${ALT_MAX_KM}`)],
    ['alt=1e9', /alt must be a number/],
    ['lat=0x10', /lat must be a number/],
    ['lat=', /lat must be a number/],
    ['lat=NaN', /lat must be a number/],
    ['lat=Infinity', /lat must be a number/],
    ['fov=5', /fov must be between/],
    ['ex=0.5', /ex must be between/],
    ['zoom=3', /unknown field "zoom"/],
    ['lat=1&lat=2', /lat is given twice/],
    ['sites=apollo-13', /sites may only hold/],
    ['groups=apollo,apollo', /groups lists an entry twice/],
    ['overlays=stars', /overlays may only hold/],
    ['sel=Apollo 11', /sel must be a place id/],
    ['time=yesterday', /time: "yesterday" is not an ISO 8601/],
    ['time=2023-02-30T00:00:00Z', /not a real calendar date/],
    ['time=1200-01-01T00:00:00Z', /time must be between/],
    ['light=moon', /light must be one of explore, sun/],
    ['lat=%E0%A4%A', /not correctly encoded/],
  ])('rejects %s with a message naming the field', (fragment, message) => {
    expect(reason(fragment)).toMatch(message);
  });

  it('never half-applies: one bad field rejects the whole view', () => {
    const r = parseViewFragment('lat=10&lon=20&alt=3&sites=apollo-11');
    expect(r.ok).toBe(false);
  });

  it('round-trips every field at the stored precision (property)', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        const again = ok(formatViewFragment(view));
        expect(again).toEqual(roundView(view));
        // Formatting is stable: a second trip changes nothing.
        expect(formatViewFragment(again)).toBe(formatViewFragment(view));
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('keeps the stored precision within a few metres on the ground', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        const r = roundView(view);
        const kmPerDeg = (Math.PI * 1737.4) / 180;
        expect(Math.abs(r.latDeg - view.latDeg) * kmPerDeg).toBeLessThan(0.006);
        expect(Math.abs(r.lonDeg - view.lonDeg) * kmPerDeg).toBeLessThan(0.006);
        expect(Math.abs(r.altKm - view.altKm)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('writes short links: only the camera when the rest is default', () => {
    expect(formatViewFragment(DEFAULT_VIEW)).toBe('lat=0&lon=0&alt=5560');
  });
});

describe('view JSON', () => {
  it('accepts every generated view and rejects unknown keys', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        const json: unknown = JSON.parse(JSON.stringify(view));
        expect(parseViewJson(json)).toEqual({ ok: true, view: json });
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(parseViewJson({ ...DEFAULT_VIEW, zoom: 2 })).toEqual({
      ok: false,
      reason: 'unknown field zoom',
    });
  });

  it.each([null, 'lat=1', 42, [], { latDeg: 0 }])('rejects %j', (value) => {
    expect(parseViewJson(value).ok).toBe(false);
  });

  it('refuses a time that is not written in the canonical UTC form', () => {
    const r = parseViewJson({ ...DEFAULT_VIEW, time: '2022-11-23T23:57:00+01:00' });
    expect(r).toEqual({ ok: false, reason: 'time must be written as 2022-11-23T22:57:00Z' });
  });
});

describe('altitude and distance', () => {
  it('puts the camera one Moon radius above the datum at distance 2', () => {
    expect(altKmToDistance(1737.4)).toBeCloseTo(2, 12);
    expect(distanceToAltKm(2)).toBeCloseTo(1737.4, 9);
  });
});

describe('normalizeUtc', () => {
  it('agrees with Date on whole-second instants (property)', () => {
    fc.assert(
      fc.property(instant, (iso) => {
        expect(normalizeUtc(iso)).toEqual({ ok: true, iso });
        const noSeconds = iso.slice(0, 16) + 'Z';
        expect(normalizeUtc(noSeconds)).toEqual({
          ok: true,
          iso: new Date(noSeconds).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        });
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('rejects a leap second and hour 24', () => {
    expect(normalizeUtc('2016-12-31T23:59:60Z').ok).toBe(false);
    expect(normalizeUtc('2016-12-31T24:00:00Z').ok).toBe(false);
  });

  it.each([
    ['yesterday', 'format'],
    ['2022-11-23 22:57', 'format'],
    ['2022-02-30T10:00Z', 'calendar'],
    ['2016-12-31T23:59:60Z', 'calendar'],
    ['1599-12-31T23:59:59Z', 'range'],
    ['2501-01-01T00:00:00Z', 'range'],
  ])('says why %j is not a moment (%s), so a form can say it in any language', (text, problem) => {
    expect(normalizeUtc(text)).toMatchObject({ ok: false, problem });
  });
});
