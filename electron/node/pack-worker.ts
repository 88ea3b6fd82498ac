/**
 * A running pack worker as its host sees it (electron/pack-worker.ts is the
 * other end). Electron main starts one with `utilityProcess.fork`
 * (electron/main/pack-worker.ts), web mode and the tests with Node's
 * `child_process.fork` (electron/node/fork-pack-worker.ts): the job code is the same.
 */
import type { FromWorker, ToWorker } from '../../assets/tool/upgrade-job';

export interface PackWorker {
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** The process ended (after the outcome, or by a crash: then no outcome came). */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type StartPackWorker = () => PackWorker;
