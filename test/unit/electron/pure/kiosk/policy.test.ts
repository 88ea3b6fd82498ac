import { describe, expect, it } from 'vitest';
import { decideKeyInput, type KeyInput } from '../../../../../electron/pure/kiosk/blocked-inputs';
import {
  backoffDelayMs,
  createRestartPolicy,
} from '../../../../../electron/pure/kiosk/restart-policy';
import { kioskWindowOptions } from '../../../../../electron/pure/kiosk/window-options';
import { parseKioskArgs } from '../../../../../electron/pure/kiosk/args';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('kiosk window options', () => {
  it('full screen kiosk with no frame, DevTools, zoom or dialogs, and nothing that moves or closes it', () => {
    const o = kioskWindowOptions();
    expect(o).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      closable: false,
      minimizable: false,
      resizable: false,
      movable: false,
    });
    expect(o.webPreferences).toMatchObject({
      devTools: false,
      zoomFactor: 1,
      disableDialogs: true,
    });
  });
});

describe('blocked inputs', () => {
  it.each([
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Cmd+W', key('w', { meta: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['F12', key('F12')],
    ['F11', key('F11')],
    ['F5', key('F5')],
    ['Escape', key('Escape')],
    ['Ctrl+Plus', key('+', { control: true })],
    ['Ctrl+Minus', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+N', key('n', { control: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['BrowserBack', key('BrowserBack')],
  ])('%s does nothing', (_name, input) => {
    expect(decideKeyInput(input)).toBe('block');
  });

  it.each([
    ['a letter', key('g')],
    ['an arrow', key('ArrowLeft')],
    ['plus (globe zoom)', key('+')],
    ['Shift+A', key('A', { shift: true })],
    ['a digit (PIN pad)', key('7')],
    ['Enter', key('Enter')],
  ])('%s reaches the app', (_name, input) => {
    expect(decideKeyInput(input)).toBe('allow');
  });

  it('the operator chord Ctrl+Alt+Shift+Q is let through to open the PIN pad', () => {
    expect(decideKeyInput(key('Q', { control: true, alt: true, shift: true }))).toBe(
      'operator-exit',
    );
    expect(decideKeyInput(key('q', { control: true, alt: true }))).toBe('block');
  });
});

describe('restart policy', () => {
  const options = { enabled: true, initialDelayMs: 1000, maxDelayMs: 60_000, stableMs: 300_000 };

  it('backs off exponentially up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelayMs(n, 1000, 60_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('reloads after each failure, doubling while failures come in a row, and logs why', () => {
    const policy = createRestartPolicy(options);
    const first = policy.onFailure('render-process-gone', 10_000, 'crashed');
    expect(first).toMatchObject({ action: 'reload', delayMs: 1000, attempt: 1 });
    expect(first.log).toContain('render-process-gone (crashed)');
    expect(policy.onFailure('unresponsive', 20_000)).toMatchObject({ delayMs: 2000, attempt: 2 });
    expect(policy.onFailure('gpu-process-gone', 30_000)).toMatchObject({ delayMs: 4000 });
  });

  it('starts again from the first delay after a stable period', () => {
    const policy = createRestartPolicy(options);
    policy.onFailure('render-process-gone', 0);
    policy.onFailure('render-process-gone', 5000);
    expect(policy.onFailure('render-process-gone', 5000 + 300_001)).toMatchObject({
      delayMs: 1000,
      attempt: 1,
    });
  });

  it('does nothing but log when restart is disabled', () => {
    const policy = createRestartPolicy({ ...options, enabled: false });
    const decision = policy.onFailure('render-process-gone', 0);
    expect(decision.action).toBe('none');
    expect(decision.log).toMatch(/disabled/);
  });
});

describe('kiosk command line', () => {
  it('reads --kiosk and --kiosk-config in both spellings, ignoring other switches', () => {
    expect(parseKioskArgs(['/app', '--no-sandbox'])).toEqual({
      kiosk: false,
      configPath: null,
      error: null,
    });
    expect(parseKioskArgs(['.', '--kiosk'])).toEqual({
      kiosk: true,
      configPath: null,
      error: null,
    });
    expect(parseKioskArgs(['--kiosk-config', '/etc/k.json'])).toEqual({
      kiosk: true,
      configPath: '/etc/k.json',
      error: null,
    });
    expect(parseKioskArgs(['--kiosk-config=/etc/k.json']).configPath).toBe('/etc/k.json');
  });
  it('a missing path is an error, and kiosk mode still starts (on defaults)', () => {
    expect(parseKioskArgs(['--kiosk-config'])).toEqual({
      kiosk: true,
      configPath: null,
      error: '--kiosk-config needs a file path',
    });
  });
});
