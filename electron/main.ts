/**
 * Farside main process: a table of contents. Each concern lives in its own
 * module under electron/main/; the logic they rely on is pure and tested in
 * Node (electron/pure, electron/ipc, electron/node).
 */
import { app, session } from 'electron';
import { KIT_CATALOG } from '../assets/tool/catalog';
import { PackHost } from './node/pack-host';
import { UpgradeService } from './node/upgrade-service';
import { setupIpc } from './main/ipc';
import { setupCrashRecovery } from './main/crash-recovery';
import { setupKiosk } from './main/kiosk';
import { setupLog } from './main/log';
import { setupMenu } from './main/menu';
import { startUtilityPackWorker } from './main/pack-worker';
import { resolveAppPaths } from './main/paths';
import { registerMoonScheme, setupMoonProtocol } from './main/protocol';
import { setupOfflineGuard } from './main/offline';
import { setupNavigationGuards, setupPermissions, setupSandbox } from './main/security';
import { setupSettings } from './main/settings';
import { createMainWindow, setupWindowLifecycle } from './main/window';

// Before `ready`: privileges of moon:// and the sandbox for every renderer.
registerMoonScheme();
setupSandbox();
setupNavigationGuards();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(async () => {
    const log = setupLog();
    const paths = resolveAppPaths();
    const pack = await PackHost.open(paths.packDirs);
    const kiosk = await setupKiosk(log);
    // A kiosk reads settings but never writes what visitors change.
    const settings = await setupSettings({
      persist: kiosk === null,
      onError: (message, error) => log.error(message, error),
    });
    setupPermissions(session.defaultSession);
    setupOfflineGuard(session.defaultSession, log);
    setupMoonProtocol(paths, pack, log);
    const upgrade = new UpgradeService({
      pack,
      catalog: KIT_CATALOG,
      startWorker: startUtilityPackWorker,
      downloads: true,
      canChooseFolder: true,
    });
    app.on('will-quit', () => upgrade.stop());
    setupIpc(pack, kiosk, upgrade, settings, log);
    setupMenu(settings, kiosk);
    setupCrashRecovery(app, () => kiosk?.locked() ?? false, log);
    setupWindowLifecycle(app, paths, settings, kiosk);
    createMainWindow(paths, settings, kiosk);
  });
}
