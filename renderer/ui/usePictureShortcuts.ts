import { useEffect } from 'react';
import { openExportDialog, openPictureFile, restoreFromFile } from '../export/pictureActions';
import { picturesAllowed, useKiosk } from '../kiosk/store';

/**
 * Ctrl/Cmd+S: save a picture; Ctrl/Cmd+O: open the view of a picture;
 * dropping a PNG on the window opens its view too. A kiosk opens no file
 * (no chooser, no drop) and saves only with `pictures.allowSave`.
 */
export function usePictureShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      const kiosk = useKiosk.getState();
      if (key === 's') {
        event.preventDefault();
        if (picturesAllowed(kiosk)) openExportDialog();
      } else if (key === 'o') {
        event.preventDefault();
        if (!kiosk.enabled) openPictureFile();
      }
    };
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      if (!useKiosk.getState().enabled) void restoreFromFile(file);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
