/**
 * The one typed IPC contract between renderer and main.
 *
 * Each entry names a bridge function, its channel and the zod schemas of its
 * request and response. The preload exposes exactly these functions, main
 * registers exactly these handlers (validating sender and payload), and the
 * renderer's `Bridge` type is derived from here with `import type` only.
 * Pure: zod only, no electron.
 *
 * To add a channel: its name and channel string in channels.ts (all the
 * preload carries), its schemas and request size limit here; `satisfies` below fails the type-check
 * until both lists name the same functions.
 */
import { z } from 'zod';
import {
  kioskExitRequestSchema,
  kioskExitResponseSchema,
  kioskStatusSchema,
} from '../../assets/format/kiosk';
import {
  LOG_EVENT_MAX_BYTES,
  logEventSchema,
  logLocationSchema,
} from '../../assets/format/log-event';
import { packStatusSchema } from '../../assets/format/pack-status';
import { PICTURE_MAX_BYTES, isPng } from '../../assets/format/picture';
import { loadedSettingsSchema, settingsPatchSchema } from '../../assets/format/settings';
import {
  IPC_CHANNELS,
  IPC_EVENT_CHANNELS,
  bridgeNames,
  eventNames,
  type BridgeName,
  type EventName,
} from './channels';
import { menuActionSchema } from '../../assets/format/shortcuts';
import {
  upgradeOfferSchema,
  upgradeRequestSchema,
  upgradeStateSchema,
} from '../../assets/format/upgrade';

export { packStatusSchema };

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Runtime the renderer is hosted by: Electron versions, or the web host. */
  host: z.enum(['electron', 'web']),
  versions: z.record(z.string(), z.string()),
  platform: z.string(),
});

const noRequest = z.undefined();

/**
 * Request size limits, one per channel (see ./payload-size.ts): main measures
 * a request against its channel's limit before the schema parses it.
 */
export const NO_REQUEST_MAX_BYTES = 64;
/** The PNG itself plus its name and flag. */
export const SAVE_PICTURE_MAX_BYTES = PICTURE_MAX_BYTES + 4 * 1024;

export { PICTURE_MAX_BYTES };

export const savePictureRequestSchema = z.strictObject({
  /** The encoded PNG, provenance chunks included. */
  png: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= PICTURE_MAX_BYTES, 'the picture is larger than 200 MB')
    .refine(isPng, 'the picture is not a PNG'),
  /** Suggested name, `farside-2026-11-21-130512-far-side.png`; main never overwrites. */
  fileName: z.string().regex(/^farside-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{6}-[a-z0-9-]{1,64}\.png$/),
  /** Ask where to save (native dialog), or save straight into the pictures folder. */
  ask: z.boolean(),
});

export const savePictureResponseSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('saved'), path: z.string() }),
  z.object({ state: z.literal('cancelled') }),
  /** `reason` is one sentence a person can read; the picture stays in the renderer. */
  z.object({ state: z.literal('failed'), reason: z.string() }),
]);

/** The folder picker's title, in the renderer's language. */
export const chooseKitFolderRequestSchema = z.object({ title: z.string().min(1).max(200) });

