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
 * preload carries), its schemas here; `satisfies` below fails the type-check
 * until both lists name the same functions.
 */
import { z } from 'zod';
import { packStatusSchema } from '../../assets/format/pack-status';
import { IPC_CHANNELS, bridgeNames, type BridgeName } from './channels';

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

export const ipcContract = {
  getAppInfo: {
    channel: IPC_CHANNELS.getAppInfo,
    request: noRequest,
    response: appInfoSchema,
  },
  getPackStatus: {
    channel: IPC_CHANNELS.getPackStatus,
    request: noRequest,
    response: packStatusSchema,
  },
} as const satisfies {
  [K in BridgeName]: {
    channel: (typeof IPC_CHANNELS)[K];
    request: z.ZodType;
    response: z.ZodType;
  };
};

export type IpcContract = typeof ipcContract;
export type { BridgeName };
export { bridgeNames };
export type BridgeRequest<K extends BridgeName> = z.input<IpcContract[K]['request']>;
export type BridgeResponse<K extends BridgeName> = z.output<IpcContract[K]['response']>;

/** What the renderer sees as `window.farside` (Electron) or its web twin. */
export type Bridge = {
  [K in BridgeName]: BridgeRequest<K> extends undefined
    ? () => Promise<BridgeResponse<K>>
    : (request: BridgeRequest<K>) => Promise<BridgeResponse<K>>;
};

export type AppInfo = BridgeResponse<'getAppInfo'>;
export type PackStatus = BridgeResponse<'getPackStatus'>;
