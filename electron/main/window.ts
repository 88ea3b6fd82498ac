/** The main window: sandboxed, isolated, loading the app over moon://. */
import { BrowserWindow, screen, type App } from 'electron';
import { APP_INDEX_URL } from '../pure/trust';
import { restoreWindowBounds, type InitialBounds } from '../pure/window-bounds';
import type { Kiosk } from './kiosk';
import { trustAppContents } from './app-contents';
import type { AppPaths } from './paths';
import { trackWindowBounds, type AppSettings } from './settings';

const DEFAULT_SIZE = { width: 1280, height: 800 };
const MIN_SIZE = { width: 640, height: 480 };

/** The last size and place, only onto a display that still exists (primary first). */
function initialBounds(settings: AppSettings): InitialBounds {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return restoreWindowBounds(
    settings.current().window,
    [primary, ...others].map((d) => d.workArea),
    DEFAULT_SIZE,
    MIN_SIZE,
  );
}

export function createMainWindow(
  { preload }: AppPaths,
  settings: AppSettings,
  kiosk: Kiosk | null = null,
): BrowserWindow {
  const lock = kiosk?.windowOptions();
  // A kiosk fills its screen and keeps no visitor state: no bounds restored or saved.
  const bounds = kiosk ? null : initialBounds(settings);
  const window = new BrowserWindow({
    ...lock,
    x: bounds?.x,
    y: bounds?.y,
    width: bounds?.width ?? DEFAULT_SIZE.width,
    height: bounds?.height ?? DEFAULT_SIZE.height,
    ...(bounds?.fullScreen ? { fullscreen: true } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize();
    window.show();
  });
  if (!kiosk) trackWindowBounds(window, settings);
  void window.loadURL(APP_INDEX_URL);
  return window;
}

/** Quit when the last window closes (except macOS), reopen on dock click, focus on relaunch. */
export function setupWindowLifecycle(
  app: App,
  paths: AppPaths,
  settings: AppSettings,
  kiosk: Kiosk | null,
): void {
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
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths, settings, kiosk);
  });
}
