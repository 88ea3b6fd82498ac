/**
 * The time control's text: a `datetime-local` value read as UTC or as local
 * time, and a moment written back for that input (pure; the local offset is
 * passed in, so tests can fix it).
 */
import {
  normalizeUtc,
  TIME_MAX_UTC,
  TIME_MIN_UTC,
  type TimeProblem,
} from '../../assets/format/view';
import { message, type Message } from '../i18n/message';

export type TimeInputProblem = 'empty' | TimeProblem;
export type TimeInputResult = { ok: true; iso: string } | { ok: false; problem: TimeInputProblem };

export type TimeZoneChoice = 'utc' | 'local';

/** Minutes east of UTC at a UTC moment (Date's own rule for the local zone). */
export type OffsetAt = (utcMs: number) => number;
export const localOffsetAt: OffsetAt = (utcMs) => -new Date(utcMs).getTimezoneOffset();

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/**
 * Read `YYYY-MM-DDThh:mm[:ss]` (what a datetime-local input gives) in the
 * chosen zone; the result is canonical UTC or what is wrong with it
 * (`timeProblemMessage` says it in the user's language).
 */
export function readTimeInput(
  value: string,
  zone: TimeZoneChoice,
  offsetAt: OffsetAt = localOffsetAt,
): TimeInputResult {
  const text = value.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const read = (iso: string): TimeInputResult => {
    const r = normalizeUtc(iso);
    return r.ok ? r : { ok: false, problem: r.problem };
  };
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return read(text);
  if (zone === 'utc') return read(`${text}Z`);
  // Local: the offset at the instant itself (guess with the offset at the
  // same wall-clock time read as UTC, then correct once across a DST change).
  const asUtc = normalizeUtc(`${text}Z`);
  if (!asUtc.ok) return { ok: false, problem: asUtc.problem };
  const wallMs = Date.parse(asUtc.iso);
  let offset = offsetAt(wallMs);
  offset = offsetAt(wallMs - offset * 60_000);
  return read(`${text}${offsetText(offset)}`);
}

/** What to tell the user about a time they typed. */
export function timeProblemMessage(problem: TimeInputProblem, value: string): Message {
  switch (problem) {
    case 'empty':
      return message('sun.timeEmpty');
    case 'format':
      return message('sun.timeFormat', { value });
    case 'calendar':
      return message('sun.timeCalendar', { value });
    case 'range':
      return message('sun.timeRange', {
        min: Number(TIME_MIN_UTC.slice(0, 4)),
        max: Number(TIME_MAX_UTC.slice(0, 4)),
      });
  }
}

/** The value a datetime-local input shows for a UTC moment in the chosen zone (seconds kept). */
export function writeTimeInput(
  utcMs: number,
  zone: TimeZoneChoice,
  offsetAt: OffsetAt = localOffsetAt,
): string {
  const shifted = new Date(utcMs + (zone === 'local' ? offsetAt(utcMs) * 60_000 : 0));
  return shifted.toISOString().slice(0, 19);
}

/** Canonical UTC text (`YYYY-MM-DDThh:mm:ssZ`) of a moment, whole seconds. */
export function canonicalUtc(utcMs: number): string {
  return new Date(Math.round(utcMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
