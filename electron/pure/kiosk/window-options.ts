/**
 * Window options of a kiosk: full screen with no frame, menu or way to move,
 * resize, minimise or close it from the window itself, no DevTools, no page
 * zoom and no dialogs. Pure: a plain object the Electron glue merges into its
 * BrowserWindow options (typed there against electron.d.ts).
 */

export type KioskWindowOptions = {
  kiosk: true;
  fullscreen: true;
  frame: false;
  autoHideMenuBar: true;
  resizable: false;
  movable: false;
  minimizable: false;
  maximizable: false;
  closable: false;
  fullscreenable: false;
  alwaysOnTop: true;
  skipTaskbar: true;
  webPreferences: {
    devTools: false;
    zoomFactor: 1;
    /** alert/confirm/prompt never block an unattended screen. */
    disableDialogs: true;
    navigateOnDragDrop: false;
    spellcheck: false;
    /** Keep animating and reacting even if the OS reports the window hidden. */
    backgroundThrottling: false;
  };
};

export function kioskWindowOptions(): KioskWindowOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    closable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    webPreferences: {
      devTools: false,
      zoomFactor: 1,
      disableDialogs: true,
      navigateOnDragDrop: false,
      spellcheck: false,
      backgroundThrottling: false,
    },
  };
}

/** Page zoom is pinned: the visual zoom (pinch on the page itself) and the zoom factor. */
export const KIOSK_ZOOM = { factor: 1, minVisualZoom: 1, maxVisualZoom: 1 } as const;
