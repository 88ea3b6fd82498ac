import { describe, expect, it, vi } from 'vitest';
import { IDLE_UPGRADE } from '../../../../assets/format/upgrade';
import { bridgeNames, ipcContract, type AppInfo } from '../../../../electron/ipc/contract';
import {
  IpcRefusal,
  createIpcRoutes,
  type IpcImplementation,
} from '../../../../electron/ipc/dispatch';

import { DEFAULT_SETTINGS } from '../../../../assets/format/settings';

const APP_URL = 'moon://app/index.html';
const APP = { frameUrl: APP_URL, isAppMainFrame: true };

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
    savePicture: vi.fn(async () => ({ state: 'saved' as const, path: '/p/x.png' })),
    getKioskConfig: vi.fn(() => ({
      enabled: false,
      source: null,
      settings: {},
      problems: [],
      exitPinSet: false,
    })),
    exitKiosk: vi.fn(() => ({ ok: false, retryAfterSeconds: 0, reason: 'not-kiosk' as const })),
    getUpgradeOffer: vi.fn(async () => ({
      mode: 'commands' as const,
      canChooseFolder: false,
      items: [],
      commands: [],
    })),
    startUpgrade: vi.fn(async () => IDLE_UPGRADE),
    chooseKitFolder: vi.fn(async () => IDLE_UPGRADE),
    cancelUpgrade: vi.fn(() => IDLE_UPGRADE),
    getUpgradeState: vi.fn(() => IDLE_UPGRADE),
    getSettings: vi.fn(async () => ({
      settings: { ...DEFAULT_SETTINGS },
      notice: null,
      location: '/u/settings.json',
    })),
    saveSettings: vi.fn(async () => undefined),
    logEvent: vi.fn(() => undefined),
    getLogLocation: vi.fn(() => ({ file: '/u/logs/main.log', canOpenFolder: true })),
    openLogFolder: vi.fn(async () => undefined),
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
      await expect(
        route('getAppInfo', impl).handle({ frameUrl: sender, isAppMainFrame: true }, undefined),
      ).rejects.toThrow(IpcRefusal);
      expect(impl.getAppInfo).not.toHaveBeenCalled();
    },
  );

  it('refuses a frame that shows the app URL but is not the app main frame (identity, not URL)', async () => {
    const impl = implementation();
    await expect(
      route('getAppInfo', impl).handle({ frameUrl: APP_URL, isAppMainFrame: false }, undefined),
    ).rejects.toThrow(/sender is not the app/);
    expect(impl.getAppInfo).not.toHaveBeenCalled();
  });

  it.each([
    ['a 100 KB string', 'x'.repeat(100_000), /larger than 64 bytes/],
    ['a 70,000-element array', new Array(70_000).fill(0), /larger than 64 bytes/],
    ['a BigInt', 1n, /not plain data/],
    ['an object with a polluted prototype', { __proto__: { polluted: true } }, /not plain data/],
    [
      'a cycle',
      (() => {
        const cycle: { self?: unknown } = {};
        cycle.self = cycle;
        return cycle;
      })(),
      /not plain data/,
    ],
  ])('refuses %s before parsing it', async (_label, payload, message) => {
    const impl = implementation();
    await expect(route('getPackStatus', impl).handle(APP, payload)).rejects.toThrow(message);
    expect(impl.getPackStatus).not.toHaveBeenCalled();
  });

  it.each([{}, 'x', 1, []])('refuses payload %j for a no-argument channel', async (payload) => {
    const impl = implementation();
    await expect(route('getPackStatus', impl).handle(APP, payload)).rejects.toThrow(
      /invalid request/,
    );
    expect(impl.getPackStatus).not.toHaveBeenCalled();
  });

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

