import type { TFunction } from 'i18next';
import { keyLabelOf, shortcutById, type ActionId } from '../../assets/format/shortcuts';

/** ⌘ rather than Ctrl where the keyboard has it. */
export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** "Near side (N)": an action's name and key from the shortcut table, for tooltips. */
export function keyHint(t: TFunction, id: ActionId): string {
  return t('toolbar.withKey', { action: t(shortcutById(id).label), key: keyLabelOf(id, isMac()) });
}
