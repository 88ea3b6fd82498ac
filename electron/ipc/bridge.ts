/**
 * The renderer-side bridge, built from the contract: one named function per
 * entry, each invoking its channel, and one subscribe function per event
 * channel. The preload exposes the result; it never
 * exposes `ipcRenderer` itself.
 */
import { IPC_CHANNELS, IPC_EVENT_CHANNELS, bridgeNames, eventNames } from './channels';
import type { Bridge } from './contract';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
/** Listen on a channel (the payload only, never the IPC event); returns the unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function buildBridge(invoke: Invoke, subscribe: Subscribe): Bridge {
  const bridge: Record<string, (arg: never) => unknown> = {};
  for (const name of bridgeNames) {
    const channel = IPC_CHANNELS[name];
    // Exactly one argument crosses, whatever the renderer passes.
    bridge[name] = (request?: unknown) => invoke(channel, request);
  }
  for (const name of eventNames) {
    const channel = IPC_EVENT_CHANNELS[name];
    bridge[name] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} takes a function`);
      return subscribe(channel, (payload) => listener(payload));
    };
  }
  return Object.freeze(bridge) as unknown as Bridge;
}
