import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { latLonToXYZ } from '../geo/frame';
import { useLight } from '../state/light';
import { useSun } from '../state/sun';
import { labelSun } from './labelSun';
import { ViewerLight } from './ViewerLight';

export interface SunLightProps {
  intensity?: number;
  /**
   * Earthshine from a full Earth (at new moon); it fades with the Earth's
   * phase seen from the Moon, which is the Moon's unlit fraction seen from
   * Earth (none at full moon).
   */
  earthshine?: number;
  /** A faint fill everywhere, so the night side's outline never vanishes. */
  ambient?: number;
}

/**
 * The real Sun: a directional light from the sub-solar point (Moon-fixed
 * frame; the globe is not rotated, so this is world space), plus a faint
 * earthshine from the sub-Earth point and a faint fill. It also tells the
 * name labels where the Sun is, so they dim on the night side.
 *
 * @example <SunLight intensity={3} />
 */
export function SunLight({ intensity = 3, earthshine = 0.15, ambient = 0.1 }: SunLightProps) {
  const sun = useSun((s) => s.state);
  const invalidate = useThree((s) => s.invalidate);
  const sunPosition = useMemo(
    () =>
      latLonToXYZ(sun.subSolar.latDeg, sun.subSolar.lonDeg, 0, new Vector3()).multiplyScalar(10),
    [sun],
  );
  const earthPosition = useMemo(
    () =>
      latLonToXYZ(sun.subEarth.latDeg, sun.subEarth.lonDeg, 0, new Vector3()).multiplyScalar(10),
    [sun],
  );
  useEffect(() => {
    labelSun.on = true;
    labelSun.x = sun.sunDirScene.x;
    labelSun.y = sun.sunDirScene.y;
    labelSun.z = sun.sunDirScene.z;
    labelSun.version++;
    invalidate();
  }, [sun, invalidate]);
  useEffect(
    () => () => {
      labelSun.on = false;
      labelSun.version++;
    },
    [],
  );
  const earthPhase = 1 - sun.illuminatedFraction;
  return (
    <>
      <ambientLight intensity={ambient} color="#c8d4e6" />
      <directionalLight position={sunPosition} intensity={intensity} />
      <directionalLight
        position={earthPosition}
        intensity={earthshine * earthPhase}
        color="#b9cbe8"
      />
    </>
  );
}

/**
 * The light of the current mode: the explore lamp or the real Sun.
 *
 * @example <SceneLight />
 */
export function SceneLight() {
  const mode = useLight((s) => s.mode);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [mode, invalidate]);
  return mode === 'sun' ? <SunLight /> : <ViewerLight />;
}
