/**
 * Touch on a kiosk: a finger is handled once, by the pointer path
 * (camera-controls and R3F listen to pointer events), never again by the
 * mouse path. After a tap Chromium also fires compatibility mouse events
 * (mousemove, mousedown, mouseup), marked `sourceCapabilities.firesTouchEvents`;
 * they are stopped here, first thing on window, so no mouse handler sees
 * them. The tap's `click` goes on: it is how a tap opens a marker or presses
 * a button, once. Long-press menus and Ctrl+wheel page zoom are off too.
 * https://w3c.github.io/pointerevents/#compatibility-mapping-with-mouse-events
 * https://developer.mozilla.org/docs/Web/API/InputDeviceCapabilities/firesTouchEvents
 */
import { useEffect } from 'react';
import { useKiosk } from './store';

const MOUSE_EVENTS = ['mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout'] as const;

export function useTouchPolicy(): void {
  const enabled = useKiosk((s) => s.enabled);
  useEffect(() => {
    if (!enabled) return;
    const onMouse = (event: MouseEvent) => {
      const source = (event as MouseEvent & { sourceCapabilities?: { firesTouchEvents: boolean } })
        .sourceCapabilities;
      if (source?.firesTouchEvents) {
        event.stopImmediatePropagation();
        event.preventDefault();
      }
    };
    const onContextMenu = (event: Event) => event.preventDefault();
    // Ctrl+wheel and gesture events zoom the page in Chromium; the globe zooms itself.
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey) event.preventDefault();
    };
    for (const type of MOUSE_EVENTS) window.addEventListener(type, onMouse, { capture: true });
    window.addEventListener('contextmenu', onContextMenu, { capture: true });
    window.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      for (const type of MOUSE_EVENTS) window.removeEventListener(type, onMouse, { capture: true });
      window.removeEventListener('contextmenu', onContextMenu, { capture: true });
      window.removeEventListener('wheel', onWheel, { capture: true });
    };
  }, [enabled]);
}
