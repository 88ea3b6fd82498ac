/**
 * Electron's pack worker: `utilityProcess.fork` of the bundled worker
 * (dist-electron/pack-worker.cjs), which decodes and builds off the main
 * process. Node's `child_process.fork` would need the `runAsNode` fuse,
 * which the packaged app turns off.
 */
import * as path from 'node:path';
import { app, utilityProcess } from 'electron';
import type { FromWorker } from '../../assets/tool/upgrade-job';
import type { PackWorker } from '../node/pack-worker';
import { ELECTRON_BUILD_DIR, PACK_WORKER_BUNDLE } from '../pure/layout';

export function startUtilityPackWorker(): PackWorker {
  const child = utilityProcess.fork(
    path.join(app.getAppPath(), ELECTRON_BUILD_DIR, PACK_WORKER_BUNDLE),
    [],
    { serviceName: 'Farside pack builder', stdio: 'inherit' },
  );
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (message) => listener(message as FromWorker)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => {
      child.kill();
    },
  };
}
