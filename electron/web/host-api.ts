/**
 * What web mode's host answers besides files: the same questions the
 * Electron preload answers over IPC, as small JSON endpoints next to the
 * app (`api/…`). The pack status is decided here, on the host, by the same
 * function Electron main uses; the page only displays it. Requests that
 * change something are POSTs with a JSON body from the app's own origin
 * (a cross-site form or fetch cannot send those without a preflight).
 */
import { HOST_API } from '../../assets/format/host-api';
import { z } from 'zod';
import { upgradeRequestSchema, type UpgradeRequest } from '../../assets/format/upgrade';
import type { PackHost } from '../node/pack-host';
import type { KioskHost } from '../pure/kiosk/host';
import { answerKiosk, answerKioskPicture } from './kiosk-route';
import type { UpgradeService } from '../node/upgrade-service';
import type { FileLog } from '../node/file-log';
import {
  LOG_EVENT_MAX_BYTES,
  logEventSchema,
  type LogLocation,
} from '../../assets/format/log-event';

/** A folder on this computer, typed by the person at the page (web mode has no folder picker). */
const fromFolderSchema = z.object({ dir: z.string().min(1).max(4096) });

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
  upgrade: UpgradeService;
  /** Host names answered (as the file handler's); null answers any. */
  allowedHosts: readonly string[] | null;
  /** Museum kiosk mode, or null when it is off. */
  kiosk?: KioskHost | null;
  /** The log file renderer errors go to (`--log-file`), or null for none. */
  log?: FileLog | null;
};

/** A POST the app itself sent: JSON, and from this origin when the browser says. */
function isOwnPost(request: Request, url: URL): boolean {
  if (request.method !== 'POST') return false;
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return false;
  const origin = request.headers.get('origin');
  return origin === null || origin === url.origin;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}

/** A renderer error: small (checked before parsing), validated, then scrubbed and rate-limited by the log. */
async function answerLog(log: FileLog | null, request: Request, url: URL): Promise<Response> {
  if (!isOwnPost(request, url)) return json(403, { error: 'Forbidden' });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > LOG_EVENT_MAX_BYTES) return json(413, { error: 'Too large' });
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > LOG_EVENT_MAX_BYTES) {
    return json(413, { error: 'Too large' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const event = logEventSchema.safeParse(parsed);
  if (!event.success) return json(400, { error: 'Bad request' });
  log?.rendererEvent(event.data);
  return json(200, {});
}

/** Null when the request is not for the host API (the file handler takes it). */
export function createHostApi({
  pack,
  upgrade,
  allowedHosts,
  kiosk = null,
  log = null,
}: HostApiOptions): HostApi {
  const location: LogLocation = { file: log?.file ?? null, canOpenFolder: false };
  const gets: Record<string, () => Promise<unknown> | unknown> = {
    [HOST_API.packStatus]: () => pack.status(),
    [HOST_API.upgradeOffer]: () => upgrade.offer(),
    [HOST_API.upgradeState]: () => upgrade.state(),
    [HOST_API.logLocation]: () => location,
  };
  const posts: Record<string, { schema: z.ZodType; run: (body: never) => unknown }> = {
    [HOST_API.upgradeStart]: {
      schema: upgradeRequestSchema,
      run: (body: UpgradeRequest) => upgrade.start(body),
    },
    [HOST_API.upgradeCancel]: { schema: z.object({}), run: () => upgrade.cancel() },
    [HOST_API.upgradeFromFolder]: {
      schema: fromFolderSchema,
      run: (body: z.infer<typeof fromFolderSchema>) => upgrade.startFromFolder(body.dir),
    },
  };
  return async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`/${HOST_API.prefix}`)) return null;
    if (allowedHosts !== null && !allowedHosts.includes(url.hostname.toLowerCase())) {
      return json(404, { error: 'Not found' });
    }
    const route = url.pathname.slice(1);
    const get = gets[route];
    if (get !== undefined) {
      if (request.method !== 'GET') return json(405, { error: 'Method not allowed' });
      return json(200, await get());
    }
    const post = posts[route];
    if (post !== undefined) {
      if (!isOwnPost(request, url)) return json(403, { error: 'Forbidden' });
      const body = post.schema.safeParse(await readJson(request));
      if (!body.success)
        return json(400, { error: body.error.issues[0]?.message ?? 'Bad request' });
      return json(200, await post.run(body.data as never));
    }
    if (route === HOST_API.log) return answerLog(log, request, url);
    if (route === HOST_API.kiosk || route === HOST_API.kioskExit) {
      return answerKiosk(kiosk, route, request, json);
    }
    if (route === HOST_API.kioskPicture) return answerKioskPicture(kiosk, request, json);
    return json(404, { error: 'Not found' });
  };
}
