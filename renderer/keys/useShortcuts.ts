import { useEffect } from 'react';
import { matchShortcut } from '../../assets/format/shortcuts';
import { runAction } from './actions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * The app's one keydown listener: the shortcut table
 * (assets/format/shortcuts.ts) says which action a key means, `runAction`
 * does it (and applies the kiosk's policy). Plain keys are ignored while a
 * form control has focus; a matched key's browser default (the save-page
 * and find bars) never happens, even when a kiosk forbids the action.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = matchShortcut(event, isTyping(event.target));
      if (!shortcut) return;
      event.preventDefault();
      runAction(shortcut.id, { shift: event.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
