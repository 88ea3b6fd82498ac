/**
 * A caught error as the log event the renderer sends (pure: no DOM, no
 * bridge): name, message and stack, scrubbed with what the page knows (file
 * URLs, anyone's home folder) and cut to the contract's sizes. The host
 * scrubs again with its own identity (user name, its home folder).
 */
import {
  LOG_MESSAGE_MAX_CHARS,
  LOG_STACK_MAX_CHARS,
  UNKNOWN_IDENTITY,
  scrubLogText,
  type LogEvent,
  type LogSource,
} from '../../assets/format/log-event';

/** The event for `error` (an Error, or whatever was thrown or rejected). */
export function logEventOf(source: LogSource, error: unknown, context?: string): LogEvent {
  const base =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : safeJson(error);
  const message = scrubLogText(
    context ? `${context}: ${base}` : base,
    UNKNOWN_IDENTITY,
    LOG_MESSAGE_MAX_CHARS,
  );
  const stack = error instanceof Error ? error.stack : undefined;
  return stack
    ? { source, message, stack: scrubLogText(stack, UNKNOWN_IDENTITY, LOG_STACK_MAX_CHARS) }
    : { source, message };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
