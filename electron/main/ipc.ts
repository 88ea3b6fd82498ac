/** IPC handlers: one per contract entry, each checking sender and payloads. */
import { BrowserWindow, app, dialog, ipcMain } from 'electron';
import { ipcSenderOf } from './app-contents';
import { createIpcRoutes, type IpcImplementation } from '../ipc/dispatch';
import type { PackHost } from '../node/pack-host';
import { savePicture } from './pictures';
import { kioskStatusOf, type Kiosk } from './kiosk';
import type { UpgradeService } from '../node/upgrade-service';
import type { AppSettings } from './settings';
import type { FileLog } from '../node/file-log';
import { openLogsFolder } from './log';

/** The OS folder picker (titled in the renderer's language); nothing is built when the user cancels it. */
async function chooseKitFolder(upgrade: UpgradeService, title: string) {
  const parent = BrowserWindow.getFocusedWindow();
  const options = { title, properties: ['openDirectory' as const] };
  const picked = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const dir = picked.filePaths[0];
  return picked.canceled || dir === undefined ? upgrade.state() : upgrade.startFromFolder(dir);
}

const REPORTED_VERSIONS = ['electron', 'chrome', 'node', 'v8'] as const;

function implementation(
  pack: PackHost,
  kiosk: Kiosk | null,
  upgrade: UpgradeService,
  settings: AppSettings,
  log: FileLog,
): IpcImplementation {
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
    savePicture: (request) => savePicture(request, kiosk?.locked() ? kiosk.config.pictures : null),
    getKioskConfig: () => kioskStatusOf(kiosk),
    exitKiosk: ({ pin }) =>
      kiosk ? kiosk.host.exit(pin) : { ok: false, retryAfterSeconds: 0, reason: 'not-kiosk' },
    getUpgradeOffer: () => upgrade.offer(),
    startUpgrade: (request) => upgrade.start(request),
    chooseKitFolder: ({ title }) => chooseKitFolder(upgrade, title),
    cancelUpgrade: () => upgrade.cancel(),
    getUpgradeState: () => upgrade.state(),
    getSettings: () => settings.load(),
    saveSettings: async (patch) => {
      await settings.patch(patch);
      return undefined;
    },
    logEvent: (event) => {
      log.rendererEvent(event);
      return undefined;
    },
    getLogLocation: () => ({ file: log.file, canOpenFolder: true }),
    openLogFolder: async () => {
      await openLogsFolder(log);
      return undefined;
    },
  };
}

export function setupIpc(
  pack: PackHost,
  kiosk: Kiosk | null,
  upgrade: UpgradeService,
  settings: AppSettings,
  log: FileLog,
): void {
  for (const route of createIpcRoutes(implementation(pack, kiosk, upgrade, settings, log))) {
    ipcMain.handle(route.channel, (event, payload: unknown) =>
      route.handle(ipcSenderOf(event), payload),
    );
  }
}
