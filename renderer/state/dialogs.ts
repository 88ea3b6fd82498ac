/**
 * Which modal dialog is open (zustand): Settings, About or the keyboard
 * help. A store rather
 * than component state so the application menu (over the IPC contract) and
 * buttons anywhere can open them.
 */
import { create } from 'zustand';

export type DialogId = 'settings' | 'about' | 'help';

interface DialogsState {
  open: DialogId | null;
}

export const useDialogs = create<DialogsState>(() => ({ open: null }));

export const openDialog = (id: DialogId): void => useDialogs.setState({ open: id });
export const closeDialog = (): void => useDialogs.setState({ open: null });
/** About Farside, for the toolbar button and the application menu's `about` action. */
export const openAbout = (): void => openDialog('about');
