/**
 * Paths of web mode's host endpoints, relative to the app shell. The web
 * server answers them (electron/web/host-api.ts) and the renderer's web
 * bridge asks them: the web twin of the IPC contract's channels.
 */
export const HOST_API = {
  prefix: 'api/',
  packStatus: 'api/pack-status',
  /** GET: the kiosk status (`getKioskConfig`). */
  kiosk: 'api/kiosk',
  /** POST `{"pin":"…"}`: the operator exit (`exitKiosk`). */
  kioskExit: 'api/kiosk/exit',
  upgradeOffer: 'api/upgrade/offer',
  upgradeState: 'api/upgrade/state',
  /** POST, JSON body: an upgrade request. */
  upgradeStart: 'api/upgrade/start',
  /** POST. */
  upgradeCancel: 'api/upgrade/cancel',
  /** POST, JSON body `{ dir }`: build from kit files in a folder on the server's computer. */
  upgradeFromFolder: 'api/upgrade/from-folder',
  /**
   * POST the PNG bytes (`?name=farside-….png`): a kiosk saves a visitor's
   * picture where its file says (`pictures`). Answers like `savePicture`, or
   * `{"state":"download"}` when the browser's own download is the place.
   */
  kioskPicture: 'api/kiosk/picture',
  /** POST, JSON body: a renderer error for the log file (`logEvent`). */
  log: 'api/log',
  /** GET: where the log file is (`getLogLocation`). */
  logLocation: 'api/log/location',
} as const;
