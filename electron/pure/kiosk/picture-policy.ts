/**
 * Where a visitor's picture may go (pure). Outside kiosk mode the user
 * chooses (`ask`: the save dialog) or takes the default folder. In kiosk
 * mode no file dialog ever opens: saving is refused unless the kiosk file
 * says `pictures.allowSave`, and then the picture goes straight into
 * `pictures.directory` (null: the app's default folder). Both hosts (Electron
 * main and web mode) apply this one rule.
 */
import type { KioskConfig } from '../../../assets/format/kiosk';

export type PictureTarget =
  | { kind: 'ask' }
  /** Save without asking into `folder` (null: the host's default folder). */
  | { kind: 'folder'; folder: string | null }
  | { kind: 'refuse'; reason: string };

export const SAVE_REFUSED = 'Saving pictures is turned off on this kiosk.';

/**
 * @param kiosk the locked kiosk's picture settings, or null when kiosk mode is off (or left).
 * @param ask whether the user asked for the save dialog.
 */
export function pictureTarget(kiosk: KioskConfig['pictures'] | null, ask: boolean): PictureTarget {
  if (kiosk === null) return ask ? { kind: 'ask' } : { kind: 'folder', folder: null };
  if (!kiosk.allowSave) return { kind: 'refuse', reason: SAVE_REFUSED };
  return { kind: 'folder', folder: kiosk.directory };
}
