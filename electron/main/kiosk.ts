/**
 * Museum kiosk glue: applies the pure policy (electron/pure/kiosk/*) to the
 * app and its window. Nothing is decided here: which keys are swallowed,
 * the window options, when to reload and how long to wait, and whether a PIN
 * opens all come from pure, unit-tested modules.
 */
import type { FileLog } from '../node/file-log';
import * as path from 'node:path';
import {
  Menu,
  app,
  powerSaveBlocker,
  type BrowserWindow,
  type BrowserWindowConstructorOptions,
} from 'electron';
import type { KioskConfig } from '../../assets/format/kiosk';
import { KIOSK_OFF, type KioskStatus } from '../../assets/format/kiosk';
import { loadKiosk } from '../node/kiosk-config';
import { parseKioskArgs } from '../pure/kiosk/args';
import { decideKeyInput } from '../pure/kiosk/blocked-inputs';
import { createKioskHost, type KioskHost } from '../pure/kiosk/host';
import { createRestartPolicy, type FailureKind } from '../pure/kiosk/restart-policy';
import { KIOSK_ZOOM, kioskWindowOptions } from '../pure/kiosk/window-options';
import { APP_INDEX_URL } from '../pure/trust';

export type Kiosk = {
  host: KioskHost;
  config: KioskConfig;
  /** False once the operator has left with the PIN. */
  locked(): boolean;
  windowOptions(): BrowserWindowConstructorOptions;
  /** Lock a window created with `windowOptions()`. */
  attach(window: BrowserWindow): void;
};

/** Read `--kiosk`, `--kiosk-config PATH` or `<userData>/kiosk.json`; null when kiosk mode is off. */
export async function setupKiosk(log: FileLog): Promise<Kiosk | null> {
  const args = parseKioskArgs(process.argv.slice(1));
  const loaded = await loadKiosk({
    flag: args.kiosk,
    configPath: args.configPath,
    userDataFile: path.join(app.getPath('userData'), 'kiosk.json'),
  });
  if (!loaded.status.enabled || loaded.config === null) return null;
  const config = loaded.config;
  const status = args.error
    ? { ...loaded.status, problems: [`(command line): ${args.error}`, ...loaded.status.problems] }
    : loaded.status;
  for (const problem of status.problems) log.warn(`kiosk config: ${problem}`);

  let locked = true;
  const windows = new Set<BrowserWindow>();
  const blocker = config.keepAwake ? powerSaveBlocker.start('prevent-display-sleep') : null;
  const host = createKioskHost(
    status,
    config.exitPin,
    () => Date.now(),
    () => {
      locked = false;
      log.warn('kiosk: the operator left kiosk mode with the PIN');
      if (blocker !== null && powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
      for (const window of windows) unlock(window);
    },
  );
  const policy = createRestartPolicy({
    enabled: config.restart.enabled,
    initialDelayMs: config.restart.initialDelaySeconds * 1000,
    maxDelayMs: config.restart.maxDelaySeconds * 1000,
    stableMs: config.restart.stableSeconds * 1000,
  });
  let pendingReload: NodeJS.Timeout | null = null;
  const recover = (window: BrowserWindow, kind: FailureKind, detail?: string): void => {
    const decision = policy.onFailure(kind, Date.now(), detail);
    log.error(decision.log);
    if (decision.action !== 'reload' || pendingReload !== null) return;
    pendingReload = setTimeout(() => {
      pendingReload = null;
      if (window.isDestroyed()) return;
      if (kind === 'unresponsive') window.webContents.forcefullyCrashRenderer();
      void window.loadURL(APP_INDEX_URL);
    }, decision.delayMs);
  };

  app.on('child-process-gone', (_event, details) => {
    if (!locked || details.type !== 'GPU') return;
    for (const window of windows) recover(window, 'gpu-process-gone', details.reason);
  });
  Menu.setApplicationMenu(null);

  return {
    host,
    config,
    locked: () => locked,
    windowOptions: () => kioskWindowOptions(),
    attach(window) {
      windows.add(window);
      window.on('closed', () => windows.delete(window));
      const contents = window.webContents;
      window.setMenu(null);
      window.on('close', (event) => {
        if (locked) event.preventDefault();
      });
      contents.on('before-input-event', (event, input) => {
        if (locked && decideKeyInput(input) === 'block') event.preventDefault();
      });
      contents.on('context-menu', (event) => {
        if (locked) event.preventDefault();
      });
      contents.on('devtools-opened', () => {
        if (locked) contents.closeDevTools();
      });
      contents.on('did-finish-load', () => {
        contents.setZoomFactor(KIOSK_ZOOM.factor);
        void contents.setVisualZoomLevelLimits(KIOSK_ZOOM.minVisualZoom, KIOSK_ZOOM.maxVisualZoom);
      });
      contents.on('zoom-changed', () => contents.setZoomFactor(KIOSK_ZOOM.factor));
      contents.session.on('will-download', (event) => {
        if (locked) event.preventDefault();
      });
      contents.on('render-process-gone', (_event, details) => {
        if (locked) recover(window, 'render-process-gone', details.reason);
      });
      contents.on('unresponsive', () => {
        if (locked) recover(window, 'unresponsive');
      });
    },
  };
}

function unlock(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  window.setKiosk(false);
  window.setAlwaysOnTop(false);
  window.setClosable(true);
  window.setMinimizable(true);
  window.setResizable(true);
  window.setMovable(true);
}

export const kioskStatusOf = (kiosk: Kiosk | null): KioskStatus =>
  kiosk ? kiosk.host.status() : KIOSK_OFF;
