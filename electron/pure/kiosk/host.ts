/**
 * The kiosk as one host (Electron main or the web server) answers for it:
 * its status for the renderer, and the operator exit through the rate-limited
 * PIN gate. After a successful exit the host reports kiosk mode off, so a
 * reload does not lock the screen again. Pure; `onExit` is the host's glue.
 */
import type { KioskConfig } from '../../../assets/format/kiosk';
import type { KioskExitResult, KioskStatus } from '../../ipc/contract';
import { createPinGate } from './pin-gate';

export type KioskHost = {
  status(): KioskStatus;
  exit(pin: string): KioskExitResult;
  /** The locked kiosk's picture settings; null when kiosk mode is off or was left. */
  pictures(): KioskConfig['pictures'] | null;
};

export function createKioskHost(
  status: KioskStatus,
  pin: string | null,
  now: () => number,
  onExit: () => void = () => {},
  pictures: KioskConfig['pictures'] | null = null,
): KioskHost {
  const gate = createPinGate({ pin });
  let exited = false;
  return {
    status: () => (exited ? { ...status, enabled: false } : status),
    pictures: () => (status.enabled && !exited ? pictures : null),
    exit(attempt) {
      if (!status.enabled || exited)
        return { ok: false, retryAfterSeconds: 0, reason: 'not-kiosk' };
      const result = gate.check(attempt, now());
      if (!result.ok) {
        return {
          ok: false,
          retryAfterSeconds: Math.ceil(result.retryAfterMs / 1000),
          reason: result.reason,
        };
      }
      exited = true;
      onExit();
      return { ok: true, retryAfterSeconds: 0, reason: 'ok' };
    },
  };
}
