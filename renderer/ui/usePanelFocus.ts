import { useEffect, useRef } from 'react';

/**
 * A side panel takes the focus when it opens (the panel itself, so a screen
 * reader reads its name and Tab goes on to its first control) and gives it
 * back to whatever had it when it closes, if that is still on the page.
 * Keys still reach the globe's shortcuts (they listen on window).
 *
 * @example const ref = usePanelFocus<HTMLElement>(); <aside ref={ref} tabIndex={-1}>…</aside>
 */
export function usePanelFocus<T extends HTMLElement>(key?: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.focus({ preventScroll: true });
    return () => {
      // Unmounted, the panel is off the page: focus that was in it fell to <body>.
      const inside =
        panel.contains(document.activeElement) || document.activeElement === document.body;
      if (inside && opener?.isConnected && opener !== document.body) {
        opener.focus({ preventScroll: true });
      }
    };
  }, [key]);
  return ref;
}
