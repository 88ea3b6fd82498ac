import { describe, expect, it } from 'vitest';
import { createPinGate } from '../../../../../electron/pure/kiosk/pin-gate';
import { createKioskHost } from '../../../../../electron/pure/kiosk/host';

describe('operator PIN gate', () => {
  it('opens for the right PIN only', () => {
    const gate = createPinGate({ pin: '2468' });
    expect(gate.check('1234', 0)).toEqual({ ok: false, reason: 'wrong', retryAfterMs: 0 });
    expect(gate.check('24680', 0).ok).toBe(false);
    expect(gate.check('2468', 0)).toEqual({ ok: true });
    expect(gate.check('246', 0).ok).toBe(false);
    expect(gate.check('', 0).ok).toBe(false);
  });

  it('rate-limits wrong PINs: after three, waits that double, and refuses even the right PIN meanwhile', () => {
    const gate = createPinGate({ pin: '2468', lockoutMs: 30_000 });
    gate.check('0000', 0);
    gate.check('0000', 1);
    expect(gate.check('0000', 2)).toEqual({ ok: false, reason: 'wrong', retryAfterMs: 30_000 });
    expect(gate.check('2468', 10_000)).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterMs: 20_002,
    });
    expect(gate.check('0000', 30_002)).toEqual({
      ok: false,
      reason: 'wrong',
      retryAfterMs: 60_000,
    });
    expect(gate.check('2468', 60_000).ok).toBe(false);
    expect(gate.check('2468', 90_002)).toEqual({ ok: true });
    // A right PIN clears the count.
    expect(gate.check('0000', 90_003)).toEqual({ ok: false, reason: 'wrong', retryAfterMs: 0 });
  });

  it('never opens without a configured PIN', () => {
    expect(createPinGate({ pin: null }).check('', 0)).toEqual({
      ok: false,
      reason: 'disabled',
      retryAfterMs: 0,
    });
  });
});

describe('kiosk host', () => {
  const status = { enabled: true, source: null, settings: {}, problems: [], exitPinSet: true };
  it('unlocks once with the PIN, then reports kiosk mode off', () => {
    let exits = 0;
    let t = 0;
    const host = createKioskHost(
      status,
      '2468',
      () => t,
      () => (exits += 1),
    );
    expect(host.exit('1111')).toEqual({ ok: false, retryAfterSeconds: 0, reason: 'wrong' });
    t = 1000;
    expect(host.exit('2468')).toEqual({ ok: true, retryAfterSeconds: 0, reason: 'ok' });
    expect(exits).toBe(1);
    expect(host.status().enabled).toBe(false);
    expect(host.exit('2468').reason).toBe('not-kiosk');
  });
  it('says how long to wait when locked out', () => {
    const host = createKioskHost(status, '2468', () => 0);
    host.exit('1');
    host.exit('1');
    expect(host.exit('1')).toEqual({ ok: false, retryAfterSeconds: 30, reason: 'wrong' });
  });
});
