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

/**
 * Events main sends to the renderer (no reply): the bridge function that
 * subscribes to each, and its channel. Payload schemas live in contract.ts;
 * the renderer parses every payload before acting on it.
 */
export const IPC_EVENT_CHANNELS = {
  /** An application-menu item was chosen: `{ action }`, an action id of the shortcut table. */
  onMenuAction: 'farside:menu-action',
} as const;

export type EventName = keyof typeof IPC_EVENT_CHANNELS;

export const eventNames = Object.keys(IPC_EVENT_CHANNELS) as EventName[];
