/**
 * The renderer's only way to the host: `window.farside` when the Electron
 * preload exposed it, otherwise the web implementation of the same contract.
 */
import type { Bridge } from '../../electron/ipc/contract';
import { createWebBridge } from './web';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge; absent on the web. */
    readonly farside?: Bridge;
  }
}

let bridge: Bridge | undefined;

export function getBridge(): Bridge {
  bridge ??= window.farside ?? createWebBridge();
  return bridge;
}
