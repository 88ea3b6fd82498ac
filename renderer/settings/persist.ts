/**
 * Settings follow the app: the last view (camera, layers and names,
 * relief, light, through the one view codec) is written a moment after it
 * changes and the camera is at rest; language and units are written when
 * chosen (renderer/state/settings.ts). At start, what was stored is shown
 * again, unless the app was opened on a link, which wins. A kiosk writes
 * nothing (what visitors do is not kept).
 */
import { viewForSettings, type Settings } from '../../assets/format/settings';
import {
  LIGHT_MODES,
  normalizeUtc,
  parseViewFragment,
  type LightMode,
} from '../../assets/format/view';
import { useKiosk } from '../kiosk/store';
import { migrateLayers, type LayerChoice } from '../sites/layerChoice';
import { useLayers } from '../state/layers';
import { useLight } from '../state/light';
import { useMoon } from '../state/moon';
import { useNavigation } from '../state/navigation';
import { changeSettings, stopPersistingSettings, useSettings } from '../state/settings';
import { currentView } from '../view/currentView';
import { onViewChange } from '../view/viewChanges';

/** The stored last view, unless the address already carries one (a link wins). */
export function storedView(): string | null {
  if (window.location.hash.length > 1) return null;
  return useSettings.getState().settings.view;
}

/** Where versions before settings kept the layers and light (zustand persist) and the names switch. */
const LEGACY_LAYERS_KEY = 'farside.layers';
const LEGACY_NAMES_KEY = 'farside.gazetteer';
const LEGACY_LIGHT_KEY = 'farside.light';

/** The light an older version stored, read once and removed; null when none or unreadable. */
function takeLegacyLight(): { mode: LightMode; timeUtc: string | null } | null {
  try {
    const raw = localStorage.getItem(LEGACY_LIGHT_KEY);
    localStorage.removeItem(LEGACY_LIGHT_KEY);
    if (raw === null) return null;
    const state = (JSON.parse(raw) as { state?: { mode?: unknown; timeUtc?: unknown } }).state;
    if (!(LIGHT_MODES as readonly unknown[]).includes(state?.mode)) return null;
    const time = typeof state?.timeUtc === 'string' ? normalizeUtc(state.timeUtc) : null;
    return { mode: state?.mode as LightMode, timeUtc: time?.ok ? time.iso : null };
  } catch {
    return null; // unreadable leftovers: the defaults
  }
}

/** Layers an older version stored in this browser, read once and removed; null when none. */
function takeLegacyLayers(): LayerChoice | null {
  try {
    const raw = localStorage.getItem(LEGACY_LAYERS_KEY);
    const names = localStorage.getItem(LEGACY_NAMES_KEY);
    localStorage.removeItem(LEGACY_LAYERS_KEY);
    localStorage.removeItem(LEGACY_NAMES_KEY);
    if (raw === null) return null;
    const stored = JSON.parse(raw) as { state?: unknown; version?: unknown };
    const namesState = (JSON.parse(names ?? 'null') as { state?: { labelsOn?: unknown } } | null)
      ?.state;
    const version = typeof stored.version === 'number' ? stored.version : 0;
    return migrateLayers(stored.state, version, namesState?.labelsOn !== false);
  } catch {
    return null; // unreadable leftovers: the defaults
  }
}

/** Before the first frame: layers, relief and light as stored (the camera follows once it exists). */
export function restoreSettings(settings: Settings): void {
  const fragment = storedView();
  if (settings.view === null) {
    const legacy = takeLegacyLayers();
    const legacyLight = takeLegacyLight();
    if (window.location.hash.length <= 1) {
      if (legacy) useLayers.setState({ ...legacy });
      if (legacyLight) useLight.setState(legacyLight);
    }
  }
  if (fragment === null) return;
  const parsed = parseViewFragment(fragment);
  if (!parsed.ok) return; // the schema checked it; a view that no longer parses is just not shown
  const { view } = parsed;
  useLayers.setState({
    headlines: [...view.sites],
    groups: [...view.groups],
    overlays: [...view.overlays],
  });
  useMoon.getState().setExaggeration(view.exaggeration);
  useLight.setState({ mode: view.light, timeUtc: view.time });
}

/** Quiet time before a change is written, ms. */
const SAVE_DELAY_MS = 400;

/** Keep the stored view and names toggle current. Returns a stop function. */
export function startSettingsPersistence(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Write the current view; false when it cannot be written yet. While the
   * camera moves only a leaving page writes (its pose mid-flight beats losing
   * a toggle made meanwhile); otherwise the camera's rest schedules it again.
   */
  const save = (leaving: boolean): boolean => {
    const { controls, moving } = useNavigation.getState();
    if (useKiosk.getState().enabled) return true; // nothing to keep
    if (!controls || (moving && !leaving)) return false;
    const view = viewForSettings(currentView());
    if (useSettings.getState().settings.view !== view) changeSettings({ view });
    return true;
  };
  let pending = false;
  const schedule = () => {
    clearTimeout(timer);
    pending = true;
    timer = setTimeout(() => {
      if (save(false)) pending = false;
    }, SAVE_DELAY_MS);
  };
  // Leaving (reload, a new address, closing) before a change was written still keeps it.
  const flush = () => {
    if (!pending) return;
    clearTimeout(timer);
    if (save(true)) pending = false;
  };
  window.addEventListener('pagehide', flush);
  const offView = onViewChange(schedule);
  const offKiosk = useKiosk.subscribe((s) => {
    if (s.enabled) stopPersistingSettings();
  });
  return () => {
    clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
    offView();
    offKiosk();
  };
}
