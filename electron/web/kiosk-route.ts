/**
 * Web mode's answers to the kiosk bridge calls (renderer/bridge/web.ts):
 * `GET api/kiosk` answers `getKioskConfig`, `POST api/kiosk/exit` answers
 * `exitKiosk`, `POST api/kiosk/picture` saves a visitor's picture where the
 * kiosk file says (electron/pure/kiosk/picture-policy.ts), with payloads checked by the same schemas as the IPC
 * contract, so both hosts answer the same way. Reached through host-api.ts,
 * which has already checked the Host header.
 */
import { HOST_API } from '../../assets/format/host-api';
import { KIOSK_OFF, kioskExitRequestSchema } from '../../assets/format/kiosk';
import { savePictureRequestSchema } from '../ipc/contract';
import { savePictureFile } from '../node/save-picture';
import type { KioskHost } from '../pure/kiosk/host';
import { pictureTarget } from '../pure/kiosk/picture-policy';

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

/**
 * A visitor's picture on a web kiosk: refused unless `pictures.allowSave`;
 * with a `pictures.directory`, written there (atomic, never overwriting);
 * without one, `{"state":"download"}`: the browser's download is the place.
 */
export async function answerKioskPicture(
  host: KioskHost | null,
  request: Request,
  json: (status: number, body: unknown) => Response,
): Promise<Response> {
  if (request.method !== 'POST') return json(405, { error: 'Method not allowed' });
  // Only the app itself: a PNG body (not a type a cross-site form can send
  // without a preflight) from this origin when the browser names one.
  const origin = request.headers.get('origin');
  if (
    !/^image\/png\b/i.test(request.headers.get('content-type') ?? '') ||
    (origin !== null && origin !== new URL(request.url).origin)
  ) {
    return json(403, { error: 'Forbidden' });
  }
  const pictures = host?.pictures() ?? null;
  if (pictures === null) return json(404, { error: 'Not a kiosk' });
  const target = pictureTarget(pictures, false);
  if (target.kind === 'refuse') return json(403, { state: 'failed', reason: target.reason });
  if (target.kind === 'ask' || target.folder === null) return json(200, { state: 'download' });
  const fileName = new URL(request.url).searchParams.get('name') ?? '';
  const parsed = savePictureRequestSchema.safeParse({
    png: new Uint8Array(await request.arrayBuffer()),
    fileName,
    ask: false,
  });
  if (!parsed.success) {
    return json(400, { state: 'failed', reason: 'The picture or its name is not valid.' });
  }
  const saved = await savePictureFile(target.folder, parsed.data.fileName, parsed.data.png);
  return json(200, saved.state === 'saved' ? saved : { state: 'failed', reason: saved.reason });
}
