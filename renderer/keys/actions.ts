/**
 * What each action of the shortcut table (assets/format/shortcuts.ts) does.
 * The key handler and the application menu (over IPC) both run actions
 * through `runAction`, so a key and its menu item cannot behave apart.
 */
import { kioskAllows, shortcutById, type ActionId } from '../../assets/format/shortcuts';
import {
  closeExportDialog,
  openExportDialog,
  openPictureFile,
  useExportDialog,
} from '../export/pictureActions';
import { picturesAllowed, useKiosk } from '../kiosk/store';
import { closeSharperData, openSharperData, useSharperData } from '../pack/sharperData';
import { closeDialog, openDialog, useDialogs } from '../state/dialogs';
import { useGazetteer } from '../state/gazetteer';
import { useLayers } from '../state/layers';
import { useLight } from '../state/light';
import { seenFromEarth, stepLightTime, toggleLightMode } from '../state/lightActions';
import { goFarSide, goNearSide, nudge, resetView, zoomBy } from '../state/navigation';
import { closePlaces, requestSearch, togglePlaces, usePanels } from '../state/panels';
import { copyViewLink } from '../view/link';

export interface ActionContext {
  /** Shift held: arrows turn in bigger steps. */
  shift: boolean;
}

const TURN_DEG = 10;
const TURN_SHIFT_DEG = 30;
const turn = (east: number, north: number) => (c: ActionContext) => {
  const step = c.shift ? TURN_SHIFT_DEG : TURN_DEG;
  void nudge(east * step, north * step);
};

/** The moment steps only in Sun light, where the moment shows. */
const stepHours = (hours: number) => () => {
  if (useLight.getState().mode === 'sun') stepLightTime(hours);
};

const toggleHelp = () => {
  if (useDialogs.getState().open === 'help') closeDialog();
  else openDialog('help');
};

/** Close the export or sharper-data dialog, else the places panel, else the selection. */
function escape(): void {
  const exporting = document.querySelector('[data-export-state="working"]') !== null;
  if (useExportDialog.getState().open && !exporting) {
    closeExportDialog();
  } else if (useSharperData.getState().open) {
    closeSharperData();
  } else if (usePanels.getState().placesOpen) {
    closePlaces();
  } else {
    useLayers.getState().select(null);
    useGazetteer.getState().selectFeature(null);
  }
}

/** Any site or group showing: hide them all; none: show them all. */
function toggleSites(): void {
  const layers = useLayers.getState();
  if (layers.headlines.length + layers.groups.length > 0) layers.showNone();
  else layers.showAll();
}

export const ACTIONS: Readonly<Record<ActionId, (context: ActionContext) => void>> = {
  turnLeft: turn(-1, 0),
  turnRight: turn(1, 0),
  turnUp: turn(0, 1),
  turnDown: turn(0, -1),
  zoomIn: () => void zoomBy(0.8),
  zoomOut: () => void zoomBy(1.25),
  nearSide: () => void goNearSide(),
  farSide: () => void goFarSide(),
  resetView: () => void resetView(),
  search: requestSearch,
  places: togglePlaces,
  toggleGrid: () => useLayers.getState().toggleOverlay('grid'),
  toggleBoundary: () => useLayers.getState().toggleOverlay('boundary'),
  toggleNames: () => useLayers.getState().toggleOverlay('labels'),
  toggleSites,
  lightMode: toggleLightMode,
  seenFromEarth: () => void seenFromEarth(),
  hourBack: stepHours(-1),
  hourForward: stepHours(1),
  dayBack: stepHours(-24),
  dayForward: stepHours(24),
  savePicture: openExportDialog,
  openPicture: openPictureFile,
  copyLink: () => void copyViewLink(),
  settings: () => openDialog('settings'),
  help: toggleHelp,
  escape,
  sharperData: openSharperData,
  about: () => openDialog('about'),
};

/** Run an action, unless this kiosk's policy forbids it. */
export function runAction(id: ActionId, context: ActionContext = { shift: false }): void {
  const kiosk = useKiosk.getState();
  if (kiosk.enabled && !kioskAllows(shortcutById(id), picturesAllowed(kiosk))) return;
  ACTIONS[id](context);
}
