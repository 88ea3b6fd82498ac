/**
 * What web mode's host answers besides files: the same questions the
 * Electron preload answers over IPC, as small JSON endpoints next to the
 * app (`api/…`). The pack status is decided here, on the host, by the same
 * function Electron main uses; the page only displays it.
 */
import { HOST_API } from '../../assets/format/host-api';
import type { PackHost } from '../node/pack-host';
import type { KioskHost } from '../pure/kiosk/host';
import { answerKiosk } from './kiosk-route';

export type HostApi = (request: Request) => Promise<Response | null>;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

export type HostApiOptions = {
  pack: PackHost;
  /** Host names answered (as the file handler's); null answers any. */
  allowedHosts: readonly string[] | null;
  /** Museum kiosk mode, or null when it is off. */
  kiosk?: KioskHost | null;
};

/** Null when the request is not for the host API (the file handler takes it). */
export function createHostApi({ pack, allowedHosts, kiosk = null }: HostApiOptions): HostApi {
  return async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`/${HOST_API.prefix}`)) return null;
    if (allowedHosts !== null && !allowedHosts.includes(url.hostname.toLowerCase())) {
      return json(404, { error: 'Not found' });
    }
    const route = url.pathname.slice(1);
    if (route === HOST_API.packStatus) {
      if (request.method !== 'GET') return json(405, { error: 'Method not allowed' });
      return json(200, await pack.status());
    }
    if (route === HOST_API.kiosk || route === HOST_API.kioskExit) {
      return answerKiosk(kiosk, route, request, json);
    }
    return json(404, { error: 'Not found' });
  };
}
