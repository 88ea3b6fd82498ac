/**
 * Start the pack worker with Node's `child_process.fork` (web mode, tests).
 * Not for Electron main, whose `runAsNode` fuse is off: it uses
 * `utilityProcess.fork` (electron/main/pack-worker.ts).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromWorker } from '../../assets/tool/upgrade-job';
import type { PackWorker } from './pack-worker';

/** The worker's source; Node runs it through tsx, as web mode runs the server. */
export const PACK_WORKER_SOURCE = fileURLToPath(new URL('../pack-worker.ts', import.meta.url));

/**
 * Start the worker with Node's `child_process.fork`: `entry` is the
 * TypeScript source (run through tsx) or a built `.cjs` bundle.
 */
export function forkPackWorker(entry: string = PACK_WORKER_SOURCE): PackWorker {
  const execArgv = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  const child = fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    send: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (message) => listener(message as FromWorker)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => {
      child.kill();
    },
  };
}
