import { describe, expect, it } from 'vitest';
import { MOON_RADIUS_KM } from '../../../../assets/format/georef';
import { builtInCatalog, FAR_SIDE_FACTS, SITE_DATA } from '../../../../renderer/sites/catalog';
import { isInsideSite } from '../../../../renderer/sites/geometry';
import { loadCatalog, type Site } from '../../../../renderer/sites/schema';

const DEG = Math.PI / 180;
const DAY_MS = 86_400_000;

// Independent spherical trigonometry (haversine; aviation-formulary bearing).
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h =
    Math.sin(((lat2 - lat1) * DEG) / 2) ** 2 +
    Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(((lon2 - lon1) * DEG) / 2) ** 2;
  return 2 * MOON_RADIUS_KM * Math.asin(Math.sqrt(h));
}
function bearingDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dl = (lon2 - lon1) * DEG;
  const y = Math.sin(dl) * Math.cos(lat2 * DEG);
  const x =
    Math.cos(lat1 * DEG) * Math.sin(lat2 * DEG) -
    Math.sin(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.cos(dl);
  return (((Math.atan2(y, x) / DEG) % 360) + 360) % 360;
}

const { sites, rejected } = builtInCatalog();
const byId = new Map(sites.map((s) => [s.id, s]));
const site = (id: string): Site => {
  const s = byId.get(id);
  if (!s) throw new Error(`no site '${id}' in the catalog`);
  return s;
};

