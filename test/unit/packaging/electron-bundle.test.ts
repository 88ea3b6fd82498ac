/**
 * Builds main and preload with vite.electron.config.ts into a temp folder and
 * checks the bundles. Electron cannot run here, so `electron` is replaced by a
 * recording stub: this checks the wiring the glue does (order, options,
 * handlers registered) — not that Electron itself behaves.
 */
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeNames, eventNames, ipcContract, ipcEvents } from '../../../electron/ipc/contract';
import { MAIN_BUNDLE, PACK_WORKER_BUNDLE, PRELOAD_BUNDLE } from '../../../electron/pure/layout';
import { checkPack } from '../../../assets/tool/pack-check';
import type { FromWorker } from '../../../assets/tool/upgrade-job';
import { forkPackWorker } from '../../../electron/node/fork-pack-worker';
import { writeSyntheticKit } from '../../support/synthetic-kit';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const Module = require('node:module') as {
  _load: (request: string, ...rest: unknown[]) => unknown;
};

let outDir: string;
let appDir: string;

beforeAll(async () => {
  // Inside the repository, as dist-electron/ is: the worker bundle requires
  // sharp from node_modules, as the packaged app's does from its resources.
  await fs.mkdir(path.join(repoRoot, '.cache'), { recursive: true });
  outDir = await fs.mkdtemp(path.join(repoRoot, '.cache', 'electron-bundle-'));
  appDir = await fs.mkdtemp(path.join(os.tmpdir(), 'farside-app-'));
  await fs.mkdir(path.join(appDir, 'dist', 'renderer'), { recursive: true });
  await fs.writeFile(
    path.join(appDir, 'dist', 'renderer', 'index.html'),
    '<title>stub app</title>',
  );
  const builder = await createBuilder({
    configFile: path.join(repoRoot, 'vite.electron.config.ts'),
    root: repoRoot,
    logLevel: 'silent',
    environments: {
      main: { build: { outDir, sourcemap: false } },
      preload: { build: { outDir, sourcemap: false } },
      worker: { build: { outDir, sourcemap: true } },
    },
  });
  await builder.buildApp();
});

afterAll(async () => {
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.rm(appDir, { recursive: true, force: true });
});

function requiresOf(code: string): string[] {
  return [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!).sort();
}

/** Load a bundle with `electron` replaced by `stub`. */
function loadWithElectron(file: string, stub: unknown): void {
  const original = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return stub;
    return original.call(this, request, ...rest);
  };
  try {
    delete require.cache[file];
    require(file);
  } finally {
    Module._load = original;
  }
}

