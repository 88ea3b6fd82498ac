/**
 * The offline guarantee in Electron: every request of the session goes
 * through the pure policy (electron/pure/request-policy.ts); what it blocks
 * is cancelled and logged. Downloads made by main itself with Node's fetch
 * do not pass through a session; `allowDataDownload` is for a download the
 * user starts through the session (the renderer or `net`).
 */
import type { Session } from 'electron';
import type { FileLog } from '../node/file-log';
import { NASA_KIT_BASE_URL } from '../../assets/tool/catalog';
import { decideRequest, type RequestPolicyState } from '../pure/request-policy';

const state: RequestPolicyState = {
  downloadActive: false,
  dataHosts: [new URL(NASA_KIT_BASE_URL).hostname],
};

/** Open (true) or close (false) the data host for a download the user started. */
export function allowDataDownload(active: boolean): void {
  state.downloadActive = active;
}

export function setupOfflineGuard(session: Session, log: FileLog): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const decision = decideRequest(details.url, state);
    if (!decision.allow) log.warn(`offline guard blocked ${details.url}: ${decision.reason}`);
    callback({ cancel: !decision.allow });
  });
}
