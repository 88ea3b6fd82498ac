/**
 * The "Get sharper Moon data" job a host runs: one at a time, polled for
 * its state, cancellable while it downloads. The work happens in a pack
 * worker (a child process: electron/pack-worker.ts), so nothing here
 * decodes an image; on success the host serves the new pack and the
 * renderer reloads its layers without restarting. Electron main and web
 * mode hold one each.
 */
import type { PackManifest } from '../../assets/format/manifest';
import type {
  UpgradeCommand,
  UpgradeItem,
  UpgradeOffer,
  UpgradeRequest,
  UpgradeState,
} from '../../assets/format/upgrade';
import { IDLE_UPGRADE, isUpgradeRunning } from '../../assets/format/upgrade';
import type { KitCatalog, KitEntry } from '../../assets/tool/catalog';
import type { FromWorker, UpgradeJob } from '../../assets/tool/upgrade-job';
import type { PackHost } from './pack-host';
import type { PackWorker, StartPackWorker } from './pack-worker';

export type UpgradeServiceOptions = {
  pack: PackHost;
  catalog: KitCatalog;
  /** Starts a pack worker (utilityProcess in Electron, child_process.fork in web mode). */
  startWorker: StartPackWorker;
  /** Whether this host downloads at all (plain web mode explains commands instead). */
  downloads: boolean;
  /** Whether it can take a folder of kit files on disk. */
  canChooseFolder: boolean;
  /** A mirror of the kit folder (tests, kiosks behind a proxy); default NASA's URLs. */
  baseUrl?: string;
  attempts?: number;
  retryDelayMs?: number;
};

function itemFor(entry: KitEntry): UpgradeItem {
  return {
    name: entry.name,
    kind: entry.kind,
    widthPx: entry.width,
    heightPx: entry.height,
    float: entry.encoding === 'float32-km',
    bytes: entry.bytes,
  };
}

/** What a development checkout runs instead (never shown by an installed app). */
const CHECKOUT_COMMANDS: UpgradeCommand[] = [
  { command: 'npm run assets', does: 'default' },
  { command: 'npm run assets -- --color lroc_color_poles_8k.tif', does: 'color8k' },
  { command: 'npm run assets -- --from /path/to/moonkit', does: 'fromFolder' },
];

/** Widths on screen now, per layer (0 without a pack). */
function currentWidths(manifest: PackManifest | null): { color: number; elevation: number } {
  if (!manifest) return { color: 0, elevation: 0 };
  const levels = manifest.color.levels;
  return { color: levels[levels.length - 1]!.width, elevation: manifest.elevation.width };
}

/** A worker that ended without an outcome crashed; this is what the user hears. */
const WORKER_DIED = 'the pack builder stopped unexpectedly';

export class UpgradeService {
  private current: UpgradeState = IDLE_UPGRADE;
  private worker: PackWorker | null = null;
  private finished: Promise<void> = Promise.resolve();

  constructor(private readonly options: UpgradeServiceOptions) {}

  state(): UpgradeState {
    return this.current;
  }

  /** Resolves when the running job (if any) has finished; for tests and shutdown. */
  settled(): Promise<void> {
    return this.finished;
  }

  async offer(): Promise<UpgradeOffer> {
    const status = await this.options.pack.status();
    const widths = currentWidths(status.state === 'ready' ? status.manifest : null);
    const items = this.options.catalog
      .filter((entry) => entry.url !== null || this.options.baseUrl !== undefined)
      .filter((entry) => entry.width > widths[entry.kind])
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.width - b.width || a.rank - b.rank)
      .map(itemFor);
    return {
      mode: this.options.downloads ? 'download' : 'commands',
      canChooseFolder: this.options.canChooseFolder,
      items,
      commands: this.options.pack.dirs.mode === 'packaged' ? [] : CHECKOUT_COMMANDS,
    };
  }

  /** Start downloading and building; refused (state unchanged) while a job runs or without downloads. */
  async start(request: UpgradeRequest): Promise<UpgradeState> {
    if (!this.options.downloads) return this.current;
    const { baseUrl, attempts, retryDelayMs } = this.options;
    return this.run({
      ...(await this.jobBase()),
      kind: 'download',
      choice: request,
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(attempts !== undefined ? { attempts } : {}),
      ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
    });
  }

  /** Build from kit files already on disk (a folder the user chose). */
  async startFromFolder(dir: string): Promise<UpgradeState> {
    if (!this.options.canChooseFolder) return this.current;
    return this.run({ ...(await this.jobBase()), kind: 'folder', dir });
  }

  /** Stops a download (the partial file stays for a resume); a build runs to its end. */
  cancel(): UpgradeState {
    if (this.current.phase === 'downloading') this.worker?.send({ type: 'cancel' });
    return this.current;
  }

  /** Ends a running worker at once (the host is quitting); the old pack stays. */
  stop(): void {
    this.worker?.kill();
  }

  private async jobBase() {
    const status = await this.options.pack.status();
    const { dirs } = this.options.pack;
    return {
      catalog: this.options.catalog,
      current: status.state === 'ready' ? status.manifest : null,
      cacheDir: dirs.cacheDir,
      starterKitDir: dirs.starterKitDir,
      outDir: dirs.writeDir,
    };
  }

  private run(job: UpgradeJob): UpgradeState {
    if (this.worker !== null || isUpgradeRunning(this.current)) return this.current;
    const worker = this.options.startWorker();
    this.worker = worker;
    const run = this.current.run + 1;
    this.current = {
      ...IDLE_UPGRADE,
      phase: job.kind === 'download' ? 'downloading' : 'building',
      run,
    };
    let outcome = false;
    this.finished = new Promise<void>((resolve) => {
      worker.onMessage((message) => {
        if (message.type !== 'progress') {
          outcome = true;
          this.finish(message);
          if (this.worker === worker) this.worker = null;
          worker.kill();
          resolve();
        } else if (!outcome) this.progress(message);
      });
      worker.onExit(() => {
        if (this.worker === worker) this.worker = null;
        if (!outcome) {
          this.current = {
            ...this.current,
            phase: 'failed',
            problem: 'other',
            detail: WORKER_DIED,
          };
          resolve();
        }
      });
    });
    worker.send({ type: 'start', job });
    return this.current;
  }

  private progress({ progress }: Extract<FromWorker, { type: 'progress' }>): void {
    this.current =
      progress.step === 'download'
        ? {
            ...this.current,
            phase: 'downloading',
            file: progress.file,
            doneBytes: progress.doneBytes,
            totalBytes: progress.totalBytes,
          }
        : { ...this.current, phase: 'building', file: null };
  }

  private finish(outcome: Exclude<FromWorker, { type: 'progress' }>): void {
    if (outcome.type === 'done') {
      this.options.pack.use(this.options.pack.dirs.writeDir);
      this.current = { ...this.current, phase: 'done', file: null };
    } else if (outcome.type === 'cancelled') {
      this.current = { ...this.current, phase: 'cancelled' };
    } else {
      this.current = {
        ...this.current,
        phase: 'failed',
        problem: outcome.problem,
        detail: outcome.detail,
      };
    }
  }
}
