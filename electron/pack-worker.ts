/**
 * The pack worker: a child process that runs one "Get sharper Moon data"
 * job (download, verify, decode, build, swap) and reports over messages.
 * Image decoding (sharp, geotiff) lives here, never in the main bundle, and
 * a long build never blocks the main process.
 *
 * Electron starts it with `utilityProcess.fork` (dist-electron/pack-worker.cjs;
 * the `runAsNode` fuse is off, so `child_process.fork` is not an option there),
 * talking through `process.parentPort`; web mode and the tests start the same
 * file with Node's `child_process.fork`, talking through `process.send`.
 */
import type { FromWorker, ToWorker } from '../assets/tool/upgrade-job';
import { runUpgradeJob } from '../assets/tool/upgrade-job';

/** Electron's utility-process port (absent under plain Node). */
type ParentPort = {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
};

const parentPort = (process as unknown as { parentPort?: ParentPort | null }).parentPort ?? null;

function post(message: FromWorker): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function onMessage(listener: (message: ToWorker) => void): void {
  if (parentPort) parentPort.on('message', (event) => listener(event.data as ToWorker));
  else process.on('message', (message) => listener(message as ToWorker));
}

const PROGRESS_EVERY_MS = 100;
const abort = new AbortController();
let started = false;

onMessage((message) => {
  if (message.type === 'cancel') {
    abort.abort();
    return;
  }
  if (message.type !== 'start' || started) return;
  started = true;
  let lastPostMs = 0;
  void runUpgradeJob(message.job, abort.signal, (progress) => {
    // The downloader reports every chunk; the dialog needs a few updates a second.
    const now = performance.now();
    const whole = progress.step === 'download' && progress.doneBytes === progress.totalBytes;
    if (progress.step === 'download' && !whole && now - lastPostMs < PROGRESS_EVERY_MS) return;
    lastPostMs = now;
    post({ type: 'progress', progress });
  }).then(post);
});

// The host ends this process once it has the outcome; if the host goes first, follow it.
if (!parentPort) process.on('disconnect', () => process.exit(0));
