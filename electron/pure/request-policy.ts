/**
 * The offline guarantee, as one decision: which requests a Farside window may
 * make. The app's own `moon://app/` (shell and pack), in-page `data:`/`blob:`
 * and DevTools pages are allowed; the data host only while the user has
 * started a download; everything else is blocked (and the glue logs it).
 * Pure; electron/main/offline.ts applies it to the session.
 */
import { APP_HOST, APP_SCHEME } from './trust';

export type RequestPolicyState = {
  /** True only between the user starting a data download and its end. */
  downloadActive: boolean;
  /** Host names the data comes from (lower case), e.g. svs.gsfc.nasa.gov. */
  dataHosts: readonly string[];
};

export type RequestDecision = { allow: true } | { allow: false; reason: string };

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

export function decideRequest(url: string, state: RequestPolicyState): RequestDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allow: false, reason: 'not a URL' };
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.hostname === APP_HOST && parsed.port === '' && parsed.username === ''
      ? { allow: true }
      : { allow: false, reason: `${APP_SCHEME}: host other than ${APP_HOST}` };
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return { allow: true };
  if (parsed.protocol === 'https:' && state.dataHosts.includes(parsed.hostname.toLowerCase())) {
    return state.downloadActive && parsed.port === '' && parsed.username === ''
      ? { allow: true }
      : { allow: false, reason: 'data host outside a download the user started' };
  }
  return { allow: false, reason: `network request (${parsed.protocol}//${parsed.host})` };
}
