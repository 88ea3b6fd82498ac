/**
 * Settings in Electron (glue): the JSON file in the user-data folder
 * (electron/node/settings-file.ts) behind the contract's getSettings /
 * saveSettings, and the main window's bounds, which main itself keeps.
 */
import { app, type BrowserWindow } from 'electron';
import {
  patchSettings,
  type LoadedSettings,
  type Settings,
  type SettingsPatch,
  type WindowBounds,
} from '../../assets/format/settings';
import { createSettingsFile, type SettingsFile } from '../node/settings-file';

export type AppSettings = SettingsFile & {
  /** Apply a change from the renderer and write it. */
  patch(patch: SettingsPatch): Promise<void>;
  /** Called after each change (the menu follows the language). */
  onChange(listener: (settings: Settings) => void): void;
};

export async function setupSettings({
  persist,
  onError,
}: {
  /** False in a kiosk: changes apply for the session and are never written. */
  persist: boolean;
  onError: (message: string, error: unknown) => void;
}): Promise<AppSettings> {
  const file = createSettingsFile(app.getPath('userData'), { onError });
  // Read now (the window needs its bounds); the renderer's first getSettings gets the notice.
  let first: LoadedSettings | null = await file.load();
  const listeners: ((settings: Settings) => void)[] = [];
  const changed = (settings: Settings) => listeners.forEach((listener) => listener(settings));
  return {
    ...file,
    async load() {
      if (first !== null) {
        const once = first;
        first = null;
        return { ...once, settings: file.current() };
      }
      return file.load();
    },
    async save(settings) {
      if (persist) await file.save(settings);
      changed(settings);
    },
    async patch(patch) {
      const next = patchSettings(file.current(), patch);
      if (persist) await file.save(next);
      changed(next);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

/** How long the window must be still before its bounds are written, ms. */
const BOUNDS_QUIET_MS = 500;

/** Remember the window's size and place (its normal bounds, plus maximised / full screen). */
export function trackWindowBounds(window: BrowserWindow, settings: AppSettings): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    const { x, y, width, height } = window.getNormalBounds();
    const bounds: WindowBounds = {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    };
    void settings.save({ ...settings.current(), window: bounds }).catch(() => undefined);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, BOUNDS_QUIET_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event as 'resize', later);
  }
  window.on('enter-full-screen', later);
  window.on('leave-full-screen', later);
  window.on('close', save);
}
