import { useEffect } from 'react';
import { restoreFromFile } from '../export/pictureActions';
import { useKiosk } from '../kiosk/store';

/**
 * Dropping a PNG on the window opens its view (as Ctrl/Cmd+O does, through
 * the shortcut table). A kiosk opens no file: a drop does nothing there.
 */
export function usePictureDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      if (!useKiosk.getState().enabled) void restoreFromFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
