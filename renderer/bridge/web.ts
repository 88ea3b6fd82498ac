/**
 * The web twin of the Electron preload: the same `Bridge` contract,
 * implemented over plain HTTP for `npm run web` and Chromium kiosks.
 */
import type { AppInfo, Bridge, PackStatus } from '../../electron/ipc/contract';
import { FIX_PACK_COMMAND, MANIFEST_FILE, parseManifestText } from '../../assets/format/manifest';

const PACK_BASE = 'pack/';

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
      const location = new URL(PACK_BASE + MANIFEST_FILE, document.baseURI).href;
      let response: Response;
      try {
        response = await fetchImpl(PACK_BASE + MANIFEST_FILE, { cache: 'no-cache' });
      } catch {
        return {
          state: 'missing',
          reason: 'The Farside server could not be reached.',
          fixCommand: 'npm run web',
          location,
        };
      }
      if (response.status === 404) {
        return {
          state: 'missing',
          reason: 'No Moon data pack is installed on this server.',
          fixCommand: FIX_PACK_COMMAND,
          location,
        };
      }
      if (!response.ok) {
        return {
          state: 'invalid',
          reason: `The server answered ${response.status} for the pack manifest.`,
          fixCommand: FIX_PACK_COMMAND,
          location,
        };
      }
      const parsed = parseManifestText(await response.text());
      if (!parsed.ok) {
        return {
          state: 'invalid',
          reason: `The pack manifest is not valid (${parsed.reason}).`,
          fixCommand: FIX_PACK_COMMAND,
          location,
        };
      }
      return { state: 'ready', baseUrl: PACK_BASE, manifest: parsed.manifest };
    },
  };
}
