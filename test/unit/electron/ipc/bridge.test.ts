import { describe, expect, it, vi } from 'vitest';
import { buildBridge } from '../../../../electron/ipc/bridge';
import { bridgeNames, eventNames, ipcContract, ipcEvents } from '../../../../electron/ipc/contract';

describe('buildBridge', () => {
  it('has one function per contract entry and event, and nothing else', () => {
    const bridge = buildBridge(vi.fn(), vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...bridgeNames, ...eventNames].sort());
    for (const name of [...bridgeNames, ...eventNames]) {
      expect(typeof bridge[name]).toBe('function');
    }
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes each entry on its own channel with exactly one argument', async () => {
    const invoke = vi.fn(async (channel: string) => `answer from ${channel}`);
    const bridge = buildBridge(invoke, vi.fn());
    for (const name of bridgeNames) {
      const call = bridge[name] as (...args: unknown[]) => Promise<unknown>;
      await expect(call(undefined, 'extra', 'args')).resolves.toBe(
        `answer from ${ipcContract[name].channel}`,
      );
      expect(invoke).toHaveBeenLastCalledWith(ipcContract[name].channel, undefined);
    }
    expect(invoke).toHaveBeenCalledTimes(bridgeNames.length);
  });

  it('subscribes each event on its own channel, passes only the payload, and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const off = vi.fn();
    const subscribe = vi.fn((channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, listener);
      return off;
    });
    const bridge = buildBridge(vi.fn(), subscribe);
    const got: unknown[] = [];
    const unsubscribe = bridge.onMenuAction((payload) => got.push(payload));
    expect(subscribe).toHaveBeenCalledWith(ipcEvents.onMenuAction.channel, expect.any(Function));
    listeners.get('farside:menu-action')!({ action: 'farSide' });
    expect(got).toEqual([{ action: 'farSide' }]);
    unsubscribe();
    expect(off).toHaveBeenCalledTimes(1);
    expect(() => (bridge.onMenuAction as (x: unknown) => void)('not a function')).toThrow(
      TypeError,
    );
  });

  it('menu payloads: an action of the shortcut table, nothing more', () => {
    const schema = ipcEvents.onMenuAction.payload;
    expect(schema.safeParse({ action: 'savePicture' }).success).toBe(true);
    expect(schema.safeParse({ action: 'formatDisk' }).success).toBe(false);
    expect(schema.safeParse({ action: 'farSide', extra: 1 }).success).toBe(false);
    expect(schema.safeParse('farSide').success).toBe(false);
  });
});
