/**
 * The renderer's error reporter: uncaught exceptions, unhandled rejections,
 * the React error boundary and failed pack loads go to the host's log file
 * through the bridge (`logEvent`: Electron main, or web mode's api/log),
 * where they are scrubbed again with the host's own identity and
 * rate-limited. Here: the message and stack only, made safe with what the
 * page knows (file URLs, anyone's home folder), cut to the contract's sizes,
 * and at most a burst at a time so a throwing loop cannot flood the host.
 * Reporting never throws and never reports its own failures.
 */
import { LOG_EVENT_RATE, createRateLimiter, type LogSource } from '../../assets/format/log-event';
import { getBridge } from '../bridge';
import { logEventOf } from './logEvent';

const limiter = createRateLimiter(LOG_EVENT_RATE);

/** Send one error to the host's log (fire and forget). */
export function reportError(source: LogSource, error: unknown, context?: string): void {
  if (!limiter.take(Date.now())) return;
  try {
    void getBridge()
      .logEvent(logEventOf(source, error, context))
      .catch(() => {});
  } catch {
    // No bridge (a broken page): nothing to report to.
  }
}

/** Listen for what nothing else caught, once per page. */
export function installErrorReporting(): void {
  window.addEventListener('error', (event) => {
    reportError('uncaught', event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => {
    reportError('unhandled-rejection', event.reason);
  });
}
