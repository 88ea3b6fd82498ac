/**
 * The web twin of the Electron preload: the same `Bridge` contract,
 * implemented over plain HTTP for `npm run web` and Chromium kiosks. The
 * host decides (electron/web/host-api.ts); this file only asks and checks
 * the answer's shape.
 */
import type { AppInfo, Bridge, PackStatus } from '../../electron/ipc/contract';
import { HOST_API } from '../../assets/format/host-api';
import { packStatusSchema } from '../../assets/format/pack-status';

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
  };
}
