/**
 * Main-side IPC dispatch, derived from the contract: check the sender, parse
 * the request with the channel's schema, run the implementation, and parse
 * its response too, so nothing unchecked crosses the bridge either way.
 * Pure (zod only); the Electron glue says who sent it (electron/main/ipc.ts).
 */
import { isTrustedSender } from '../pure/trust';
import { measurePayload } from './payload-size';
import {
  bridgeNames,
  ipcContract,
  type BridgeName,
  type BridgeRequest,
  type BridgeResponse,
} from './contract';

export type IpcImplementation = {
  [K in BridgeName]: (request: BridgeRequest<K>) => Promise<BridgeResponse<K>> | BridgeResponse<K>;
};

/** Why an invocation was refused; its message is what the renderer sees. */
export class IpcRefusal extends Error {
  override name = 'IpcRefusal';
}

/** Who sent an invocation, as the Electron glue found it. */
export type IpcSender = {
  /** URL of the sending frame (`event.senderFrame.url`). */
  frameUrl: string | null | undefined;
  /**
   * By identity, not by URL: the sending frame is the main frame of a web
   * contents the app created itself (not a subframe, not another window).
   */
  isAppMainFrame: boolean;
};

export type IpcRoute = {
  channel: string;
  handle(sender: IpcSender, payload: unknown): Promise<unknown>;
};

export function createIpcRoute<K extends BridgeName>(
  name: K,
  implementation: IpcImplementation,
): IpcRoute {
  const entry = ipcContract[name];
  const run = implementation[name] as (request: unknown) => unknown;
  return {
    channel: entry.channel,
    async handle(sender, payload) {
      if (!sender.isAppMainFrame || !isTrustedSender(sender.frameUrl)) {
        throw new IpcRefusal(`${entry.channel}: refused, sender is not the app`);
      }
      const size = measurePayload(payload, entry.maxRequestBytes);
      if (!size.ok && size.kind === 'too-large') {
        throw new IpcRefusal(
          `${entry.channel}: refused, request is larger than ${entry.maxRequestBytes} bytes`,
        );
      }
      if (!size.ok) throw new IpcRefusal(`${entry.channel}: refused, request is not plain data`);
      const request = entry.request.safeParse(payload);
      if (!request.success) throw new IpcRefusal(`${entry.channel}: invalid request`);
      const response = entry.response.safeParse(await run(request.data));
      if (!response.success) {
        throw new IpcRefusal(
          `${entry.channel}: invalid response (${response.error.issues[0]?.message})`,
        );
      }
      return response.data;
    },
  };
}

/** One route per contract entry: main registers exactly these, no list kept by hand. */
export function createIpcRoutes(implementation: IpcImplementation): IpcRoute[] {
  return bridgeNames.map((name) => createIpcRoute(name, implementation));
}
