/** IPC handlers: one per contract entry, each checking sender and payloads. */
import { app, ipcMain } from 'electron';
import { ipcSenderOf } from './app-contents';
import { createIpcRoutes, type IpcImplementation } from '../ipc/dispatch';
import type { PackHost } from '../node/pack-host';
import { savePicture } from './pictures';
import { kioskStatusOf, type Kiosk } from './kiosk';

const REPORTED_VERSIONS = ['electron', 'chrome', 'node', 'v8'] as const;

function implementation(pack: PackHost, kiosk: Kiosk | null): IpcImplementation {
  return {
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      versions: Object.fromEntries(
        REPORTED_VERSIONS.flatMap((key) => {
          const version = process.versions[key];
          return version === undefined ? [] : [[key, version]];
        }),
      ),
      platform: process.platform,
    }),
    getPackStatus: () => pack.status(),
    savePicture,
    getKioskConfig: () => kioskStatusOf(kiosk),
    exitKiosk: ({ pin }) =>
      kiosk ? kiosk.host.exit(pin) : { ok: false, retryAfterSeconds: 0, reason: 'not-kiosk' },
  };
}

export function setupIpc(pack: PackHost, kiosk: Kiosk | null): void {
  for (const route of createIpcRoutes(implementation(pack, kiosk))) {
    ipcMain.handle(route.channel, (event, payload: unknown) =>
      route.handle(ipcSenderOf(event), payload),
    );
  }
}
