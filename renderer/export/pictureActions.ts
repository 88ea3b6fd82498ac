/**
 * Picture actions as plain functions, for buttons, shortcuts and menus
 * alike: open the export dialog, save a made picture (through the bridge:
 * main's atomic save in Electron, the browser's download on the web), and
 * restore the view a picture holds (file chooser or dropped file).
 */
import { create } from 'zustand';
import { PICTURE_MAX_BYTES, readPictureMeta } from '../../assets/format/picture';
import { getBridge } from '../bridge';
import { showMessage } from '../state/messages';
import { VIEW_STRINGS } from '../ui/strings/views';
import { applyView } from '../view/applyView';
import type { Picture } from './renderPicture';

interface ExportDialogState {
  open: boolean;
}

export const useExportDialog = create<ExportDialogState>(() => ({ open: false }));

export const openExportDialog = () => useExportDialog.setState({ open: true });
export const closeExportDialog = () => useExportDialog.setState({ open: false });

export type SaveResult = { ok: true; path: string } | { ok: false; reason: string | null };

/** Hand a picture to the host to save; `ask` opens the native save dialog in Electron. */
export async function savePicture(picture: Picture, ask = true): Promise<SaveResult> {
  try {
    const result = await getBridge().savePicture({
      png: picture.png as Uint8Array<ArrayBuffer>,
      fileName: picture.fileName,
      ask,
    });
    if (result.state === 'saved') return { ok: true, path: result.path };
    return { ok: false, reason: result.state === 'failed' ? result.reason : null };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** Show the view a picture holds; a file that has none changes nothing and says why. */
export async function restoreFromFile(file: File): Promise<boolean> {
  if (file.size > PICTURE_MAX_BYTES) {
    showMessage(VIEW_STRINGS.tooBig(file.name), 'error');
    return false;
  }
  const read = readPictureMeta(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    const text =
      read.kind === 'not-png'
        ? VIEW_STRINGS.notPng(file.name)
        : read.kind === 'no-view'
          ? VIEW_STRINGS.notFarside(file.name)
          : VIEW_STRINGS.badPicture(file.name, read.reason);
    showMessage(text, 'error');
    return false;
  }
  const applied = await applyView(read.meta.view, { animate: true });
  if (!applied.ok) {
    showMessage(VIEW_STRINGS.badPicture(file.name, applied.reason), 'error');
    return false;
  }
  showMessage(VIEW_STRINGS.restored(file.name));
  return true;
}

/** Ask for a picture with the system's file chooser, then restore its view. */
export function openPictureFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/png,.png';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void restoreFromFile(file);
  });
  input.click();
}
