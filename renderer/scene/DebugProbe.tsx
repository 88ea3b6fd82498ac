import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { setDebugRenderer } from '../debug/probe';

/**
 * Registers the canvas's renderer with `window.farsideDebug` (renderer/debug/probe.ts).
 *
 * @example <DebugProbe />
 */
export function DebugProbe() {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    setDebugRenderer(gl);
    return () => setDebugRenderer(null);
  }, [gl]);
  return null;
}
