/**
 * What the light can be asked to do, as plain functions (toolbar, keys,
 * menus and kiosk tours call the same ones).
 */
import type { LightMode } from '../../assets/format/view';
import { useLight } from './light';
import { lookAtLatLon } from './navigation';
import { lightMomentMs, refreshSun, useSun } from './sun';
import { presetById } from '../sunlight/presets';
import { SITES } from './catalog';
import { selectSite } from './selection';
import { canonicalUtc } from '../sunlight/timeInput';

/** A lunar (synodic) month, seconds. */
export const SYNODIC_MONTH_S = 29.530589 * 86_400;

/** Play speeds offered, simulated seconds per real second. */
export const PLAY_SPEEDS = [
  { id: 'hour-per-second', labelKey: 'sun.speedHour', speed: 3_600 },
  { id: 'day-per-second', labelKey: 'sun.speedDay', speed: 86_400 },
  { id: 'month-per-minute', labelKey: 'sun.speedMonth', speed: SYNODIC_MONTH_S / 60 },
] as const;

export function setLightMode(mode: LightMode): void {
  useLight.getState().setMode(mode);
}

export function toggleLightMode(): void {
  setLightMode(useLight.getState().mode === 'sun' ? 'explore' : 'sun');
}

/** Show a fixed moment (canonical UTC), or now with null. Stops playing. */
export function setLightTime(timeUtc: string | null): void {
  useLight.setState({ timeUtc, playSpeed: 0 });
  refreshSun(true);
}

/** Back to the current moment, ticking. */
export function showNow(): void {
  setLightTime(null);
}

/** Move the moment by some hours (negative: back). "Now" becomes a fixed time. */
export function stepLightTime(hours: number): void {
  useLight.getState().setTime(canonicalUtc(lightMomentMs() + hours * 3_600_000));
}

export function playLightTime(speed: number): void {
  const light = useLight.getState();
  if (light.timeUtc === null) light.setTime(canonicalUtc(Date.now()));
  light.setPlaySpeed(speed);
}

export function pauseLightTime(): void {
  useLight.getState().setPlaySpeed(0);
}

/** Show a preset moment in sunlight and turn to where it happened. */
export async function showSunPreset(id: string): Promise<boolean> {
  const preset = presetById.get(id);
  if (!preset) return false;
  useLight.setState({ mode: 'sun', timeUtc: preset.timeUtc, playSpeed: 0 });
  refreshSun(true);
  const { lookAt } = preset;
  if (!('siteId' in lookAt)) {
    await lookAtLatLon(lookAt.latDeg, lookAt.lonDeg);
    return true;
  }
  const site = SITES.find((s) => s.id === lookAt.siteId);
  if (!site) return true; // a catalog without the site: the moment alone
  await selectSite(site, false);
  return true;
}

/** Turn the globe to the sub-Earth point, north up: the Moon as seen from Earth at the moment. */
export async function seenFromEarth(): Promise<void> {
  refreshSun(true);
  const { subEarth } = useSun.getState().state;
  await lookAtLatLon(subEarth.latDeg, subEarth.lonDeg);
}
