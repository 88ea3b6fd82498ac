/**
 * The renderer-side bridge, built from the contract: one named function per
 * entry, each invoking its channel. The preload exposes the result; it never
 * exposes `ipcRenderer` itself.
 */
import { IPC_CHANNELS, bridgeNames } from './channels';
import type { Bridge } from './contract';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): Bridge {
  const bridge: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const name of bridgeNames) {
    const channel = IPC_CHANNELS[name];
    // Exactly one argument crosses, whatever the renderer passes.
    bridge[name] = (request?: unknown) => invoke(channel, request);
  }
  return Object.freeze(bridge) as unknown as Bridge;
}
