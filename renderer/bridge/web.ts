/**
 * The web twin of the Electron preload: the same `Bridge` contract,
 * implemented over plain HTTP for `npm run web` and Chromium kiosks. The
 * host decides (electron/web/host-api.ts); this file only asks and checks
 * the answer's shape.
 */
import type {
  AppInfo,
  Bridge,
  KioskExitResult,
  KioskStatus,
  PackStatus,
  SavePictureRequest,
  SavePictureResult,
} from '../../electron/ipc/contract';
import { HOST_API } from '../../assets/format/host-api';
import { packStatusSchema } from '../../assets/format/pack-status';
import { KIOSK_OFF, kioskExitResponseSchema, kioskStatusSchema } from '../../assets/format/kiosk';

async function getJson(fetchImpl: typeof fetch, path: string): Promise<unknown> {
  const response = await fetchImpl(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The Farside server answered ${response.status} for ${path}.`);
  return response.json();
}

export function createWebBridge(fetchImpl: typeof fetch = fetch): Bridge {
  return {
    async getAppInfo(): Promise<AppInfo> {
      return {
        name: 'Farside',
        version: __FARSIDE_VERSION__,
        host: 'web',
        versions: { userAgent: navigator.userAgent },
        platform: navigator.platform,
      };
    },
    async getPackStatus(): Promise<PackStatus> {
      return packStatusSchema.parse(await getJson(fetchImpl, HOST_API.packStatus));
    },
    /** On the web the browser's download is the save path. */
    async savePicture({ png, fileName }: SavePictureRequest): Promise<SavePictureResult> {
      const url = URL.createObjectURL(
        new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once started; free ours a little later.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { state: 'saved', path: fileName };
    },
    async getKioskConfig(): Promise<KioskStatus> {
      try {
        const answer = kioskStatusSchema.safeParse(await getJson(fetchImpl, HOST_API.kiosk));
        return answer.success ? answer.data : KIOSK_OFF;
      } catch {
        // A server without the kiosk endpoint (a plain static host) is not a kiosk.
        return KIOSK_OFF;
      }
    },
    async exitKiosk({ pin }): Promise<KioskExitResult> {
      try {
        const response = await fetchImpl(HOST_API.kioskExit, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ pin }),
        });
        const answer = kioskExitResponseSchema.safeParse(await response.json());
        if (answer.success) return answer.data;
      } catch {
        // fall through: the server could not be asked
      }
      return { ok: false, retryAfterSeconds: 5, reason: 'locked' };
    },
  };
}
