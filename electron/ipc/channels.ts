/**
 * The IPC channel of each bridge function, and nothing else: this is all the
 * preload bundles (no zod, no schemas; validation happens in main). The
 * schemas for each name live in contract.ts, which the compiler keeps in step
 * with this list both ways.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'farside:get-app-info',
  getPackStatus: 'farside:get-pack-status',
  savePicture: 'farside:save-picture',
  getKioskConfig: 'farside:get-kiosk-config',
  exitKiosk: 'farside:exit-kiosk',
  getUpgradeOffer: 'farside:get-upgrade-offer',
  startUpgrade: 'farside:start-upgrade',
  chooseKitFolder: 'farside:choose-kit-folder',
  cancelUpgrade: 'farside:cancel-upgrade',
  getUpgradeState: 'farside:get-upgrade-state',
  getSettings: 'farside:get-settings',
  saveSettings: 'farside:save-settings',
  logEvent: 'farside:log-event',
  getLogLocation: 'farside:get-log-location',
  openLogFolder: 'farside:open-log-folder',
} as const;

export type BridgeName = keyof typeof IPC_CHANNELS;

export const bridgeNames = Object.keys(IPC_CHANNELS) as BridgeName[];
