/**
 * The operator's way in: five taps within three seconds in the top-left
 * corner (80 × 80 px), or Ctrl+Alt+Shift+Q, opens the PIN pad. Nothing on
 * screen shows where; visitors tapping there only see the globe.
 */
import { useEffect } from 'react';
import { useKiosk } from './store';

const CORNER_PX = 80;
const TAPS = 5;
const WINDOW_MS = 3000;

export function useExitGesture(): void {
  const enabled = useKiosk((s) => s.enabled);
  useEffect(() => {
    if (!enabled) return;
    let taps: number[] = [];
    const open = () => useKiosk.setState({ pinPadOpen: true });
    const onPointerDown = (event: PointerEvent) => {
      if (event.clientX > CORNER_PX || event.clientY > CORNER_PX) {
        taps = [];
        return;
      }
      const now = event.timeStamp;
      taps = [...taps.filter((t) => now - t < WINDOW_MS), now];
      if (taps.length >= TAPS) {
        taps = [];
        open();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && event.shiftKey && event.key.toLowerCase() === 'q') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('pointerdown', onPointerDown, { capture: true });
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, { capture: true });
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, [enabled]);
}
