import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW, type View } from '../../../../assets/format/view';
import {
  createTourRunner,
  type ResolvedStop,
  type StopCaption,
} from '../../../../renderer/kiosk/cycle/tourRunner';
import { resolveKioskViews } from '../../../../renderer/kiosk/cycle/resolveStops';
import { parseKioskConfig } from '../../../../assets/format/kiosk';

const stop = (lonDeg: number, caption: string, dwellMs = 1000): ResolvedStop => ({
  view: { ...DEFAULT_VIEW, lonDeg },
  caption: { text: caption, siteId: null },
  dwellMs,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function runner(stops: ResolvedStop[], flightMs = 500) {
  const flown: number[] = [];
  const captions: (StopCaption | null)[] = [];
  let halts = 0;
  const tour = createTourRunner(stops, {
    fly: (view: View) => {
      flown.push(view.lonDeg);
      return new Promise((resolve) => setTimeout(resolve, flightMs));
    },
    halt: () => (halts += 1),
    caption: (c) => captions.push(c),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  return { tour, flown, captions, halts: () => halts };
}

describe('attract tour', () => {
  it('flies to each stop, captions it on arrival, dwells, and loops counting cycles', async () => {
    const r = runner([stop(0, 'Near side', 2000), stop(180, 'Far side', 1000)]);
    r.tour.start();
    expect(r.flown).toEqual([0]);
    await vi.advanceTimersByTimeAsync(500);
    expect(r.captions.at(-1)?.text).toBe('Near side');
    await vi.advanceTimersByTimeAsync(1999);
    expect(r.flown).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.flown).toEqual([0, 180]);
    await vi.advanceTimersByTimeAsync(500 + 1000);
    expect(r.flown).toEqual([0, 180, 0]);
    expect(r.tour.cycles()).toBe(1);
    await vi.advanceTimersByTimeAsync(4000 * 10);
    expect(r.tour.cycles()).toBe(11);
  });

  it('stops at once: halts the camera, clears the caption, and a flight in progress never continues', async () => {
    const r = runner([stop(0, 'A'), stop(90, 'B')]);
    r.tour.start();
    await vi.advanceTimersByTimeAsync(200); // mid-flight
    r.tour.stop();
    expect(r.halts()).toBe(1);
    expect(r.captions.at(-1)).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(r.flown).toEqual([0]);
    expect(r.captions.at(-1)).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    // and starts again from the first stop
    r.tour.start();
    expect(r.flown).toEqual([0, 0]);
  });
});

describe('a flight that never arrives', () => {
  it('does not stall the tour: after maxFlightMs the stop shows and the tour goes on', async () => {
    const captions: (StopCaption | null)[] = [];
    const flown: number[] = [];
    const tour = createTourRunner(
      [stop(0, 'A', 1000), stop(180, 'B', 1000)],
      {
        // camera-controls sometimes sleeps without `rest`: this promise never settles.
        fly: (view: View) => {
          flown.push(view.lonDeg);
          return new Promise(() => {});
        },
        halt: () => {},
        caption: (c) => captions.push(c),
        setTimeout: (cb, ms) => setTimeout(cb, ms),
        clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      { maxFlightMs: 5000 },
    );
    tour.start();
    await vi.advanceTimersByTimeAsync(4999);
    expect(captions.at(-1)).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(captions.at(-1)?.text).toBe('A');
    await vi.advanceTimersByTimeAsync(1000 + 5000 + 1000);
    expect(flown).toEqual([0, 180, 0]);
    expect(tour.cycles()).toBe(1);
    tour.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a flight that fails counts as arrived too', async () => {
    const captions: (StopCaption | null)[] = [];
    const tour = createTourRunner([stop(0, 'A', 1000)], {
      fly: () => Promise.reject(new Error('no controls')),
      halt: () => {},
      caption: (c) => captions.push(c),
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
    tour.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(captions.at(-1)?.text).toBe('A');
    tour.stop();
  });
});

describe('resolving the configured stops', () => {
  const places = new Map([
    ['apollo-11', { id: 'apollo-11', latDeg: 0.67, lonDeg: 23.47, altKm: 2000 }],
  ]);
  it('site ids become views above the site captioned with the site (its name, in the language on screen); fragments keep their own caption', () => {
    const { config } = parseKioskConfig({
      tour: {
        stops: ['apollo-11', { view: '#lon=180', caption: 'The far side', dwellSeconds: 3 }],
      },
    });
    const { stops, problems } = resolveKioskViews(config, (id) => places.get(id));
    expect(problems).toEqual([]);
    expect(stops[0]).toEqual({
      view: { ...DEFAULT_VIEW, latDeg: 0.67, lonDeg: 23.47, altKm: 2000 },
      caption: { text: '', siteId: 'apollo-11' },
      dwellMs: 12_000,
    });
    expect(stops[1]).toEqual({
      view: { ...DEFAULT_VIEW, lonDeg: 180 },
      caption: { text: 'The far side', siteId: null },
      dwellMs: 3000,
    });
  });

  it('an unknown site is reported by key and skipped; with none left the tour still turns the Moon', () => {
    const { config } = parseKioskConfig({ tour: { stops: ['atlantis'] }, home: 'nowhere' });
    const { stops, problems, home } = resolveKioskViews(config, (id) => places.get(id));
    expect(problems[0]).toMatch(/^home: /);
    expect(problems[1]).toMatch(/^tour\.stops\[0\]: .*atlantis/);
    expect(home).toEqual(DEFAULT_VIEW);
    expect(stops.map((s) => s.view.lonDeg)).toEqual([0, 180]);
  });
});
