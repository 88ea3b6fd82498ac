/**
 * Links to views: the address fragment carries the view
 * (`#lat=20&lon=-30&alt=3500&…`, the one view format). Opening a link shows
 * its view; moving the globe keeps the fragment current with
 * `history.replaceState` (never a history entry per move); editing the
 * fragment (`hashchange`) shows the edited view. Works the same on
 * `http://127.0.0.1:…/#…` (web mode) and `moon://app/index.html#…` (Electron).
 */
import { formatViewFragment, parseViewFragment, sameView } from '../../assets/format/view';
import { showMessage } from '../state/messages';
import { useNavigation } from '../state/navigation';
import { VIEW_STRINGS } from '../ui/strings/views';
import { applyView } from './applyView';
import { currentView } from './currentView';
import { onViewChange } from './viewChanges';
import { storedView } from '../settings/persist';

/** The address of the current view: this page with the view as its fragment. */
export function viewLink(): string {
  const url = new URL(window.location.href);
  url.hash = formatViewFragment(currentView());
  return url.href;
}

/** Copy the link to the current view to the clipboard, and say so. */
export async function copyViewLink(): Promise<boolean> {
  const link = viewLink();
  try {
    await navigator.clipboard.writeText(link);
    showMessage(VIEW_STRINGS.linkCopied);
    return true;
  } catch {
    showMessage(VIEW_STRINGS.linkCopyFailed(link), 'error');
    return false;
  }
}

/** Views being applied now: the address is not rewritten halfway through one. */
let applying = 0;

/** Show the view a fragment describes; a bad one gets a message and changes nothing. */
export async function showFragment(fragment: string, animate: boolean): Promise<boolean> {
  const parsed = parseViewFragment(fragment);
  if (!parsed.ok) {
    showMessage(VIEW_STRINGS.badLink(parsed.reason), 'error');
    return false;
  }
  if (sameView(parsed.view, currentView())) return true;
  applying++;
  const applied = await applyView(parsed.view, { animate }).finally(() => applying--);
  if (!applied.ok) showMessage(VIEW_STRINGS.badPlace(applied.reason), 'error');
  return applied.ok;
}

/**
 * Write the current view into the address without adding a history entry.
 * Mid-move only when `duringMove` (a toggle must reach the address before a
 * reload reads it, even while the camera flies).
 */
export function writeFragment(duringMove = false): void {
  if (applying > 0 || (useNavigation.getState().moving && !duringMove)) return;
  const fragment = formatViewFragment(currentView());
  if (window.location.hash.slice(1) === fragment) return;
  const url = new URL(window.location.href);
  url.hash = fragment;
  history.replaceState(history.state, '', url.href);
}

/** Quiet time before the fragment follows a layer or relief change, ms. */
const WRITE_DELAY_MS = 250;

/**
 * Start following: apply the fragment the page was opened with (once the
 * camera controls exist), then keep the address current. Returns a stop function.
 */
export function startViewLink(): () => void {
  let applied = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (!applied || useNavigation.getState().moving) return;
    clearTimeout(timer);
    timer = setTimeout(writeFragment, WRITE_DELAY_MS);
  };
  const start = () => {
    if (applied || !useNavigation.getState().controls) return;
    applied = true;
    // A link wins; otherwise the last view from settings (renderer/settings/persist.ts).
    const initial = window.location.hash.length > 1 ? window.location.hash : storedView();
    if (initial !== null) void showFragment(initial, false).finally(schedule);
    else schedule();
  };
  const onHashChange = () => void showFragment(window.location.hash, true).finally(schedule);
  const offNav = useNavigation.subscribe((s, prev) => {
    if (s.controls && !prev.controls) start();
  });
  const offView = onViewChange((change) => {
    if (change !== 'layers') return schedule();
    // A toggle is one act: into the address now, mid-flight or not.
    if (!applied) return;
    clearTimeout(timer);
    writeFragment(true);
  });
  window.addEventListener('hashchange', onHashChange);
  start();
  return () => {
    clearTimeout(timer);
    offNav();
    offView();
    window.removeEventListener('hashchange', onHashChange);
  };
}
