/**
 * The built-in landing-site catalog (pure data; validated by `loadCatalog`).
 *
 * Every coordinate, elevation and size comes from /work/shared/REFERENCE.md
 * with the source it names; keep them in step with it. Selenographic,
 * east-positive, −180…180, on the 1737.4 km sphere.
 */
import { loadCatalog, type LoadedCatalog, type SiteInput } from './schema';

const GAZETTEER = 'IAU/USGS Gazetteer of Planetary Nomenclature';
const GAZETTEER_FRAME = 'Moon ME (IAU planetocentric)';
const WAGNER_2017 = 'Wagner et al. 2017 (LRO-derived coordinates of Apollo hardware)';
const LRO_ME = 'Moon ME (LRO)';
const NOT_STATED = 'not stated';

export const SITE_DATA: readonly SiteInput[] = [
  {
    id: 'apollo-11',
    name: 'Apollo 11 — Tranquility Base',
    alternateNames: ['Statio Tranquillitatis', 'Tranquility Base'],
    kind: 'crewed-landing',
    group: 'apollo',
    toggleId: 'apollo-11',
    latDeg: 0.67416,
    lonDeg: 23.47314,
    dates: { launch: '1969-07-16', landing: '1969-07-20T20:17:40Z', return: '1969-07-24' },
    description:
      'Neil Armstrong and Buzz Aldrin landed the lunar module Eagle here, in Mare Tranquillitatis, on 20 July 1969. It was the first crewed landing on the Moon.',
    provenance: { source: 'LROC featured sites', frame: LRO_ME, accuracy: NOT_STATED },
  },
  {
    id: 'apollo-12',
    name: 'Apollo 12',
    kind: 'crewed-landing',
    group: 'apollo',
    latDeg: -3.0128,
    lonDeg: -23.4219,
    dates: { landing: '1969-11-19' },
    description:
      'Pete Conrad and Alan Bean landed in Oceanus Procellarum in November 1969, within walking distance of the robotic Surveyor 3 lander. It was the second crewed landing.',
    provenance: { source: WAGNER_2017, frame: LRO_ME, accuracy: NOT_STATED },
  },
  {
    id: 'apollo-14',
    name: 'Apollo 14',
    kind: 'crewed-landing',
    group: 'apollo',
    latDeg: -3.64589,
    lonDeg: -17.47194,
    dates: { landing: '1971-02-05' },
    description:
      'Alan Shepard and Edgar Mitchell landed in the Fra Mauro highlands in February 1971, the target Apollo 13 had to abandon.',
    provenance: { source: WAGNER_2017, frame: LRO_ME, accuracy: NOT_STATED },
  },
  {
    id: 'apollo-15',
    name: 'Apollo 15',
    kind: 'crewed-landing',
    group: 'apollo',
    latDeg: 26.13239,
    lonDeg: 3.6333,
    dates: { landing: '1971-07-30' },
    description:
      'David Scott and James Irwin landed at Hadley–Apennine, between the Apennine mountains and Hadley Rille, in July 1971. They were the first crew to drive the Lunar Roving Vehicle.',
    provenance: { source: WAGNER_2017, frame: LRO_ME, accuracy: NOT_STATED },
  },
  {
    id: 'apollo-16',
    name: 'Apollo 16',
    kind: 'crewed-landing',
    group: 'apollo',
    latDeg: -8.9734,
    lonDeg: 15.5011,
    dates: { landing: '1972-04-21' },
    description:
      'John Young and Charles Duke landed in the Descartes highlands in April 1972 to sample the ancient highland crust.',
    provenance: { source: WAGNER_2017, frame: LRO_ME, accuracy: NOT_STATED },
  },
  {
    id: 'apollo-17',
    name: 'Apollo 17',
    kind: 'crewed-landing',
    group: 'apollo',
    latDeg: 20.1908,
    lonDeg: 30.77168,
    dates: { landing: '1972-12-11' },
    description:
      'Eugene Cernan and Harrison Schmitt landed in the Taurus–Littrow valley in December 1972. It remains the last crewed landing on the Moon.',
    provenance: {
      source: 'Davies & Colvin 2000',
      frame: 'Moon ME (pre-LRO control network)',
      accuracy: NOT_STATED,
    },
  },
  {
    id: 'change-4',
    name: "Chang'e-4 lander — Statio Tianhe",
    alternateNames: ['Statio Tianhe', 'Chang’e 4', 'Change-4'],
    kind: 'robotic-landing',
    group: 'change',
    latDeg: -45.4446,
    lonDeg: 177.5991,
    elevationM: -5935,
    dates: { landing: '2019-01-03' },
    description:
      "Chang'e-4 made the first soft landing on the far side on 3 January 2019, on the floor of Von Kármán crater inside the South Pole–Aitken basin. The far side never faces Earth, so the lander and its Yutu-2 rover talk to Earth through the Queqiao relay satellite.",
    provenance: {
      source: 'Liu et al. 2019, Nat. Commun. 10:4229',
      frame: "Chang'e-4 frame, differs from LRO by ~1 km",
      accuracy: NOT_STATED,
    },
  },
  {
    id: 'change-5',
    name: "Chang'e-5 lander — Statio Tianchuan",
    alternateNames: ['Statio Tianchuan', 'Chang’e 5', 'Change-5'],
    kind: 'sample-return',
    group: 'change',
    toggleId: 'rumker-change-5',
    latDeg: 43.0576,
    lonDeg: -51.9161,
    elevationM: -2570,
    dates: { launch: '2020-11-23', landing: '2020-12-01T15:11:00Z', return: '2020-12-16' },
    description:
      "Chang'e-5 landed in Oceanus Procellarum on the near side, about 170 km east-north-east of Mons Rümker, on 1 December 2020. Its 23-day mission returned 1,731 g of samples, younger than any brought back by Apollo or Luna; the capsule was recovered in Inner Mongolia.",
    provenance: {
      source: 'LROC "First Look: Chang\'e 5"; Qian et al., LPSC 2021 #1306',
      frame: LRO_ME,
      accuracy: '±20 m',
    },
  },
  {
    id: 'change-6',
    name: "Chang'e-6 lander",
    alternateNames: ['Chang’e 6', 'Change-6'],
    kind: 'sample-return',
    group: 'change',
    toggleId: 'spa-change-6',
    latDeg: -41.6385,
    lonDeg: -153.9852,
    elevationM: -5256,
    dates: { launch: '2024-05-03', landing: '2024-06-01', return: '2024-06-25' },
    description:
      "Chang'e-6 landed on 1 June 2024 in the southern part of the Apollo basin, inside the South Pole–Aitken basin, and made the first sample return from the far side. It aimed to scoop and drill 2,000 g from the South Pole–Aitken basin, where material from beneath the crust may be exposed; the mission took about 53 days from launch to landing back on Earth. The samples may explain why near-side and far-side rocks differ.",
    provenance: { source: 'LROC image 1374', frame: LRO_ME, accuracy: '±30 m' },
  },
  {
    id: 'mons-rumker',
    name: 'Mons Rümker',
    alternateNames: ['Mons Rumker', 'Rümker Hills'],
    kind: 'region',
    group: 'regions',
    toggleId: 'rumker-change-5',
    latDeg: 40.761,
    lonDeg: -58.378,
    description:
      "A volcanic complex of domes about 73 km across, rising from Oceanus Procellarum on the near side. Chang'e-5 landed about 170 km to its east-north-east.",
    provenance: {
      source: GAZETTEER,
      frame: GAZETTEER_FRAME,
      accuracy: NOT_STATED,
      note: 'Extent 39.37–41.88°N, 59.84–56.68°W.',
    },
    outline: { shape: 'circle', diameterKm: 73.25, source: GAZETTEER },
  },
  {
    id: 'south-pole-aitken',
    name: 'South Pole–Aitken basin',
    alternateNames: ['SPA basin', 'Aitken basin'],
    kind: 'region',
    group: 'regions',
    toggleId: 'spa-change-6',
    latDeg: -53,
    lonDeg: -169,
    description:
      'The oldest and largest recognised impact basin on the Moon, about 2,400 by 2,050 km, on the far side; its floor holds the lowest terrain on the Moon. The far side is never seen from Earth because the Moon is tidally locked, though libration lets about 59% of the surface be seen over time.',
    provenance: {
      source: 'Garrick-Bethell & Zuber 2009, Icarus',
      frame: 'Moon ME; centre of a best-fit ellipse',
      accuracy: 'approximate (basin-scale fit)',
    },
    outline: {
      shape: 'ellipse',
      majorAxisKm: 2400,
      minorAxisKm: 2050,
      azimuthDeg: 19,
      source: 'Garrick-Bethell & Zuber 2009, Icarus',
    },
  },
  {
    id: 'apollo-basin',
    name: 'Apollo basin',
    kind: 'region',
    group: 'regions',
    latDeg: -36.1,
    lonDeg: -151.7,
    description:
      "An impact basin about 492 km across on the far side, within the South Pole–Aitken basin. Chang'e-6 landed in its southern part in June 2024.",
    provenance: {
      source: 'LROC image 1374',
      frame: LRO_ME,
      accuracy: NOT_STATED,
      note: 'The IAU Gazetteer lists 524 km across, centred at 35.69°S, 151.48°W.',
    },
    outline: { shape: 'circle', diameterKm: 492, source: 'LROC image 1374' },
  },
  {
    id: 'von-karman',
    name: 'Von Kármán crater',
    alternateNames: ['Von Karman'],
    kind: 'region',
    group: 'regions',
    latDeg: -44.45,
    lonDeg: 176.25,
    description:
      "A 186 km crater on the far side, inside the South Pole–Aitken basin. Chang'e-4 made the first soft landing on the far side on its floor in January 2019.",
    provenance: { source: GAZETTEER, frame: GAZETTEER_FRAME, accuracy: NOT_STATED },
    outline: { shape: 'circle', diameterKm: 186, source: GAZETTEER },
  },
  {
    id: 'shackleton',
    name: 'Shackleton crater',
    kind: 'feature',
    group: 'features',
    latDeg: -89.67,
    lonDeg: 129.78,
    description:
      "A 20.9 km crater at the lunar south pole; by the gazetteer's centre and size, the pole lies just inside its rim. Its floor never sees the Sun.",
    provenance: { source: GAZETTEER, frame: GAZETTEER_FRAME, accuracy: NOT_STATED },
    outline: { shape: 'circle', diameterKm: 20.9, source: GAZETTEER },
  },
  {
    id: 'tycho',
    name: 'Tycho crater',
    kind: 'feature',
    group: 'features',
    latDeg: -43.3,
    lonDeg: -11.22,
    description:
      'An 85 km crater in the southern highlands of the near side, young by lunar standards; its bright rays reach across much of the near side.',
    provenance: { source: GAZETTEER, frame: GAZETTEER_FRAME, accuracy: NOT_STATED },
    outline: { shape: 'circle', diameterKm: 85.3, source: GAZETTEER },
  },
];

/** A fact the app tells without a place on the globe. */
export interface UnplacedFact {
  id: string;
  title: string;
  text: string;
  /** ISO date, when the fact has one. */
  date?: string;
}

/**
 * Far-side facts with no coordinates. The point under Artemis I's closest
 * approach is not established (REFERENCE.md), so it has no marker.
 */
export const FAR_SIDE_FACTS: readonly UnplacedFact[] = [
  {
    id: 'far-side',
    title: 'The far side',
    text: 'The far side is the hemisphere never seen from Earth: the Moon is tidally locked, keeping one face toward us, and libration lets about 59% of the surface be seen from Earth over time.',
  },
  {
    id: 'artemis-1-far-side-flyby',
    title: 'Artemis I over the far side',
    date: '2022-11-21',
    text: 'On 21 November 2022, flight day 6, the uncrewed Orion of Artemis I made its outbound powered flyby about 130 km (81 mi) above the far side, during a roughly 30-minute loss of signal behind the Moon — the closest a spacecraft built to carry people had come since Apollo.',
  },
];

/** The built-in catalog, validated. `rejected` is empty unless SITE_DATA has a mistake. */
export function builtInCatalog(): LoadedCatalog {
  return loadCatalog(SITE_DATA);
}
