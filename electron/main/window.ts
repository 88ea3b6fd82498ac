/** The main window: sandboxed, isolated, loading the app over moon://. */
import { BrowserWindow, type App } from 'electron';
import { APP_INDEX_URL } from '../pure/trust';
import type { Kiosk } from './kiosk';
import { trustAppContents } from './app-contents';
import type { AppPaths } from './paths';

export function createMainWindow({ preload }: AppPaths, kiosk: Kiosk | null = null): BrowserWindow {
  const lock = kiosk?.windowOptions();
  const window = new BrowserWindow({
    ...lock,
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    title: 'Farside',
    backgroundColor: '#000000',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would ask for a new window (denied anyway by the open handler).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      ...lock?.webPreferences,
    },
  });
  kiosk?.attach(window);
  trustAppContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}

/** Quit when the last window closes (except macOS), reopen on dock click, focus on relaunch. */
export function setupWindowLifecycle(app: App, paths: AppPaths, kiosk: Kiosk | null): void {
  app.on('second-instance', () => {
    const [existing] = BrowserWindow.getAllWindows();
    if (existing === undefined) return;
    if (existing.isMinimized()) existing.restore();
    existing.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths, kiosk);
  });
}
