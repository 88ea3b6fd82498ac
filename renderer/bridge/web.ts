/**
 * The web twin of the Electron preload: the same `Bridge` contract,
 * implemented over plain HTTP for `npm run web` and Chromium kiosks. The
 * host decides (electron/web/host-api.ts); this file only asks and checks
 * the answer's shape.
 */
import type { z } from 'zod';
import type {
  AppInfo,
  Bridge,
  KioskExitResult,
  KioskStatus,
  SavePictureRequest,
  SavePictureResult,
} from '../../electron/ipc/contract';
import { HOST_API } from '../../assets/format/host-api';
import { packStatusSchema } from '../../assets/format/pack-status';
import { KIOSK_OFF, kioskExitResponseSchema, kioskStatusSchema } from '../../assets/format/kiosk';
import { createWebSettingsStore } from './webSettings';

async function getJson(fetchImpl: typeof fetch, path: string): Promise<unknown> {
  const response = await fetchImpl(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The Farside server answered ${response.status} for ${path}.`);
  return response.json();
}
import { upgradeOfferSchema, upgradeStateSchema } from '../../assets/format/upgrade';
import { logLocationSchema } from '../../assets/format/log-event';

async function kioskStatus(fetchImpl: typeof fetch): Promise<KioskStatus> {
  try {
    const answer = kioskStatusSchema.safeParse(await getJson(fetchImpl, HOST_API.kiosk));
    return answer.success ? answer.data : KIOSK_OFF;
  } catch {
    // A server without the kiosk endpoint (a plain static host) is not a kiosk.
    return KIOSK_OFF;
  }
}

/** A web kiosk's answer: saved or refused by the host, or the browser's download. */
async function kioskSave(
  fetchImpl: typeof fetch,
  png: Uint8Array,
  fileName: string,
): Promise<SavePictureResult | 'download'> {
  try {
    const response = await fetchImpl(
      `${HOST_API.kioskPicture}?name=${encodeURIComponent(fileName)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'image/png' },
        body: png as Uint8Array<ArrayBuffer>,
      },
    );
    const body = (await response.json()) as { state?: unknown; path?: unknown; reason?: unknown };
    if (body.state === 'download') return 'download';
    if (body.state === 'saved' && typeof body.path === 'string') {
      return { state: 'saved', path: body.path };
    }
    if (body.state === 'failed' && typeof body.reason === 'string') {
      return { state: 'failed', reason: body.reason };
    }
  } catch {
    // fall through: the host could not be asked
  }
  return { state: 'failed', reason: 'The kiosk could not save the picture.' };
}

export function createWebBridge(fetchImpl: typeof fetch = fetch): Bridge {
  async function ask<T>(schema: z.ZodType<T>, path: string, body?: unknown): Promise<T> {
    const init: RequestInit =
      body === undefined
        ? { cache: 'no-store' }
        : {
            method: 'POST',
            cache: 'no-store',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          };
    const response = await fetchImpl(path, init);
    if (!response.ok)
      throw new Error(`The Farside server answered ${response.status} for ${path}.`);
    return schema.parse(await response.json());
  }

  const settings = createWebSettingsStore(localStorage);
  return {
    // A browser has no application menu: nothing is ever sent.
    onMenuAction: () => () => undefined,
    async getSettings() {
      return settings.load();
    },
    async saveSettings(patch) {
      settings.save(patch);
      return undefined;
    },
    async getAppInfo(): Promise<AppInfo> {
      return {
        name: 'Farside',
        version: __FARSIDE_VERSION__,
        host: 'web',
        versions: { userAgent: navigator.userAgent },
        platform: navigator.platform,
      };
    },
    getPackStatus: () => ask(packStatusSchema, HOST_API.packStatus),
    getUpgradeOffer: () => ask(upgradeOfferSchema, HOST_API.upgradeOffer),
    startUpgrade: (request) => ask(upgradeStateSchema, HOST_API.upgradeStart, request),
    // A page has no folder picker for the server's disk: the person types the path.
    async chooseKitFolder({ title }) {
      const dir = window.prompt(title)?.trim();
      return dir
        ? ask(upgradeStateSchema, HOST_API.upgradeFromFolder, { dir })
        : ask(upgradeStateSchema, HOST_API.upgradeState);
    },
    cancelUpgrade: () => ask(upgradeStateSchema, HOST_API.upgradeCancel, {}),
    getUpgradeState: () => ask(upgradeStateSchema, HOST_API.upgradeState),
    /**
     * On the web the browser's download is the save path; a kiosk host may
     * instead refuse or write into its configured folder (api/kiosk/picture).
     */
    async savePicture({ png, fileName }: SavePictureRequest): Promise<SavePictureResult> {
      const kiosk = await kioskStatus(fetchImpl);
      if (kiosk.enabled) {
        const answer = await kioskSave(fetchImpl, png, fileName);
        if (answer !== 'download') return answer;
      }
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
    getKioskConfig: () => kioskStatus(fetchImpl),
    async logEvent(event) {
      await fetchImpl(HOST_API.log, {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(event),
      });
      return undefined;
    },
    async getLogLocation() {
      try {
        return await ask(logLocationSchema, HOST_API.logLocation);
      } catch {
        // A plain static host keeps no log.
        return { file: null, canOpenFolder: false };
      }
    },
    // A page cannot open a folder on the host's disk; About shows the path instead.
    async openLogFolder() {
      return undefined;
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