describe('built-in catalog', () => {
  it('validates every entry', () => {
    expect(rejected).toEqual([]);
    expect(sites).toHaveLength(SITE_DATA.length);
  });

  it('has the required sites', () => {
    for (const id of [
      'apollo-11',
      'apollo-12',
      'apollo-14',
      'apollo-15',
      'apollo-16',
      'apollo-17',
      'change-4',
      'change-5',
      'change-6',
      'mons-rumker',
      'von-karman',
      'apollo-basin',
      'south-pole-aitken',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  // Coordinates, elevations and sizes as REFERENCE.md gives them, with its sources.
  const published: [string, number, number][] = [
    ['apollo-11', 0.67416, 23.47314], // LROC featured sites
    ['change-5', 43.0576, -51.9161], // LROC; Qian et al. LPSC 2021
    ['mons-rumker', 40.761, -58.378], // IAU Gazetteer
    ['change-6', -41.6385, -153.9852], // LROC 1374
    ['apollo-basin', -36.1, -151.7], // LROC 1374
    ['south-pole-aitken', -53, -169], // Garrick-Bethell & Zuber 2009
    ['change-4', -45.4446, 177.5991], // Liu et al. 2019
    ['von-karman', -44.45, 176.25], // IAU Gazetteer
    ['apollo-12', -3.0128, -23.4219], // Wagner et al. 2017
    ['apollo-14', -3.64589, -17.47194],
    ['apollo-15', 26.13239, 3.6333],
    ['apollo-16', -8.9734, 15.5011],
    ['apollo-17', 20.1908, 30.77168], // Davies & Colvin 2000
    ['shackleton', -89.67, 129.78],
    ['tycho', -43.3, -11.22],
  ];
  for (const [id, latDeg, lonDeg] of published) {
    it(`places ${id} at ${latDeg}, ${lonDeg}`, () => {
      expect(site(id).latDeg).toBe(latDeg);
      expect(site(id).lonDeg).toBe(lonDeg);
    });
  }

  it('carries the published lander elevations', () => {
    expect(site('change-5').elevationM).toBe(-2570);
    expect(site('change-6').elevationM).toBe(-5256);
    expect(site('change-4').elevationM).toBe(-5935);
  });

  it('carries the published outline sizes', () => {
    expect(site('mons-rumker').outline).toMatchObject({ shape: 'circle', diameterKm: 73.25 });
    expect(site('apollo-basin').outline).toMatchObject({ shape: 'circle', diameterKm: 492 });
    expect(site('von-karman').outline).toMatchObject({ shape: 'circle', diameterKm: 186 });
    expect(site('south-pole-aitken').outline).toMatchObject({
      shape: 'ellipse',
      majorAxisKm: 2400,
      minorAxisKm: 2050,
      azimuthDeg: 19,
    });
    expect(site('south-pole-aitken').provenance.source).toMatch(/Garrick-Bethell & Zuber 2009/);
  });

  it('keeps provenance with every entry, and the stated accuracies', () => {
    for (const s of sites) {
      expect(s.provenance.source.length, s.id).toBeGreaterThan(3);
      expect(s.provenance.frame.length, s.id).toBeGreaterThan(3);
      expect(s.provenance.accuracy.length, s.id).toBeGreaterThan(3);
    }
    expect(site('change-5').provenance.accuracy).toBe('±20 m');
    expect(site('change-6').provenance.accuracy).toBe('±30 m');
    expect(site('change-4').provenance.frame).toMatch(/~1 km/);
  });

  it('gives mission lengths that match the published durations', () => {
    const days = (s: Site) =>
      (Date.parse(s.dates!.return!) - Date.parse(s.dates!.launch!)) / DAY_MS;
    expect(Math.round(days(site('change-5')))).toBe(23);
    expect(Math.round(days(site('change-6')))).toBe(53);
    expect(site('apollo-11').dates!.landing).toBe('1969-07-20T20:17:40Z');
  });

  it('tells the facts from REFERENCE.md', () => {
    expect(site('change-5').description).toMatch(/1,731 g/);
    expect(site('change-5').description).toMatch(/23-day/);
    expect(site('change-6').description).toMatch(/first sample return from the far side/);
    expect(site('change-6').description).toMatch(/2,000 g/);
    expect(site('change-6').description).toMatch(/53 days/);
    expect(site('south-pole-aitken').description).toMatch(/tidally locked/);
    expect(site('south-pole-aitken').description).toMatch(/59%/);
    for (const s of sites) {
      const sentences = s.description.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, s.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, s.id).toBeLessThanOrEqual(4);
    }
  });

  it('tells the Artemis I far-side flyby without placing it', () => {
    const artemis = FAR_SIDE_FACTS.find((f) => f.id === 'artemis-1-far-side-flyby');
    expect(artemis?.text).toMatch(/130 km/);
    expect(artemis?.date).toBe('2022-11-21');
    expect(artemis).not.toHaveProperty('latDeg');
    expect(artemis).not.toHaveProperty('lonDeg');
    expect(sites.some((s) => /artemis/i.test(s.id))).toBe(false);
  });
});

describe('geometry between catalog entries', () => {
  it('puts Chang’e-5 about 170 km east-north-east of Mons Rümker’s centre', () => {
    const r = site('mons-rumker');
    const c = site('change-5');
    const km = haversineKm(r.latDeg, r.lonDeg, c.latDeg, c.lonDeg);
    expect(km).toBeGreaterThan(120);
    expect(km).toBeLessThan(220);
    const b = bearingDeg(r.latDeg, r.lonDeg, c.latDeg, c.lonDeg);
    expect(b).toBeGreaterThan(30);
    expect(b).toBeLessThan(110);
  });

  it('puts Chang’e-6 inside the South Pole–Aitken ellipse and the Apollo basin', () => {
    const c = site('change-6');
    expect(isInsideSite(site('south-pole-aitken'), c.latDeg, c.lonDeg)).toBe(true);
    expect(isInsideSite(site('apollo-basin'), c.latDeg, c.lonDeg)).toBe(true);
  });

  it('puts Chang’e-4 inside Von Kármán, and Von Kármán inside South Pole–Aitken', () => {
    const c = site('change-4');
    const vk = site('von-karman');
    expect(isInsideSite(vk, c.latDeg, c.lonDeg)).toBe(true);
    expect(isInsideSite(site('south-pole-aitken'), vk.latDeg, vk.lonDeg)).toBe(true);
  });

  it('keeps the near-side sites out of South Pole–Aitken', () => {
    const spa = site('south-pole-aitken');
    for (const id of ['apollo-11', 'apollo-17', 'change-5', 'tycho']) {
      expect(isInsideSite(spa, site(id).latDeg, site(id).lonDeg), id).toBe(false);
    }
  });

  it('has the south pole inside Shackleton (gazetteer centre and size)', () => {
    expect(isInsideSite(site('shackleton'), -90, 0)).toBe(true);
  });
});

describe('loadCatalog', () => {
  const good = SITE_DATA.find((s) => s.id === 'apollo-11')!;
  const region = SITE_DATA.find((s) => s.id === 'von-karman')!;
  const noId: Record<string, unknown> = { ...good };
  delete noId.id;
  const fixtures: [string, unknown, RegExp][] = [
    ['missing id', noId, /^id: /],
    ['lat 91', { ...good, id: 'lat-91', latDeg: 91 }, /^latDeg: /],
    ['lon 200', { ...good, id: 'lon-200', lonDeg: 200 }, /^lonDeg: /],
    ['duplicate id', { ...good }, /^id: duplicate id 'apollo-11'/],
    [
      'bad date',
      { ...good, id: 'bad-date', dates: { landing: '1969-02-30' } },
      /^dates\.landing: /,
    ],
    [
      'negative diameter',
      { ...region, id: 'neg', outline: { shape: 'circle', diameterKm: -5, source: 'x' } },
      /^outline\.diameterKm: /,
    ],
    [
      'ellipse minor axis longer than major',
      {
        ...region,
        id: 'flat',
        outline: { shape: 'ellipse', majorAxisKm: 10, minorAxisKm: 20, azimuthDeg: 0, source: 'x' },
      },
      /^outline\.minorAxisKm: /,
    ],
    ['region without outline', { ...region, id: 'bare', outline: undefined }, /^outline: /],
    ['unknown kind', { ...good, id: 'k', kind: 'orbiter' }, /^kind: /],
    ['unknown field (typo)', { ...good, id: 't', lattitude: 3 }, /lattitude/],
    ['empty description', { ...good, id: 'd', description: '  ' }, /^description: /],
    [
      'missing provenance accuracy',
      { ...good, id: 'p', provenance: { source: 's', frame: 'f' } },
      /^provenance\.accuracy: /,
    ],
    ['not an object', 42, /^entry: /],
  ];

  for (const [name, fixture, reason] of fixtures) {
    it(`rejects ${name} with a reason naming the field, and loads the rest`, () => {
      const result = loadCatalog([good, fixture, region]);
      expect(result.sites.map((s) => s.id)).toEqual(['apollo-11', 'von-karman']);
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]!.index).toBe(1);
      expect(result.rejected[0]!.reason).toMatch(reason);
    });
  }

  it('reports the id of a rejected entry when it has one', () => {
    const result = loadCatalog([{ ...good, id: 'lat-91', latDeg: 91 }]);
    expect(result.rejected).toEqual([
      { index: 0, id: 'lat-91', reason: expect.stringMatching(/^latDeg: /) },
    ]);
  });

  it('accepts the range limits themselves', () => {
    const result = loadCatalog([
      { ...good, id: 'np', latDeg: 90, lonDeg: 180 },
      { ...good, id: 'sp', latDeg: -90, lonDeg: -180 },
    ]);
    expect(result.rejected).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    expect(() => loadCatalog([null, undefined, 'x', [], { id: 3 }])).not.toThrow();
    expect(loadCatalog([null, undefined, 'x', [], { id: 3 }]).rejected).toHaveLength(5);
  });
});
