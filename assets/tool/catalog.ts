/**
 * Known NASA CGI Moon Kit files (SVS item 4720) and one alternate source.
 *
 * Values (bytes, SHA-256, sizes) are the ones listed in
 * ../shared/moonkit/README.md; `sha256: null` where no hash has been
 * published (lroc_color_poles_8k.tif), `url: null` where NASA offers no
 * download (the Debian stellarium-data JPEG: usable from a folder only).
 * Lower `rank` is preferred when several files of one kind are present.
 */
import { KIT_CREDIT } from '../format/manifest';
import { STARTER_KIT } from '../format/pack-data';

export const NASA_KIT_BASE_URL = 'https://svs.gsfc.nasa.gov/vis/a000000/a004700/a004720';

export type KitKind = 'color' | 'elevation';

/**
 * How a file's pixels are stored:
 * - `float32-km`: 1 band float32, height above the 1737.4 km sphere in km;
 * - `uint16-halfm-20000`: 1 band uint16, heightM = (v − 20000) × 0.5;
 * - `rgb8`: 8-bit sRGB, 3 bands (TIFF or JPEG; sharp reads either).
 */
export type KitEncoding = 'float32-km' | 'uint16-halfm-20000' | 'rgb8';

export interface KitEntry {
  name: string;
  kind: KitKind;
  /** Download address, or null when the file can only come from a folder. */
  url: string | null;
  /** Published size in bytes, or null when unknown. */
  bytes: number | null;
  /** Published lowercase hex SHA-256, or null when none is published. */
  sha256: string | null;
  width: number;
  height: number;
  encoding: KitEncoding;
  credit: string;
  /** Preference among files of the same kind: 1 is best. */
  rank: number;
}

export type KitCatalog = readonly KitEntry[];

const nasa = (name: string): string => `${NASA_KIT_BASE_URL}/${name}`;

export const KIT_CATALOG: KitCatalog = [
  {
    name: 'lroc_color_poles_8k.tif',
    kind: 'color',
    url: nasa('lroc_color_poles_8k.tif'),
    bytes: null,
    sha256: null,
    width: 8192,
    height: 4096,
    encoding: 'rgb8',
    credit: KIT_CREDIT,
    rank: 1,
  },
  {
    name: 'lroc_color_poles_4k.tif',
    kind: 'color',
    url: nasa('lroc_color_poles_4k.tif'),
    bytes: 13_095_388,
    sha256: '918649a7f8ed2f1329b2cd95bb0d25483befdcb60ae1a66db681a637cc21344f',
    width: 4096,
    height: 2048,
    encoding: 'rgb8',
    credit: KIT_CREDIT,
    rank: 2,
  },
  {
    // textures/moon_4k.jpg of Debian's stellarium-data 0.22.2-1: the same
    // 2019 LROC "poles" map as a 4k JPEG. Not on NASA's server.
    name: 'stellarium_moon_4k.jpg',
    kind: 'color',
    url: null,
    bytes: 2_407_742,
    sha256: 'a71deba23c5e7b3945b5f7a33105975beb605b67486b38fa13e8246cbfdfaa93',
    width: 4096,
    height: 2048,
    encoding: 'rgb8',
    credit: `${KIT_CREDIT} (4k JPEG from Debian stellarium-data)`,
    rank: 3,
  },
  {
    name: 'lroc_color_poles_2k.tif',
    kind: 'color',
    url: nasa('lroc_color_poles_2k.tif'),
    bytes: 3_339_438,
    sha256: '13b797422e8c4b8607ff2b2623ac3a046a6da0132d567c2d272d92fad7052c4a',
    width: 2048,
    height: 1024,
    encoding: 'rgb8',
    credit: KIT_CREDIT,
    rank: 4,
  },
  {
    name: 'lroc_color_poles_1k.jpg',
    kind: 'color',
    url: nasa('lroc_color_poles_1k.jpg'),
    bytes: 139_068,
    sha256: 'b246064f217f8d479df78c49c7c8595a8f5fbda008a72fd539978d2e121e0109',
    width: 1024,
    height: 512,
    encoding: 'rgb8',
    credit: KIT_CREDIT,
    rank: 5,
  },
  {
    name: 'ldem_16_uint.tif',
    kind: 'elevation',
    url: nasa('ldem_16_uint.tif'),
    bytes: 33_201_026,
    sha256: '45a2b32d56e81ed30db07fead8abc842b249b6511219d9ca2c53f81bc2dc5d62',
    width: 5760,
    height: 2880,
    encoding: 'uint16-halfm-20000',
    credit: KIT_CREDIT,
    rank: 1,
  },
  {
    name: 'ldem_16.tif',
    kind: 'elevation',
    url: nasa('ldem_16.tif'),
    bytes: 66_378_634,
    sha256: '1ea42bf44f7e9d694f79c3afa7145f97fbf06cc67372067d9fe73dce43bad796',
    width: 5760,
    height: 2880,
    encoding: 'float32-km',
    credit: KIT_CREDIT,
    rank: 2,
  },
  {
    name: 'ldem_4_uint.tif',
    kind: 'elevation',
    url: nasa('ldem_4_uint.tif'),
    bytes: 2_076_866,
    sha256: 'e6668bec27fc9b8fbb02d198c7ddfb08eedeeb790167b494f95e6b34201da05e',
    width: 1440,
    height: 720,
    encoding: 'uint16-halfm-20000',
    credit: KIT_CREDIT,
    rank: 3,
  },
  {
    name: 'ldem_4.tif',
    kind: 'elevation',
    url: nasa('ldem_4.tif'),
    bytes: 4_153_352,
    sha256: '330afa2556a86fd05ac6ba2f912f246600fdade35de2a0d90593d50d07b01b65',
    width: 1440,
    height: 720,
    encoding: 'float32-km',
    credit: KIT_CREDIT,
    rank: 4,
  },
];

export { STARTER_KIT };

/** What a download fetches when the user names nothing: good detail, ~46 MB. */
export const DEFAULT_DOWNLOAD = {
  color: 'lroc_color_poles_4k.tif',
  elevation: 'ldem_16_uint.tif',
} as const;

export function findEntry(catalog: KitCatalog, name: string): KitEntry | undefined {
  return catalog.find((entry) => entry.name === name);
}

/** The best-ranked entry of `kind` among `entries`, or undefined. */
export function bestOfKind<T extends { entry: KitEntry }>(
  items: readonly T[],
  kind: KitKind,
): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (item.entry.kind !== kind) continue;
    if (!best || item.entry.rank < best.entry.rank) best = item;
  }
  return best;
}
