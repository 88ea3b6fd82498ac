/**
 * The full reset between visitors: every piece of UI state back to the
 * configured defaults. The view (camera, layers, selection, relief, light,
 * time) goes through applyView with the configured home view, after the
 * clock is stopped and any modal dialog and the places panel closed; panels and
 * any other local component state start fresh because the overlay is keyed
 * on the kiosk session; the language returns to the configured one.
 */
import type { View } from '../../assets/format/view';
import { applyView } from '../view/applyView';
import { useGazetteer } from '../state/gazetteer';
import { useNavigation } from '../state/navigation';
import { pickLanguage } from '../../assets/format/language';
import { setLanguage } from '../i18n';
import { useKiosk } from './store';
import { useLight } from '../state/light';
import { closeDialog } from '../state/dialogs';
import { closePlaces } from '../state/panels';

export async function fullReset(home: View, language: string): Promise<void> {
  const controls = useNavigation.getState().controls;
  controls?.stop();
  // Names on the globe are the view's `labels` overlay now: the home view sets them.
  useGazetteer.setState({ selected: null });
  // A playing clock is not part of a view: stop it, or the home moment would drift.
  useLight.setState({ playSpeed: 0 });
  closeDialog();
  closePlaces();
  // The configured tag, or the closest language the app has (pickLanguage).
  await setLanguage(pickLanguage([language]));
  useKiosk.setState((s) => ({ session: s.session + 1, caption: null, pinPadOpen: false }));
  (document.activeElement as HTMLElement | null)?.blur?.();
  await applyView(home, { animate: false });
}
