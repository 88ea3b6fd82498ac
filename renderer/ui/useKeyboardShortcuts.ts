import { useEffect } from 'react';
import type { MessageKey } from '../i18n/message';
import { useLayers } from '../state/layers';
import { goFarSide, goNearSide, nudge, resetView, zoomBy } from '../state/navigation';
import { copyViewLink } from '../view/link';
import { handleSunKey, SUN_SHORTCUTS } from '../sunlight/keys';

export interface Shortcut {
  keys: string;
  action: MessageKey;
}

/** Shown in the help panel; the handler below is the single source of behaviour. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '← → ↑ ↓', action: 'action.turn' },
  { keys: '+ / −', action: 'action.zoom' },
  { keys: 'N', action: 'action.nearSide' },
  { keys: 'F', action: 'action.farSide' },
  { keys: 'R', action: 'action.reset' },
  { keys: 'P', action: 'action.places' },
  { keys: 'G', action: 'action.grid' },
  { keys: 'B', action: 'action.boundary' },
  { keys: 'L', action: 'action.copyLink' },
  { keys: 'T', action: 'action.names' },
  { keys: '/ · Ctrl+F', action: 'action.search' },
  ...SUN_SHORTCUTS,
  { keys: 'Ctrl/⌘ S', action: 'action.savePicture' },
  { keys: 'Ctrl/⌘ O', action: 'action.openPicture' },
  { keys: 'Esc', action: 'action.escape' },
  { keys: '?', action: 'action.help' },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Global navigation keys; ignored while a form control has focus. */
export interface ShortcutActions {
  help(): void;
  places(): void;
  /** Close the open panel, else the site info. */
  escape(): void;
}

export function useKeyboardShortcuts({ help, places, escape }: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const step = event.shiftKey ? 30 : 10;
      let handled = true;
      switch (event.key) {
        case 'ArrowLeft':
          void nudge(-step, 0);
          break;
        case 'ArrowRight':
          void nudge(step, 0);
          break;
        case 'ArrowUp':
          void nudge(0, step);
          break;
        case 'ArrowDown':
          void nudge(0, -step);
          break;
        case '+':
        case '=':
          void zoomBy(0.8);
          break;
        case '-':
        case '_':
          void zoomBy(1.25);
          break;
        case 'n':
        case 'N':
          void goNearSide();
          break;
        case 'f':
        case 'F':
          void goFarSide();
          break;
        case 'r':
        case 'R':
          void resetView();
          break;
        case 'p':
        case 'P':
          places();
          break;
        case 'g':
        case 'G':
          useLayers.getState().toggleOverlay('grid');
          break;
        case 'b':
        case 'B':
          useLayers.getState().toggleOverlay('boundary');
          break;
        case 'l':
        case 'L':
          void copyViewLink();
          break;
        case 't':
        case 'T':
          useLayers.getState().toggleOverlay('labels');
          break;
        case '?':
          help();
          break;
        case 'Escape':
          escape();
          break;
        default:
          handled = handleSunKey(event.key);
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [help, places, escape]);
}
