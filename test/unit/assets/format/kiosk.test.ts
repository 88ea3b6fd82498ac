import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KIOSK_CONFIG,
  parseKioskConfig,
  parseKioskConfigText,
} from '../../../../assets/format/kiosk';
import { DEFAULT_VIEW } from '../../../../assets/format/view';

describe('kiosk config defaults', () => {
  it('an empty file gives the documented defaults', () => {
    const { config, problems } = parseKioskConfig({});
    expect(problems).toEqual([]);
    expect(config.idleSeconds).toBe(90);
    expect(config.countdownSeconds).toBe(10);
    expect(config.language).toBe('en');
    expect(config.exitPin).toBeNull();
    expect(config.largeType).toBe(false);
    expect(config.pictures).toEqual({ allowSave: false, directory: null });
    expect(config.restart).toEqual({
      enabled: true,
      initialDelaySeconds: 1,
      maxDelaySeconds: 60,
      stableSeconds: 300,
    });
    expect(config.controls.toolbar).toBe(true);
    expect(config.controls.help).toBe(false);
    expect(config.keepAwake).toBe(true);
    expect(config.home).toEqual({ kind: 'view', view: DEFAULT_VIEW });
    expect(config.tour.dwellSeconds).toBe(12);
    expect(config.tour.transitionSeconds).toBe(6);
    expect(DEFAULT_KIOSK_CONFIG).toEqual(config);
  });

  it('the default tour goes from the near side to the far side', () => {
    const stops = DEFAULT_KIOSK_CONFIG.tour.stops;
    expect(stops[0]).toEqual({ kind: 'site', id: 'apollo-11' });
    expect(stops).toContainEqual({ kind: 'site', id: 'change-6' });
    expect(stops).toContainEqual({ kind: 'view', view: { ...DEFAULT_VIEW, lonDeg: 180 } });
  });
});

describe('kiosk tour stops are views', () => {
  it('accepts a site id, a fragment and partial view JSON, with captions and dwell times', () => {
    const { config, problems } = parseKioskConfig({
      tour: {
        stops: [
          'tycho',
          '#lat=-45&lon=177.6&alt=900&overlays=grid',
          { view: { latDeg: 10, lonDeg: -20 }, caption: 'Oceanus', dwellSeconds: 3 },
        ],
        dwellSeconds: 4,
        transitionSeconds: 2,
      },
    });
    expect(problems).toEqual([]);
    expect(config.tour.stops[0]).toEqual({ kind: 'site', id: 'tycho' });
    expect(config.tour.stops[1]).toEqual({
      kind: 'view',
      view: { ...DEFAULT_VIEW, latDeg: -45, lonDeg: 177.6, altKm: 900, overlays: ['grid'] },
    });
    expect(config.tour.stops[2]).toEqual({
      view: { kind: 'view', view: { ...DEFAULT_VIEW, latDeg: 10, lonDeg: -20 } },
      caption: 'Oceanus',
      dwellSeconds: 3,
    });
  });
});

describe('each invalid key is reported by name and falls back to its default', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['idleSeconds', { idleSeconds: 'soon' }, 'idleSeconds:'],
    ['idleSeconds', { idleSeconds: 1 }, 'idleSeconds:'],
    ['countdownSeconds', { countdownSeconds: 1000 }, 'countdownSeconds:'],
    ['home', { home: '#lat=95' }, 'home:'],
    ['tour', { tour: { stops: [] } }, 'tour.stops:'],
    ['tour', { tour: { stops: ['apollo-11', '#alt=1'] } }, 'tour.stops[1]'],
    ['tour', { tour: { stops: [{ view: 'tycho', dwell: 3 }] } }, 'tour.stops[0]'],
    ['tour', { tour: { dwellSeconds: -1 } }, 'tour.dwellSeconds:'],
    ['tour', { tour: { transitionSeconds: 0 } }, 'tour.transitionSeconds:'],
    ['language', { language: 'English!' }, 'language:'],
    ['controls', { controls: { toolbar: 'yes' } }, 'controls.toolbar:'],
    ['controls', { controls: { zoom: true } }, 'controls.zoom: unknown key'],
    ['largeType', { largeType: 1 }, 'largeType:'],
    ['hintSeconds', { hintSeconds: 99 }, 'hintSeconds:'],
    ['pictures', { pictures: { allowSave: 'no' } }, 'pictures.allowSave:'],
    ['pictures', { pictures: { directory: '' } }, 'pictures.directory:'],
    ['exitPin', { exitPin: 1234 }, 'exitPin:'],
    ['exitPin', { exitPin: '12' }, 'exitPin:'],
    ['restart', { restart: { maxDelaySeconds: 0 } }, 'restart.maxDelaySeconds:'],
    ['keepAwake', { keepAwake: 'true' }, 'keepAwake:'],
    ['idelSeconds', { idelSeconds: 30 }, 'idelSeconds: unknown key'],
  ];
  it.each(cases)('%s (%j)', (key, input, named) => {
    const { config, problems } = parseKioskConfig(input);
    expect(problems.some((p) => p.startsWith(named))).toBe(true);
    // The bad key is back at its default…
    if (key in DEFAULT_KIOSK_CONFIG) {
      expect(config[key as keyof typeof config]).toEqual(
        DEFAULT_KIOSK_CONFIG[key as keyof typeof config],
      );
    }
  });

  it('keeps the valid keys beside an invalid one', () => {
    const { config, problems } = parseKioskConfig({
      idleSeconds: 30,
      countdownSeconds: 'x',
      largeType: true,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^countdownSeconds: /);
    expect(config.idleSeconds).toBe(30);
    expect(config.largeType).toBe(true);
    expect(config.countdownSeconds).toBe(10);
  });

  it('reports a file that is not JSON or not an object, and runs on defaults', () => {
    const notJson = parseKioskConfigText('{ "idleSeconds": 30,');
    expect(notJson.problems[0]).toMatch(/^\(file\): not valid JSON/);
    expect(notJson.config).toEqual(DEFAULT_KIOSK_CONFIG);
    const array = parseKioskConfigText('[1, 2]');
    expect(array.problems[0]).toMatch(/^\(file\): must be a JSON object/);
    expect(array.config).toEqual(DEFAULT_KIOSK_CONFIG);
  });
});
