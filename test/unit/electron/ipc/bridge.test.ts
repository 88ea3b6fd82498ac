import { describe, expect, it, vi } from 'vitest';
import { buildBridge } from '../../../../electron/ipc/bridge';
import { bridgeNames, ipcContract } from '../../../../electron/ipc/contract';

describe('buildBridge', () => {
  it('has one function per contract entry and nothing else', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...bridgeNames].sort());
    for (const name of bridgeNames) expect(typeof bridge[name]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes each entry on its own channel with exactly one argument', async () => {
    const invoke = vi.fn(async (channel: string) => `answer from ${channel}`);
    const bridge = buildBridge(invoke);
    for (const name of bridgeNames) {
      const call = bridge[name] as (...args: unknown[]) => Promise<unknown>;
      await expect(call(undefined, 'extra', 'args')).resolves.toBe(
        `answer from ${ipcContract[name].channel}`,
      );
      expect(invoke).toHaveBeenLastCalledWith(ipcContract[name].channel, undefined);
    }
    expect(invoke).toHaveBeenCalledTimes(bridgeNames.length);
  });
});
