/**
 * Preload (sandboxed, bundled to one CommonJS file): exposes the contract's
 * named functions as `window.farside`, never `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './ipc/bridge';

contextBridge.exposeInMainWorld(
  'farside',
  buildBridge(
    (channel, request) => ipcRenderer.invoke(channel, request),
    (channel, listener) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => void ipcRenderer.removeListener(channel, forward);
    },
  ),
);
