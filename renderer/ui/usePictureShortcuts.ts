import { useEffect } from 'react';
import { openExportDialog, openPictureFile, restoreFromFile } from '../export/pictureActions';

/**
 * Ctrl/Cmd+S: save a picture; Ctrl/Cmd+O: open the view of a picture;
 * dropping a PNG on the window opens its view too.
 */
export function usePictureShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        openExportDialog();
      } else if (key === 'o') {
        event.preventDefault();
        openPictureFile();
      }
    };
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void restoreFromFile(file);
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
