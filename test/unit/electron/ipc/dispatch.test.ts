import { describe, expect, it, vi } from 'vitest';
import { bridgeNames, ipcContract, type AppInfo } from '../../../../electron/ipc/contract';
import {
  IpcRefusal,
  createIpcRoutes,
  type IpcImplementation,
} from '../../../../electron/ipc/dispatch';

const APP = 'moon://app/index.html';

const appInfo: AppInfo = {
  name: 'Farside',
  version: '0.1.0',
  host: 'electron',
  versions: { electron: '45.4.1' },
  platform: 'linux',
};

function implementation(overrides: Partial<IpcImplementation> = {}): IpcImplementation {
  return {
    getAppInfo: vi.fn(() => appInfo),
    getPackStatus: vi.fn(async () => ({
      state: 'missing' as const,
      reason: 'No pack.',
      files: [],
      fixText: 'Run this in the Farside folder, then reload:',
      fixCommand: 'npm run assets',
      location: '/x/pack',
    })),
    ...overrides,
  };
}

function route(name: keyof IpcImplementation, impl: IpcImplementation) {
  const found = createIpcRoutes(impl).find((r) => r.channel === ipcContract[name].channel);
  if (!found) throw new Error(`no route for ${name}`);
  return found;
}

describe('createIpcRoutes', () => {
  it('registers exactly one route per contract entry, on its channel', () => {
    const channels = createIpcRoutes(implementation()).map((r) => r.channel);
    expect(channels).toEqual(bridgeNames.map((name) => ipcContract[name].channel));
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('answers a trusted sender with the validated response', async () => {
    const impl = implementation();
    await expect(route('getAppInfo', impl).handle(APP, undefined)).resolves.toEqual(appInfo);
    await expect(route('getPackStatus', impl).handle(APP, undefined)).resolves.toMatchObject({
      state: 'missing',
    });
  });

  it.each([undefined, null, 'file:///x/index.html', 'http://127.0.0.1:5174/', 'moon://evil/'])(
    'refuses sender %j without running the handler',
    async (sender) => {
      const impl = implementation();
      await expect(route('getAppInfo', impl).handle(sender, undefined)).rejects.toThrow(IpcRefusal);
      expect(impl.getAppInfo).not.toHaveBeenCalled();
    },
  );

  it.each([{}, 'x', 1, [], { __proto__: { polluted: true } }])(
    'refuses payload %j for a no-argument channel',
    async (payload) => {
      const impl = implementation();
      await expect(route('getPackStatus', impl).handle(APP, payload)).rejects.toThrow(
        /invalid request/,
      );
      expect(impl.getPackStatus).not.toHaveBeenCalled();
    },
  );

  it('refuses to send a response that breaks the contract', async () => {
    const impl = implementation({
      getAppInfo: () => ({ ...appInfo, host: 'toaster' }) as unknown as AppInfo,
    });
    await expect(route('getAppInfo', impl).handle(APP, undefined)).rejects.toThrow(
      /invalid response/,
    );
  });

  it('strips fields the contract does not declare', async () => {
    const impl = implementation({
      getAppInfo: () => ({ ...appInfo, secretPath: '/home/me' }) as AppInfo,
    });
    const response = await route('getAppInfo', impl).handle(APP, undefined);
    expect(response).not.toHaveProperty('secretPath');
  });
});
