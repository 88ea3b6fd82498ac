/**
 * "Get sharper Moon data" on the renderer side (zustand): whether the dialog
 * is open, what the host offers, and the job's state, polled while it runs
 * (whether or not the dialog is open). When a job is done the host already
 * serves the new pack: ask for its status again and load the new layers in
 * place; the page and the window stay. The menu (and anything else) opens
 * the dialog with `openSharperData()`.
 */
import { create } from 'zustand';
import type { UpgradeOffer, UpgradeRequest, UpgradeState } from '../../assets/format/upgrade';
import { isUpgradeRunning } from '../../assets/format/upgrade';
import { getBridge } from '../bridge';
import { useLoading } from '../state/loading';
import { reloadPackLayers } from './loadPack';

export interface SharperDataState {
  open: boolean;
  offer: UpgradeOffer | null;
  job: UpgradeState | null;
  /** The host could not be asked (its answer is shown as a failure). */
  unreachable: boolean;
}

export const useSharperData = create<SharperDataState>(() => ({
  open: false,
  offer: null,
  job: null,
  unreachable: false,
}));

const POLL_MS = 300;
let timer: ReturnType<typeof setInterval> | null = null;
/** The last job whose "done" was acted on, so one result reloads the layers once. */
let reloadedRun = -1;

async function reloadPack(): Promise<void> {
  const pack = await getBridge().getPackStatus();
  useLoading.setState({ pack, notice: null });
  if (pack.state === 'ready')
    reloadPackLayers(pack.manifest, pack.baseUrl, pack.damage?.files ?? []);
  else useLoading.setState({ phase: 'missing' });
}

async function refreshOffer(): Promise<void> {
  try {
    useSharperData.setState({ offer: await getBridge().getUpgradeOffer(), unreachable: false });
  } catch {
    useSharperData.setState({ unreachable: true });
  }
}

function track(job: UpgradeState): void {
  useSharperData.setState({ job });
  if (job.phase === 'done' && job.run !== reloadedRun) {
    reloadedRun = job.run;
    void reloadPack().then(refreshOffer);
  }
  if (isUpgradeRunning(job)) {
    timer ??= setInterval(() => {
      getBridge()
        .getUpgradeState()
        .then(track, () => useSharperData.setState({ unreachable: true }));
    }, POLL_MS);
  } else if (timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

/** Ask the host, then act on its answer; a host that cannot be reached is said so. */
function ask(call: () => Promise<UpgradeState>): void {
  call().then(track, () => useSharperData.setState({ unreachable: true }));
}

export function openSharperData(): void {
  useSharperData.setState({ open: true });
  void refreshOffer();
  getBridge()
    .getUpgradeState()
    .then(
      (job) => {
        // A job that ended before this page was watching: its pack is the one on screen.
        if (timer === null && !isUpgradeRunning(job)) reloadedRun = Math.max(reloadedRun, job.run);
        track(job);
      },
      () => useSharperData.setState({ unreachable: true }),
    );
}

export function closeSharperData(): void {
  useSharperData.setState({ open: false });
}

export function startUpgrade(request: UpgradeRequest): void {
  ask(() => getBridge().startUpgrade(request));
}

export function cancelUpgrade(): void {
  ask(() => getBridge().cancelUpgrade());
}

/** `title` names the folder picker, in the interface language. */
export function chooseKitFolder(title: string): void {
  ask(() => getBridge().chooseKitFolder({ title }));
}
