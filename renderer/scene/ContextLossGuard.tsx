import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { dismissMessage, showMessage } from '../state/messages';

/** How long to wait for the browser to give the context back before saying so. */
export const CONTEXT_RESTORE_WAIT_MS = 10_000;

/**
 * WebGL context loss (a GPU reset, a driver update, too many contexts): say
 * so, and when the context comes back, draw again. three.js keeps the
 * context restorable (it calls preventDefault on `webglcontextlost`) and on
 * `webglcontextrestored` re-creates its GL state; the textures keep their
 * decoded images, so they are uploaded again on the next frame. With
 * `frameloop="demand"` nothing would draw that frame, so this asks for it.
 * `data-gl-context` on <html> (`lost` | `restored`) lets tests wait on it.
 *
 * @example <ContextLossGuard /> inside the <Canvas>
 */
export function ContextLossGuard() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const root = document.documentElement;
    let shown: number | null = null;
    let waiting: ReturnType<typeof setTimeout> | null = null;
    const say = (id: number) => {
      if (shown !== null) dismissMessage(shown);
      shown = id;
    };
    const onLost = () => {
      root.dataset.glContext = 'lost';
      say(showMessage('crash.contextLost', 'error'));
      waiting = setTimeout(
        () => say(showMessage('crash.contextGone', 'error')),
        CONTEXT_RESTORE_WAIT_MS,
      );
    };
    const onRestored = () => {
      if (waiting !== null) clearTimeout(waiting);
      waiting = null;
      if (shown !== null) dismissMessage(shown);
      shown = null;
      showMessage('crash.contextRestored');
      root.dataset.glContext = 'restored';
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      if (waiting !== null) clearTimeout(waiting);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate]);
  return null;
}
