/**
 * Web mode's answers to the kiosk bridge calls (renderer/bridge/web.ts):
 * `GET api/kiosk` answers `getKioskConfig`, `POST api/kiosk/exit` answers
 * `exitKiosk`, with payloads checked by the same schemas as the IPC
 * contract, so both hosts answer the same way. Reached through host-api.ts,
 * which has already checked the Host header.
 */
import { HOST_API } from '../../assets/format/host-api';
import { KIOSK_OFF, kioskExitRequestSchema } from '../../assets/format/kiosk';
import type { KioskHost } from '../pure/kiosk/host';

const BAD_BODY = { error: 'the body must be JSON such as {"pin":"1234"}' };

export async function answerKiosk(
  host: KioskHost | null,
  route: string,
  request: Request,
  json: (status: number, body: unknown) => Response,
): Promise<Response> {
  if (route === HOST_API.kiosk) {
    if (request.method !== 'GET') return json(405, { error: 'Method not allowed' });
    return json(200, host ? host.status() : KIOSK_OFF);
  }
  if (request.method !== 'POST') return json(405, { error: 'Method not allowed' });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, BAD_BODY);
  }
  const parsed = kioskExitRequestSchema.safeParse(body);
  if (!parsed.success) return json(400, BAD_BODY);
  if (!host) return json(200, { ok: false, retryAfterSeconds: 0, reason: 'not-kiosk' });
  return json(200, host.exit(parsed.data.pin));
}
