/**
 * The sunlight feature's keys, as one table the app's shortcut handler and
 * help panel use: S switches the light, E turns to the view from Earth,
 * [ and ] step the moment by an hour, { and } by a day (the steps only in
 * Sun light, where the moment shows).
 */
import type { MessageKey } from '../i18n/message';
import { useLight } from '../state/light';
import { seenFromEarth, stepLightTime, toggleLightMode } from '../state/lightActions';

export interface SunShortcut {
  /** As shown in the help panel. */
  keys: string;
  action: MessageKey;
}

export const SUN_SHORTCUTS: readonly SunShortcut[] = [
  { keys: 'S', action: 'action.lightMode' },
  { keys: 'E', action: 'action.seenFromEarth' },
  { keys: '[ / ]', action: 'action.timeHour' },
  { keys: '{ / }', action: 'action.timeDay' },
];

const STEP_HOURS: Readonly<Record<string, number>> = { '[': -1, ']': 1, '{': -24, '}': 24 };

/** Handle a key (`KeyboardEvent.key`, no Ctrl/Alt/Meta); true when it was one of ours. */
export function handleSunKey(key: string): boolean {
  switch (key) {
    case 's':
    case 'S':
      toggleLightMode();
      return true;
    case 'e':
    case 'E':
      void seenFromEarth();
      return true;
  }
  const hours = STEP_HOURS[key];
  if (hours === undefined || useLight.getState().mode !== 'sun') return false;
  stepLightTime(hours);
  return true;
}