export const ipcContract = {
  getAppInfo: {
    channel: IPC_CHANNELS.getAppInfo,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: appInfoSchema,
  },
  getPackStatus: {
    channel: IPC_CHANNELS.getPackStatus,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: packStatusSchema,
  },
  savePicture: {
    channel: IPC_CHANNELS.savePicture,
    maxRequestBytes: SAVE_PICTURE_MAX_BYTES,
    request: savePictureRequestSchema,
    response: savePictureResponseSchema,
  },
  getKioskConfig: {
    channel: IPC_CHANNELS.getKioskConfig,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: kioskStatusSchema,
  },
  /** Operator exit: the host checks the PIN (rate-limited) and unlocks the window. */
  exitKiosk: {
    channel: IPC_CHANNELS.exitKiosk,
    /** `{ pin }`, at most 32 characters: under 100 bytes of UTF-8. */
    maxRequestBytes: 256,
    request: kioskExitRequestSchema,
    response: kioskExitResponseSchema,
  },
  /** "Get sharper Moon data": what can be fetched, or the commands that do it. */
  getUpgradeOffer: {
    channel: IPC_CHANNELS.getUpgradeOffer,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: upgradeOfferSchema,
  },
  startUpgrade: {
    channel: IPC_CHANNELS.startUpgrade,
    /** Two kit file names of at most 64 characters. */
    maxRequestBytes: 512,
    request: upgradeRequestSchema,
    response: upgradeStateSchema,
  },
  /** Asks for a folder of kit files (the host's own dialog) and builds from it. */
  chooseKitFolder: {
    channel: IPC_CHANNELS.chooseKitFolder,
    /** A title of at most 200 characters (up to 4 bytes each in UTF-8). */
    maxRequestBytes: 1024,
    request: chooseKitFolderRequestSchema,
    response: upgradeStateSchema,
  },
  cancelUpgrade: {
    channel: IPC_CHANNELS.cancelUpgrade,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: upgradeStateSchema,
  },
  /** Polled while a job runs; `done` means: ask getPackStatus again and reload the layers. */
  getUpgradeState: {
    channel: IPC_CHANNELS.getUpgradeState,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: upgradeStateSchema,
  },
  /** Settings from the user-data file, with the one-time notice if it had to be repaired. */
  getSettings: {
    channel: IPC_CHANNELS.getSettings,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: loadedSettingsSchema,
  },
  /** Change what the renderer owns (not the window bounds, which main keeps). */
  saveSettings: {
    channel: IPC_CHANNELS.saveSettings,
    /** A view fragment of at most 1000 characters plus a few short fields. */
    maxRequestBytes: 2048,
    request: settingsPatchSchema,
    response: z.undefined(),
  },
  /** A renderer error for the log file: main scrubs it and rate-limits (electron/node/file-log.ts). */
  logEvent: {
    channel: IPC_CHANNELS.logEvent,
    maxRequestBytes: LOG_EVENT_MAX_BYTES,
    request: logEventSchema,
    response: z.undefined(),
  },
  /** Where the log file is (About). */
  getLogLocation: {
    channel: IPC_CHANNELS.getLogLocation,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: logLocationSchema,
  },
  /** Opens the logs folder in the file manager: a fixed folder main knows, never a path the renderer names. */
  openLogFolder: {
    channel: IPC_CHANNELS.openLogFolder,
    maxRequestBytes: NO_REQUEST_MAX_BYTES,
    request: noRequest,
    response: z.undefined(),
  },
} as const satisfies {
  [K in BridgeName]: {
    channel: (typeof IPC_CHANNELS)[K];
    /** Largest request main accepts on this channel, in bytes (measurePayload). */
    maxRequestBytes: number;
    request: z.ZodType;
    response: z.ZodType;
  };
};

export type IpcContract = typeof ipcContract;
export type { BridgeName, EventName };
export { bridgeNames, eventNames };
export type BridgeRequest<K extends BridgeName> = z.input<IpcContract[K]['request']>;
export type BridgeResponse<K extends BridgeName> = z.output<IpcContract[K]['response']>;

/**
 * Events from main to the renderer: channel and payload schema. Main sends
 * only payloads its schema accepts; the renderer parses each one again on
 * receipt (the preload stays free of zod: it only forwards).
 */
export const ipcEvents = {
  onMenuAction: { channel: IPC_EVENT_CHANNELS.onMenuAction, payload: menuActionSchema },
} as const satisfies {
  [K in EventName]: { channel: (typeof IPC_EVENT_CHANNELS)[K]; payload: z.ZodType };
};

export type BridgeEventPayload<K extends EventName> = z.output<(typeof ipcEvents)[K]['payload']>;

/**
 * Subscribe to one event; returns the unsubscribe. The listener gets the
 * payload as `unknown`: parse it with `ipcEvents[name].payload` first.
 */
export type BridgeEvents = {
  [K in EventName]: (listener: (payload: unknown) => void) => () => void;
};

/** What the renderer sees as `window.farside` (Electron) or its web twin. */
export type Bridge = {
  [K in BridgeName]: BridgeRequest<K> extends undefined
    ? () => Promise<BridgeResponse<K>>
    : (request: BridgeRequest<K>) => Promise<BridgeResponse<K>>;
} & BridgeEvents;

export type AppInfo = BridgeResponse<'getAppInfo'>;
export type PackStatus = BridgeResponse<'getPackStatus'>;
export type SavePictureRequest = BridgeRequest<'savePicture'>;
export type SavePictureResult = BridgeResponse<'savePicture'>;
export type KioskStatus = BridgeResponse<'getKioskConfig'>;
export type KioskExitResult = BridgeResponse<'exitKiosk'>;
export type LoadedSettings = BridgeResponse<'getSettings'>;
export type SettingsPatch = BridgeRequest<'saveSettings'>;
export type LogLocation = BridgeResponse<'getLogLocation'>;
