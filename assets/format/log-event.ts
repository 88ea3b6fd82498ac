/**
 * What the renderer may write to the log, and how any text is made safe to
 * keep there. Pure (zod only): the renderer's error reporter, Electron main
 * (over the IPC contract) and web mode's host (api/log) share it.
 *
 * Never logged: view fragments, settings, file contents or picture data;
 * only an error's message and stack, scrubbed (scrubLogText) and truncated.
 */
import { z } from 'zod';

/** Where in the renderer an error was caught. */
export const LOG_SOURCES = [
  /** window 'error': an uncaught exception. */
  'uncaught',
  /** window 'unhandledrejection'. */
  'unhandled-rejection',
  /** The React error boundary (the screen shows "could not draw the Moon"). */
  'react',
  /** A pack file or layer that failed to load (renderer/pack/loadPack.ts). */
  'pack-load',
  /** Settings that could not be read or written (renderer/state/settings.ts). */
  'settings',
  /** An interface language that could not be loaded (renderer/i18n/index.ts). */
  'language',
] as const;

export type LogSource = (typeof LOG_SOURCES)[number];

export const LOG_MESSAGE_MAX_CHARS = 1000;
export const LOG_STACK_MAX_CHARS = 4000;
/** Request size limit of the channel: both fields at their longest, in UTF-8, plus JSON. */
export const LOG_EVENT_MAX_BYTES = 4 * (LOG_MESSAGE_MAX_CHARS + LOG_STACK_MAX_CHARS) + 256;

export const logEventSchema = z.strictObject({
  source: z.enum(LOG_SOURCES),
  message: z.string().max(LOG_MESSAGE_MAX_CHARS),
  stack: z.string().max(LOG_STACK_MAX_CHARS).optional(),
});

export type LogEvent = z.infer<typeof logEventSchema>;

/** Where the log is kept, for the About dialog. */
export const logLocationSchema = z.object({
  /** Absolute path of the log file on the host, or null when nothing is logged to a file. */
  file: z.string().nullable(),
  /** Whether the host can open its folder (Electron: yes; a browser: no). */
  canOpenFolder: z.boolean(),
});

export type LogLocation = z.infer<typeof logLocationSchema>;

/** Who runs the app, as far as scrubbing needs to know; null parts are unknown. */
export type LogIdentity = {
  homeDir: string | null;
  userName: string | null;
};

export const UNKNOWN_IDENTITY: LogIdentity = { homeDir: null, userName: null };

export const HOME_PLACEHOLDER = '<home>';
export const USER_PLACEHOLDER = '<user>';
export const FILE_URL_PLACEHOLDER = '<file-url>';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path written with either separator, as Windows paths show up both ways. */
function anySeparators(dir: string): string {
  return dir
    .replace(/[\\/]+$/, '')
    .split(/[\\/]+/)
    .map(escapeRegExp)
    .join('[\\\\/]+');
}

/** file:// URLs up to the next blank, quote or bracket (stack frames end in `:line:col)`). */
const FILE_URL = /\bfile:\/\/[^\s'"`<>()]*/gi;
/** Anyone's home folder, even when this process does not know whose: Linux, macOS, Windows. */
const ANY_HOME =
  /(?:\/home\/|\/Users\/|[A-Za-z]:[\\/]+(?:Users|Documents and Settings)[\\/]+)[^\\/\s'"`<>():]+/gi;

/**
 * Text made safe to keep in a log file: file URLs, the home folder (this
 * user's, and any path that looks like a home folder) and the user name
 * become placeholders; longer than `maxChars`, it is cut and says how much.
 */
export function scrubLogText(text: string, identity: LogIdentity, maxChars: number): string {
  let out = text.replace(FILE_URL, FILE_URL_PLACEHOLDER);
  if (identity.homeDir && identity.homeDir.replace(/[\\/]+$/, '').length > 1) {
    out = out.replace(new RegExp(anySeparators(identity.homeDir), 'gi'), HOME_PLACEHOLDER);
  }
  out = out.replace(ANY_HOME, HOME_PLACEHOLDER);
  // Short names ("a", "ci") would eat ordinary words; they are left to the path rules above.
  const user = identity.userName?.trim();
  if (user && user.length >= 3) {
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(user)}(?![\\p{L}\\p{N}_])`, 'giu'),
      USER_PLACEHOLDER,
    );
  }
  return truncate(out, maxChars);
}

/** At most `maxChars` characters (code points), the note of what was cut included. */
function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const note = (more: number) => `… (${more} more characters)`;
  // The note is sized for the longest count it could show, so the whole fits.
  const kept = Math.max(0, maxChars - note(chars.length).length);
  return `${chars.slice(0, kept).join('')}${note(chars.length - kept)}`.slice(0, maxChars);
}

/** One renderer event as the lines the log file gets, scrubbed. */
export function rendererEventText(event: LogEvent, identity: LogIdentity): string {
  const message = scrubLogText(event.message, identity, LOG_MESSAGE_MAX_CHARS);
  const stack =
    event.stack === undefined
      ? ''
      : `\n${scrubLogText(event.stack, identity, LOG_STACK_MAX_CHARS)}`;
  return `renderer ${event.source}: ${message}${stack}`;
}

export type RateLimit = {
  /** Events let through at once. */
  burst: number;
  /** Then one more every `refillMs`. */
  refillMs: number;
};

/** Renderer events: 20 at once, then one every 3 s (a loop that throws cannot fill the disk). */
export const LOG_EVENT_RATE: RateLimit = { burst: 20, refillMs: 3000 };

export type RateLimiter = {
  /** Whether an event at `nowMs` may pass. */
  take(nowMs: number): boolean;
  /** Events refused since the last call, and reset to 0 (to log "N dropped" once). */
  takeDropped(): number;
};

/** A token bucket; time comes from the caller, so it is testable without clocks. */
export function createRateLimiter({ burst, refillMs }: RateLimit): RateLimiter {
  let tokens = burst;
  let last: number | null = null;
  let dropped = 0;
  return {
    take(nowMs) {
      if (last !== null && nowMs > last) {
        tokens = Math.min(burst, tokens + (nowMs - last) / refillMs);
      }
      if (last === null || nowMs > last) last = nowMs;
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      dropped += 1;
      return false;
    },
    takeDropped() {
      const n = dropped;
      dropped = 0;
      return n;
    },
  };
}
