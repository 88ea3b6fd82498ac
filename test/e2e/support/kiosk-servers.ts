/**
 * Web mode in museum kiosk mode for the end-to-end suite, started the way
 * `npm run web -- --kiosk-config PATH` starts it (loadKiosk + the kiosk
 * host), with short timings so a cycle takes seconds:
 *  - FARSIDE_E2E_KIOSK_URL: a valid config (home off-default, two stops);
 *  - FARSIDE_E2E_KIOSK_BAD_URL: a config with two invalid keys (and French,
 *    and pictures saved into FARSIDE_E2E_KIOSK_PICTURES);
 *  - FARSIDE_E2E_KIOSK_SOAK_URL: the shortest timings the schema allows
 *    (but a 2 s dwell, so the camera rests long enough at a stop for the soak
 *    test to see that the globe draws nothing there), for the soak test (many
 *    idle → countdown → reset → tour cycles in minutes).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadKiosk } from '../../../electron/node/kiosk-config';
import { createKioskHost } from '../../../electron/pure/kiosk/host';
import { startWebServer, type WebServer } from '../../../electron/web/server';

/** The configured home view, spelled as a link fragment (what the tests compare with). */
export const KIOSK_HOME = 'lat=10&lon=20&alt=6000&ex=2';

export const KIOSK_E2E_CONFIG = {
  idleSeconds: 8,
  countdownSeconds: 3,
  home: `#${KIOSK_HOME}`,
  tour: {
    stops: [
      { view: `#${KIOSK_HOME}`, caption: 'Home' },
      { view: '#lat=-40&lon=-150&alt=6000&ex=2', caption: 'The far side' },
    ],
    dwellSeconds: 1.5,
    transitionSeconds: 1,
  },
  hintSeconds: 30,
  exitPin: '2468',
};

/**
 * Short timings: a tour cycle is two half-second flights and two one-second
 * dwells (the schema's least); 4 s of idleness so a visitor's gaps between
 * steps on a loaded machine do not already count as leaving.
 */
export const KIOSK_SOAK_CONFIG = {
  idleSeconds: 4,
  countdownSeconds: 1,
  home: `#${KIOSK_HOME}`,
  tour: {
    stops: [
      { view: `#${KIOSK_HOME}`, caption: 'Home' },
      { view: '#lat=-40&lon=-150&alt=6000&ex=2', caption: 'The far side' },
    ],
    dwellSeconds: 2,
    transitionSeconds: 0.5,
  },
  hintSeconds: 1,
};

/** Two invalid keys beside two valid ones (large type, French) that must still apply. */
const BAD_CONFIG = {
  idleSeconds: 'soon',
  tour: { dwellSeconds: -3 },
  largeType: true,
  language: 'fr',
  // Filled in by startKioskServers: a folder of its own for visitors' pictures.
  pictures: { allowSave: true, directory: '' },
};

export async function startKioskServers(
  work: string,
  appRoot: string,
  packRoot: string,
): Promise<WebServer[]> {
  await mkdir(work, { recursive: true });
  const pictures = join(work, 'pictures');
  await mkdir(pictures, { recursive: true });
  BAD_CONFIG.pictures.directory = pictures;
  process.env.FARSIDE_E2E_KIOSK_PICTURES = pictures;
  const servers: WebServer[] = [];
  for (const [name, config, env] of [
    ['kiosk.json', KIOSK_E2E_CONFIG, 'FARSIDE_E2E_KIOSK_URL'],
    ['kiosk-bad.json', BAD_CONFIG, 'FARSIDE_E2E_KIOSK_BAD_URL'],
    ['kiosk-soak.json', KIOSK_SOAK_CONFIG, 'FARSIDE_E2E_KIOSK_SOAK_URL'],
  ] as const) {
    const file = join(work, name);
    await writeFile(file, JSON.stringify(config, null, 2));
    const kiosk = await loadKiosk({ flag: false, configPath: file });
    const server = await startWebServer({
      appRoot,
      packRoot,
      port: 0,
      host: '127.0.0.1',
      kiosk: createKioskHost(
        kiosk.status,
        kiosk.config?.exitPin ?? null,
        () => Date.now(),
        () => {},
        kiosk.config?.pictures ?? null,
      ),
    });
    servers.push(server);
    process.env[env] = server.url;
  }
  return servers;
}