describe('request size limits, one per channel', () => {
  it.each(bridgeNames)('%s declares a positive whole-byte limit in the contract', (name) => {
    const limit: unknown = ipcContract[name].maxRequestBytes;
    expect(Number.isSafeInteger(limit) && (limit as number) > 0).toBe(true);
  });

  it.each(bridgeNames)(
    '%s refuses a request one byte over its limit before the schema or handler see it',
    async (name) => {
      const impl = implementation();
      const limit = ipcContract[name].maxRequestBytes;
      // One byte array of exactly limit + 1 bytes: the smallest over-limit request.
      const payload = new Uint8Array(limit + 1);
      const parse = vi.spyOn(ipcContract[name].request, 'safeParse');
      await expect(route(name, impl).handle(APP, payload)).rejects.toThrow(
        `larger than ${limit} bytes`,
      );
      expect(parse).not.toHaveBeenCalled();
      expect(impl[name]).not.toHaveBeenCalled();
      parse.mockRestore();
    },
  );
});

describe('savePicture payloads', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const NAME = 'farside-2026-11-21-130512-far-side.png';
  const png = (n: number) => {
    const b = new Uint8Array(n);
    b.set(PNG);
    return b;
  };

  it('passes a PNG with a plain Farside name through', async () => {
    const impl = implementation();
    const r = route('savePicture', impl);
    await expect(r.handle(APP, { png: png(64), fileName: NAME, ask: true })).resolves.toEqual({
      state: 'saved',
      path: '/p/x.png',
    });
    expect(impl.savePicture).toHaveBeenCalledOnce();
  });

  it('passes a 30 MB picture (an 8K export is tens of MB; the no-argument channels allow 64 bytes)', async () => {
    const impl = implementation();
    const r = route('savePicture', impl);
    await expect(
      r.handle(APP, { png: png(30 * 1024 * 1024), fileName: NAME, ask: false }),
    ).resolves.toEqual({ state: 'saved', path: '/p/x.png' });
    expect(impl.savePicture).toHaveBeenCalledOnce();
  });

  it.each([
    ['not a PNG', { png: new Uint8Array(64), fileName: NAME, ask: true }],
    ['a path as the name', { png: png(64), fileName: '../../etc/farside-x.png', ask: true }],
    ['a name of another form', { png: png(64), fileName: 'evil.exe', ask: false }],
    ['a string instead of bytes', { png: 'iVBORw0K', fileName: NAME, ask: true }],
    ['an extra field', { png: png(64), fileName: NAME, ask: true, folder: '/etc' }],
  ])('refuses %s before main acts on it', async (_what, payload) => {
    const impl = implementation();
    await expect(route('savePicture', impl).handle(APP, payload)).rejects.toThrow(IpcRefusal);
    expect(impl.savePicture).not.toHaveBeenCalled();
  });

  it('refuses a picture over 200 MB (the schema; the channel limit leaves room for the name)', async () => {
    const impl = implementation();
    const big = png(200 * 1024 * 1024 + 1);
    await expect(
      route('savePicture', impl).handle(APP, { png: big, fileName: NAME, ask: true }),
    ).rejects.toThrow(/invalid request/);
    expect(impl.savePicture).not.toHaveBeenCalled();
  });
});

describe('logEvent and openLogFolder payloads', () => {
  it('passes a renderer error through and refuses extra fields or a long message', async () => {
    const impl = implementation();
    const r = route('logEvent', impl);
    await expect(r.handle(APP, { source: 'uncaught', message: 'boom' })).resolves.toBeUndefined();
    expect(impl.logEvent).toHaveBeenCalledWith({ source: 'uncaught', message: 'boom' });
    await expect(
      r.handle(APP, { source: 'uncaught', message: 'boom', level: 'info' }),
    ).rejects.toThrow(/invalid request/);
    await expect(r.handle(APP, { source: 'uncaught', message: 'x'.repeat(1001) })).rejects.toThrow(
      /invalid request/,
    );
    expect(impl.logEvent).toHaveBeenCalledOnce();
  });

  it('takes no path from the renderer to open', async () => {
    const impl = implementation();
    await expect(route('openLogFolder', impl).handle(APP, '/etc')).rejects.toThrow(
      /invalid request/,
    );
    expect(impl.openLogFolder).not.toHaveBeenCalled();
  });
});