describe('bundles', () => {
  it('preload is one file that requires only electron (a sandboxed preload can load nothing else)', async () => {
    const code = await fs.readFile(path.join(outDir, PRELOAD_BUNDLE), 'utf8');
    expect([...new Set(requiresOf(code))]).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('preload carries only the channel names and the bridge: no zod, no schemas, a few KB', async () => {
    const code = await fs.readFile(path.join(outDir, PRELOAD_BUNDLE), 'utf8');
    expect(code.length).toBeLessThan(4096);
    for (const name of bridgeNames) expect(code).toContain(ipcContract[name].channel);
    for (const sign of ['_zod', '$ZodType', 'safeParse', 'ZodError', 'farside-pack', 'sha256']) {
      expect(code).not.toContain(sign);
    }
  });

  it('main requires only electron and Node built-ins (zod and the app code are bundled)', async () => {
    const code = await fs.readFile(path.join(outDir, MAIN_BUNDLE), 'utf8');
    for (const name of requiresOf(code)) {
      // electron-log (bundled) names a few built-ins without the node: prefix.
      if (builtinModules.includes(name)) continue;
      expect(name).toMatch(/^(electron|node:[a-z/_]+)$/);
    }
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('main carries no image decoding: sharp, geotiff and the pack builder stay in the worker', async () => {
    const code = await fs.readFile(path.join(outDir, MAIN_BUNDLE), 'utf8');
    expect(code).not.toMatch(/require\(["']sharp["']\)/);
    for (const sign of ['GeoTIFF', 'fromArrayBuffer', 'writeColorLayer', 'runUpgradeJob']) {
      expect(code).not.toContain(sign);
    }
  });

  it('the pack worker requires only Node built-ins and sharp (geotiff and the builder are bundled)', async () => {
    const code = await fs.readFile(path.join(outDir, PACK_WORKER_BUNDLE), 'utf8');
    // Bundled libraries' doc comments show `require('pako')` examples; code lines only.
    const codeLines = code
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/)/.test(line))
      .join('\n');
    for (const name of requiresOf(codeLines)) expect(name).toMatch(/^(sharp|node:[a-z/_]+)$/);
    expect(requiresOf(codeLines)).toContain('sharp');
    expect(code).toContain('runUpgradeJob');
    expect(code).not.toMatch(/require\(["']electron["']\)/);
  });

  it('the built pack worker, forked with plain Node, builds a checked pack from a kit folder', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'farside-worker-bundle-'));
    try {
      const kit = await writeSyntheticKit(path.join(work, 'kit'), { colorWidth: 512 });
      const outPack = path.join(work, 'pack');
      const worker = forkPackWorker(path.join(outDir, PACK_WORKER_BUNDLE));
      const messages: FromWorker[] = [];
      const exited = new Promise<void>((resolve) => worker.onExit(() => resolve()));
      const outcome = new Promise<FromWorker>((resolve) =>
        worker.onMessage((m) => {
          messages.push(m);
          if (m.type !== 'progress') resolve(m);
        }),
      );
      worker.send({
        type: 'start',
        job: {
          kind: 'folder',
          dir: kit.dir,
          catalog: kit.catalog,
          current: null,
          cacheDir: path.join(work, 'cache'),
          starterKitDir: path.join(work, 'no-starter'),
          outDir: outPack,
        },
      });
      expect(await outcome).toEqual({ type: 'done', result: 'built' });
      worker.kill();
      await exited;
      expect(messages[0]).toEqual({ type: 'progress', progress: { step: 'build' } });
      const check = await checkPack(outPack);
      expect(check.ok).toBe(true);
      if (check.ok) {
        expect(check.manifest.sources.map((s) => s.name).sort()).toEqual(
          [kit.names.colorTiff, kit.names.demUint].sort(),
        );
        expect(check.manifest.color.levels.at(-1)!.width).toBe(512);
      }
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }, 60_000);

  it('preload exposes exactly the contract functions as window.farside, not ipcRenderer', () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => 'ok');
    loadWithElectron(path.join(outDir, PRELOAD_BUNDLE), {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke },
    });
    expect(Object.keys(exposed)).toEqual(['farside']);
    const bridge = exposed.farside as Record<string, (r?: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...bridgeNames, ...eventNames].sort());
    void bridge.getPackStatus!();
    expect(invoke).toHaveBeenCalledWith(ipcContract.getPackStatus.channel, undefined);
  });
});

describe('main wiring (electron stubbed)', () => {
  const events: string[] = [];
  /** Lines of the log file main writes (electron/main/log.ts: <userData>/logs/main.log). */
  const logLines = (): string[] => {
    try {
      return readFileSync(path.join(appDir, 'logs', 'main.log'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('['));
    } catch {
      return [];
    }
  };
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  let privileges: unknown;
  let windowOptions:
    | { webPreferences?: Record<string, unknown>; x?: number; y?: number; width?: number }
    | undefined;
  let loadedUrl: string | undefined;
  let permissionRequest: ((...args: unknown[]) => void) | undefined;
  let permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  const openExternal = vi.fn(async () => undefined);
  let requestFilter:
    | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
    | undefined;
  const appMainFrame = { url: 'moon://app/index.html', processId: 4, routingId: 1 };
  type StubMenuItem = {
    label?: string;
    role?: string;
    accelerator?: string;
    click?: () => void;
    submenu?: StubMenuItem[];
  };
  let applicationMenu: StubMenuItem[] | undefined;
  const sent: unknown[][] = [];
  const focusedWindow = { webContents: { send: (...args: unknown[]) => sent.push(args) } };
  const appContents = { mainFrame: appMainFrame };

  beforeAll(async () => {
    let ready!: () => void;
    const readyPromise = new Promise<void>((resolve) => (ready = resolve));
    class BrowserWindow {
      static getAllWindows = () => [];
      static getFocusedWindow = () => focusedWindow;
      webContents = appContents;
      constructor(options: typeof windowOptions) {
        events.push('window');
        windowOptions = options;
      }
      once(): void {}
      on(): void {}
      loadURL(url: string): Promise<void> {
        loadedUrl = url;
        return Promise.resolve();
      }
    }
    const stub = {
      app: {
        getAppPath: () => appDir,
        // No kiosk.json there: kiosk mode stays off.
        getPath: () => appDir,
        isPackaged: false,
        getPreferredSystemLanguages: () => ['en-US'],
        getName: () => 'Farside',
        getVersion: () => '0.1.0',
        enableSandbox: () => events.push('enableSandbox'),
        requestSingleInstanceLock: () => true,
        quit: () => events.push('quit'),
        on: (name: string, listener: (...args: unknown[]) => void) =>
          appListeners.set(name, listener),
        whenReady: () => {
          events.push('whenReady');
          return readyPromise;
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown) => {
          events.push('registerSchemesAsPrivileged');
          privileges = schemes;
        },
        handle: (scheme: string, handler: typeof protocolHandler) => {
          events.push(`protocol.handle:${scheme}`);
          protocolHandler = handler;
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (h: typeof permissionRequest) => (permissionRequest = h),
          setPermissionCheckHandler: (h: typeof permissionCheck) => (permissionCheck = h),
          webRequest: {
            onBeforeRequest: (h: typeof requestFilter) => (requestFilter = h),
          },
        },
      },
      ipcMain: {
        handle: (channel: string, h: (...args: unknown[]) => unknown) =>
          ipcHandlers.set(channel, h),
      },
      shell: { openExternal },
      screen: {
        getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
        getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
      },
      BrowserWindow,
      Menu: {
        buildFromTemplate: (template: StubMenuItem[]) => ({ template }),
        setApplicationMenu: (menu: { template: StubMenuItem[] }) => {
          events.push('setApplicationMenu');
          applicationMenu = menu.template;
        },
      },
    };
    // Last run's settings: the window was at (100, 50), 1000 × 700.
    await fs.writeFile(
      path.join(appDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        window: { x: 100, y: 50, width: 1000, height: 700, maximized: false, fullScreen: false },
        language: 'fr',
      }),
    );
    loadWithElectron(path.join(outDir, MAIN_BUNDLE), stub);
    events.push('ready');
    ready();
    await vi.waitFor(() => expect(loadedUrl).toBeDefined());
  });

  it('registers moon:// privileges and the sandbox before ready', () => {
    expect(events.indexOf('registerSchemesAsPrivileged')).toBeLessThan(events.indexOf('ready'));
    expect(events.indexOf('enableSandbox')).toBeLessThan(events.indexOf('ready'));
    expect(privileges).toEqual([
      {
        scheme: 'moon',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          stream: true,
        },
      },
    ]);
  });

  it('after ready, mounts the handler on moon and opens a locked-down window on moon://app', async () => {
    expect(events.indexOf('protocol.handle:moon')).toBeGreaterThan(events.indexOf('ready'));
    expect(loadedUrl).toBe('moon://app/index.html');
    expect(windowOptions?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: path.join(appDir, 'dist-electron', 'preload.cjs'),
    });
    for (const risky of [
      'experimentalFeatures',
      'enableBlinkFeatures',
      'nodeIntegrationInSubFrames',
    ]) {
      expect(windowOptions?.webPreferences).not.toHaveProperty(risky);
    }
    const response = await protocolHandler!(new Request('moon://app/index.html'));
    expect(await response.text()).toBe('<title>stub app</title>');
  });

  it('sets the application menu in the language of the settings (French), with the table accelerators', () => {
    // Linux here (process.platform of the test): File, View, Window, Help; not packaged: Reload and DevTools.
    expect(applicationMenu?.map((m) => m.label)).toEqual([
      'Fichier',
      'Présentation',
      'Fenêtre',
      'Aide',
    ]);
    const file = applicationMenu![0]!.submenu!;
    const save = file.find((i) => i.label === 'Enregistrer une image…');
    expect(save?.accelerator).toBe('CmdOrCtrl+S');
    const view = applicationMenu![1]!.submenu!;
    expect(view.map((i) => i.role).filter(Boolean)).toEqual([
      'reload',
      'toggleDevTools',
      'togglefullscreen',
    ]);
    // A click sends the action id on the contract's event channel to the focused window.
    save!.click!();
    expect(sent).toEqual([[ipcEvents.onMenuAction.channel, { action: 'savePicture' }]]);
  });

  it('registers one IPC handler per contract channel, refusing foreign senders', async () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(
      bridgeNames.map((n) => ipcContract[n].channel).sort(),
    );
    const getAppInfo = ipcHandlers.get(ipcContract.getAppInfo.channel)!;
    const from = (sender: unknown, senderFrame: unknown) => getAppInfo({ sender, senderFrame });
    await expect(from(appContents, appMainFrame)).resolves.toMatchObject({
      name: 'Farside',
      host: 'electron',
    });
    // By URL alone: a foreign page, a missing frame.
    await expect(
      from(appContents, { ...appMainFrame, url: 'https://evil.example/' }),
    ).rejects.toThrow();
    await expect(from(appContents, null)).rejects.toThrow();
    // By identity: the app URL in a subframe, or in a web contents the app did not create.
    await expect(from(appContents, { ...appMainFrame, routingId: 7 })).rejects.toThrow(
      /not the app/,
    );
    const stranger = { mainFrame: { ...appMainFrame } };
    await expect(from(stranger, stranger.mainFrame)).rejects.toThrow(/not the app/);
  });

  it('filters every session request: moon://app passes, the network is cancelled and logged', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      requestFilter!({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    const before = logLines().length;
    expect(decide('moon://app/pack/manifest.json')).toEqual({ cancel: false });
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(decide('https://svs.gsfc.nasa.gov/vis/x.tif')).toEqual({ cancel: true });
    expect(logLines().slice(before)).toEqual([
      expect.stringMatching(/\[warn\]\s+offline guard blocked https:\/\/example\.com\/tracker\.js/),
      expect.stringMatching(
        /\[warn\]\s+offline guard blocked https:\/\/svs\.gsfc\.nasa\.gov\/vis\/x\.tif/,
      ),
    ]);
  });

  it('reloads a window whose renderer crashed, with backoff, and logs a GPU process crash', () => {
    vi.useFakeTimers();
    const before = logLines().length;
    const contentsListeners = new Map<string, (...args: unknown[]) => void>();
    const loads: string[] = [];
    const window = {
      webContents: {
        on: (name: string, listener: (...args: unknown[]) => void) =>
          contentsListeners.set(name, listener),
      },
      on: () => undefined,
      isDestroyed: () => false,
      loadURL: (url: string) => {
        loads.push(url);
        return Promise.resolve();
      },
    };
    appListeners.get('browser-window-created')!({}, window);
    const crash = () =>
      contentsListeners.get('render-process-gone')!({}, { reason: 'crashed', exitCode: 1 });
    crash();
    vi.advanceTimersByTime(999);
    expect(loads).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(loads).toEqual(['moon://app/index.html']);
    crash(); // again at once: twice the wait
    vi.advanceTimersByTime(1999);
    expect(loads).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(loads).toHaveLength(2);
    appListeners.get('child-process-gone')!({}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    expect(loads).toHaveLength(2);
    expect(logLines().slice(before)).toEqual([
      expect.stringMatching(/\[error\]\s+.*render-process-gone \(crashed\); reloading in 1\.0 s/),
      expect.stringMatching(/\[error\]\s+.*reloading in 2\.0 s \(failure 2 in a row\)/),
      expect.stringMatching(/\[error\]\s+.*GPU process gone \(crashed, exit code 139\)/),
    ]);
    vi.useRealTimers();
  });

  it('opens the window where the settings file says it was, and serves those settings', async () => {
    expect(windowOptions).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    const getSettings = ipcHandlers.get(ipcContract.getSettings.channel)!;
    const loaded = (await getSettings(
      { sender: appContents, senderFrame: appMainFrame },
      undefined,
    )) as {
      settings: { language: string };
      location: string;
    };
    expect(loaded.settings.language).toBe('fr');
    expect(loaded.location).toBe(path.join(appDir, 'settings.json'));
  });

  it('denies every permission', () => {
    const callback = vi.fn();
    permissionRequest!({}, 'geolocation', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(permissionCheck!(null, 'media', 'moon://app', {})).toBe(false);
  });

  it('guards navigation and window.open on every web contents', () => {
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    appListeners.get('web-contents-created')!(
      {},
      {
        on: (name: string, listener: (event: { url: string; preventDefault(): void }) => void) =>
          listeners.set(name, listener),
        setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      },
    );
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
      listeners.get(name)!(away);
      expect(away.preventDefault).toHaveBeenCalled();
      const inside = { url: 'moon://app/index.html#x', preventDefault: vi.fn() };
      listeners.get(name)!(inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://svs.gsfc.nasa.gov/4720' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://svs.gsfc.nasa.gov/4720']]);
  });
});
