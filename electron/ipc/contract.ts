/**
 * The one typed IPC contract between renderer and main.
 *
 * Each entry names a bridge function, its channel and the zod schemas of its
 * request and response. The preload exposes exactly these functions, main
 * registers exactly these handlers (validating sender and payload), and the
 * renderer's `Bridge` type is derived from here with `import type` only.
 * Pure: zod only, no electron.
 */
import { z } from 'zod';
import { packStatusSchema } from '../../assets/format/pack-status';

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
    channel: 'farside:get-app-info',
    request: noRequest,
    response: appInfoSchema,
  },
  getPackStatus: {
    channel: 'farside:get-pack-status',
    request: noRequest,
    response: packStatusSchema,
  },
} as const;

export type IpcContract = typeof ipcContract;
export type BridgeName = keyof IpcContract;
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

export const bridgeNames = Object.keys(ipcContract) as BridgeName[];
