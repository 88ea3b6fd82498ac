/**
 * Crashes outside a locked kiosk (a locked kiosk recovers by its own
 * configured policy, main/kiosk.ts):
 * - a window whose renderer process dies is logged and reloaded on
 *   moon://app, with exponential backoff (1 s doubling to 60 s, reset after
 *   5 quiet minutes) so a crash that repeats at once does not spin;
 * - a GPU process that dies is logged; Chromium starts a new one and the page
 *   gets its WebGL context back (renderer/scene/ContextLossGuard.tsx redraws
 *   and tells the person), so the window is not reloaded for it.
 * The decisions come from the pure restart policy (electron/pure/kiosk).
 */
import type { App, BrowserWindow } from 'electron';
import type { FileLog } from '../node/file-log';
import { createRestartPolicy } from '../pure/kiosk/restart-policy';
import { APP_INDEX_URL } from '../pure/trust';

export const CRASH_RESTART = {
  label: 'farside',
  enabled: true,
  initialDelayMs: 1000,
  maxDelayMs: 60_000,
  stableMs: 5 * 60_000,
} as const;

function watchWindow(window: BrowserWindow, kioskLocked: () => boolean, log: FileLog): void {
  const policy = createRestartPolicy(CRASH_RESTART);
  let pending: ReturnType<typeof setTimeout> | null = null;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (kioskLocked()) return;
    const decision = policy.onFailure('render-process-gone', Date.now(), details.reason);
    log.error(decision.log);
    if (decision.action !== 'reload' || pending !== null) return;
    pending = setTimeout(() => {
      pending = null;
      if (!window.isDestroyed()) void window.loadURL(APP_INDEX_URL);
    }, decision.delayMs);
  });
  window.on('closed', () => {
    if (pending !== null) clearTimeout(pending);
  });
}

export function setupCrashRecovery(app: App, kioskLocked: () => boolean, log: FileLog): void {
  app.on('browser-window-created', (_event, window) => watchWindow(window, kioskLocked, log));
  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU') return;
    log.error(
      `farside: GPU process gone (${details.reason}, exit code ${details.exitCode}); the page restores its WebGL context`,
    );
  });
}
