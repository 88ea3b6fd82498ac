/**
 * One "Get sharper Moon data" job as a child process runs it: the messages
 * between the host (Electron main or the web server) and the pack worker,
 * and the job itself. The job decodes images (sharp, geotiff), which must
 * stay out of the Electron main bundle and off its thread; so hosts never
 * import this file's runner, they start the worker (electron/pack-worker.ts).
 */
import type { PackManifest } from '../format/manifest';
import type { UpgradeProblem } from '../format/upgrade';
import type { BuildResult } from './build';
import type { KitCatalog } from './catalog';
import { AssetError, CancelledError, oneLine } from './errors';
import type { Logger } from './log';
import type { UpgradeChoice, UpgradeProgress } from './upgrade';
import { upgradeFromFolder, upgradePack } from './upgrade';

/** Everything a job needs, as plain data (it crosses a process boundary). */
export type UpgradeJob = {
  catalog: KitCatalog;
  /** The pack on screen now, whose sources the layers not chosen keep. */
  current: PackManifest | null;
  cacheDir: string;
  starterKitDir: string;
  outDir: string;
} & (
  | {
      kind: 'download';
      choice: UpgradeChoice;
      /** A mirror of NASA's kit folder (tests, kiosks behind a proxy). */
      baseUrl?: string;
      attempts?: number;
      retryDelayMs?: number;
    }
  | { kind: 'folder'; dir: string }
);

export type ToWorker = { type: 'start'; job: UpgradeJob } | { type: 'cancel' };

export type JobOutcome =
  | { type: 'done'; result: BuildResult }
  | { type: 'cancelled' }
  | { type: 'failed'; problem: UpgradeProblem; detail: string };

export type FromWorker = { type: 'progress'; progress: UpgradeProgress } | JobOutcome;

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/** What went wrong, as the dialog explains it, and the one-line detail. */
export function classifyFailure(error: unknown): { problem: UpgradeProblem; detail: string } {
  const detail = oneLine(error);
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (DISK_FULL.has(code)) return { problem: 'diskFull', detail };
  if (UNWRITABLE.has(code)) return { problem: 'unwritable', detail };
  if (error instanceof AssetError && error.problem !== null) {
    return { problem: error.problem, detail };
  }
  return { problem: 'other', detail };
}

const silentLogger: Logger = { info() {} };

/** Run one job to its outcome; never throws (a failure is an outcome). */
export async function runUpgradeJob(
  job: UpgradeJob,
  signal: AbortSignal,
  onProgress: (progress: UpgradeProgress) => void,
  log: Logger = silentLogger,
): Promise<JobOutcome> {
  const common = {
    catalog: job.catalog,
    current: job.current,
    cacheDir: job.cacheDir,
    starterKitDir: job.starterKitDir,
    outDir: job.outDir,
    log,
    signal,
    onProgress,
  };
  try {
    const result =
      job.kind === 'folder'
        ? await upgradeFromFolder(job.dir, common)
        : await upgradePack({
            ...common,
            choice: job.choice,
            ...(job.baseUrl !== undefined ? { baseUrl: job.baseUrl } : {}),
            ...(job.attempts !== undefined ? { attempts: job.attempts } : {}),
            ...(job.retryDelayMs !== undefined ? { retryDelayMs: job.retryDelayMs } : {}),
          });
    return { type: 'done', result };
  } catch (error) {
    if (error instanceof CancelledError || signal.aborted) return { type: 'cancelled' };
    return { type: 'failed', ...classifyFailure(error) };
  }
}
