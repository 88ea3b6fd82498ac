/**
 * The log file, kept by electron-log (its Node entry: no IPC listener, no
 * renderer or preload side; renderer events arrive through the one IPC
 * contract or web mode's api/log). Everything written is scrubbed first
 * (assets/format/log-event.ts): no home folder, user name or file URL
 * reaches the disk. Past `maxBytes` the file is renamed to `<name>.old.log`
 * (replacing the previous one) and a new one begun: at most two files.
 * Used by Electron main (electron/main/log.ts) and web mode (electron/web).
 */
import * as os from 'node:os';
import { inspect } from 'node:util';
import electronLog from 'electron-log/node';
import {
  LOG_EVENT_RATE,
  createRateLimiter,
  rendererEventText,
  scrubLogText,
  type LogEvent,
  type LogIdentity,
} from '../../assets/format/log-event';

/** A little over 1 MB per file; one rotated file beside it. */
export const LOG_MAX_BYTES = 1024 * 1024;
/** One line's longest datum (a stack, say) after scrubbing. */
const DATUM_MAX_CHARS = 8000;

export type FileLog = {
  /** Absolute path of the current log file. */
  readonly file: string;
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
  /** A renderer's event, already validated: scrubbed and rate-limited here. */
  rendererEvent(event: LogEvent, nowMs?: number): void;
  /** Also log this process's uncaught exceptions and unhandled rejections (they are not shown). */
  catchUncaught(): void;
};

export type FileLogOptions = {
  file: string;
  maxBytes?: number;
  /** Also echo warnings and errors to the console (a terminal user sees them). */
  console?: boolean;
  identity?: LogIdentity;
};

/** This process's user, for the scrubber. */
export function currentIdentity(): LogIdentity {
  let userName: string | null = null;
  try {
    userName = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the path rules still apply.
  }
  return { homeDir: os.homedir() || null, userName };
}

function datumText(datum: unknown): string {
  if (typeof datum === 'string') return datum;
  if (datum instanceof Error) return datum.stack ?? `${datum.name}: ${datum.message}`;
  return inspect(datum, { depth: 3, breakLength: Infinity });
}

let instances = 0;

export function createFileLog({
  file,
  maxBytes = LOG_MAX_BYTES,
  console: echo = false,
  identity = currentIdentity(),
}: FileLogOptions): FileLog {
  instances += 1;
  const log = electronLog.create({ logId: `farside-${instances}` });
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = maxBytes;
  log.transports.file.level = 'info';
  log.transports.file.format = '[{iso}] [{level}] {text}';
  log.transports.console.level = echo ? 'warn' : false;
  // ipc and remote: never (electron-log's Node entry leaves ipc unset).
  for (const name of ['ipc', 'remote'] as const) {
    const transport = log.transports[name] as { level: unknown } | null;
    if (transport) transport.level = false;
  }
  // Every datum becomes scrubbed text before any transport sees it.
  log.hooks.push((message) => ({
    ...message,
    data: message.data.map((datum: unknown) =>
      scrubLogText(datumText(datum), identity, DATUM_MAX_CHARS),
    ),
  }));
  const limiter = createRateLimiter(LOG_EVENT_RATE);
  return {
    file,
    error: (message, error) =>
      error === undefined ? log.error(message) : log.error(message, error),
    warn: (message) => log.warn(message),
    info: (message) => log.info(message),
    rendererEvent(event, nowMs = Date.now()) {
      if (!limiter.take(nowMs)) return;
      const dropped = limiter.takeDropped();
      if (dropped > 0) log.warn(`renderer: ${dropped} more events were not logged (rate limit)`);
      log.error(rendererEventText(event, identity));
    },
    catchUncaught() {
      // Plain listeners rather than electron-log's errorHandler: that one is
      // shared by every logger it creates and may show a dialog.
      process.on('uncaughtException', (error) => log.error('Uncaught exception', error));
      process.on('unhandledRejection', (reason) => log.error('Unhandled rejection', reason));
    },
  };
}
