/**
 * Settings in the renderer (zustand): what was loaded through the bridge
 * (a JSON file in Electron, localStorage in web mode; one schema,
 * assets/format/settings.ts) and the choices only settings hold (language,
 * units). `loadSettings()` runs once before the first render;
 * renderer/settings/persist.ts writes changes back.
 */
import { create } from 'zustand';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsNotice,
  type SettingsPatch,
} from '../../assets/format/settings';
import { getBridge } from '../bridge';
import { reportError } from '../log/reportError';
import { showMessage } from './messages';

export interface SettingsState {
  settings: Settings;
  /** False while a kiosk runs (visitors' changes are never written), or before load. */
  persisting: boolean;
  /** Where they are kept (a file path in Electron, a storage key in web mode). */
  location: string;
}

export const useSettings = create<SettingsState>(() => ({
  settings: { ...DEFAULT_SETTINGS },
  persisting: false,
  location: '',
}));

/**
 * Read the stored settings; never throws (a host that cannot answer leaves
 * the defaults). A kiosk is asked about first: it neither writes what
 * visitors change nor shows the stored view (its home view rules).
 */
export async function loadSettings(): Promise<{
  settings: Settings;
  notice: SettingsNotice | null;
  kiosk: boolean;
}> {
  const kiosk = await getBridge()
    .getKioskConfig()
    .then(
      (status) => status.enabled,
      () => false,
    );
  try {
    const loaded = await getBridge().getSettings();
    useSettings.setState({
      settings: loaded.settings,
      persisting: !kiosk,
      location: loaded.location,
    });
    return { ...loaded, kiosk };
  } catch (error) {
    reportError('settings', error, 'settings could not be read; the defaults are used');
    showMessage('settings.readFailed', 'error');
    useSettings.setState({ persisting: !kiosk });
    return { settings: { ...DEFAULT_SETTINGS }, notice: null, kiosk };
  }
}

/** Stop writing settings (kiosk mode: what visitors change is not kept). */
export function stopPersistingSettings(): void {
  useSettings.setState({ persisting: false });
}

/** A failed write is said once a visit, not on every change after it. */
let toldSaveFailed = false;

/**
 * Change settings now, and write the change unless persisting is off. A
 * failed write is logged and said once; the change still holds this visit.
 */
export function changeSettings(patch: SettingsPatch): void {
  useSettings.setState((s) => ({ settings: { ...s.settings, ...patch } }));
  if (!useSettings.getState().persisting) return;
  const failed = (error: unknown) => {
    reportError('settings', error, 'settings could not be saved');
    if (toldSaveFailed) return;
    toldSaveFailed = true;
    showMessage('settings.saveFailed', 'error');
  };
  try {
    getBridge().saveSettings(patch).catch(failed);
  } catch (error) {
    failed(error);
  }
}
