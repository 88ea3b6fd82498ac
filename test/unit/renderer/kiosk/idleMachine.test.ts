import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleMachine, type KioskPhase } from '../../../../renderer/kiosk/cycle/idleMachine';

function setup(idleSeconds = 90, countdownSeconds = 10) {
  const log: string[] = [];
  const changes: [KioskPhase, number][] = [];
  let resolveReset: (() => void) | null = null;
  let slowReset = false;
  const machine = createIdleMachine(
    { idleMs: idleSeconds * 1000, countdownSeconds },
    {
      onChange: (phase, left) => changes.push([phase, left]),
      reset: () => {
        log.push('reset');
        if (!slowReset) return;
        return new Promise<void>((resolve) => (resolveReset = resolve));
      },
      startTour: () => log.push('startTour'),
      stopTour: () => log.push('stopTour'),
    },
  );
  return {
    machine,
    log,
    changes,
    slow: () => (slowReset = true),
    finishReset: () => resolveReset?.(),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('kiosk idle cycle', () => {
  it('visitor → countdown after idleSeconds, counting down each second, then reset → tour', async () => {
    const { machine, log, changes } = setup(90, 10);
    machine.start('visitor');
    await vi.advanceTimersByTimeAsync(89_999);
    expect(machine.phase()).toBe('visitor');
    await vi.advanceTimersByTimeAsync(1);
    expect(machine.phase()).toBe('countdown');
    expect(machine.countdownRemaining()).toBe(10);
    await vi.advanceTimersByTimeAsync(3000);
    expect(machine.countdownRemaining()).toBe(7);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(7000);
    expect(log).toEqual(['reset', 'startTour']);
    expect(machine.phase()).toBe('tour');
    // Every second of the countdown was shown, 10 down to 1.
    const shown = changes.filter(([p]) => p === 'countdown').map(([, left]) => left);
    expect(shown).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('input while exploring restarts the idle time', async () => {
    const { machine } = setup(90, 10);
    machine.start('visitor');
    await vi.advanceTimersByTimeAsync(80_000);
    machine.activity();
    await vi.advanceTimersByTimeAsync(80_000);
    expect(machine.phase()).toBe('visitor');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(machine.phase()).toBe('countdown');
  });

  it('a touch during the countdown cancels it; so does "Keep exploring"', async () => {
    const { machine, log } = setup(5, 10);
    machine.start('visitor');
    await vi.advanceTimersByTimeAsync(5000 + 4000);
    expect(machine.phase()).toBe('countdown');
    machine.activity();
    expect(machine.phase()).toBe('visitor');
    await vi.advanceTimersByTimeAsync(5000 + 2000);
    expect(machine.phase()).toBe('countdown');
    machine.keepExploring();
    expect(machine.phase()).toBe('visitor');
    await vi.advanceTimersByTimeAsync(4999);
    expect(log).toEqual([]);
  });

  it('a touch during the tour stops it at once and hands over; the cycle then starts again', async () => {
    const { machine, log } = setup(5, 2);
    machine.start('tour');
    expect(log).toEqual(['startTour']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(machine.phase()).toBe('tour');
    machine.activity();
    expect(log).toEqual(['startTour', 'stopTour']);
    expect(machine.phase()).toBe('visitor');
    await vi.advanceTimersByTimeAsync(7000);
    expect(log).toEqual(['startTour', 'stopTour', 'reset', 'startTour']);
  });

  it('a touch during the reset hands over when the reset is done, without starting the tour', async () => {
    const h = setup(5, 1);
    h.slow();
    h.machine.start('visitor');
    await vi.advanceTimersByTimeAsync(6000);
    expect(h.machine.phase()).toBe('resetting');
    h.machine.activity();
    h.finishReset();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.machine.phase()).toBe('visitor');
    expect(h.log).toEqual(['reset']);
  });

  it('keepExploring outside the countdown does nothing; dispose stops everything', async () => {
    const { machine, log } = setup(5, 1);
    machine.start('tour');
    machine.keepExploring();
    expect(machine.phase()).toBe('tour');
    machine.dispose();
    expect(log).toEqual(['startTour', 'stopTour']);
    machine.activity();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log).toEqual(['startTour', 'stopTour']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
