import { describe, expect, it } from 'vitest';
import { normalizeUtc } from '../../../../assets/format/view';
import en from '../../../../renderer/i18n/locales/en.json';
import {
  canonicalUtc,
  readTimeInput,
  timeProblemMessage,
  writeTimeInput,
} from '../../../../renderer/sunlight/timeInput';

const beijing = () => 8 * 60;
/** Central European: +1 h in winter, +2 h from the last Sunday of March 01:00 UTC. */
const paris = (utcMs: number) =>
  utcMs >= Date.UTC(2024, 2, 31, 1) && utcMs < Date.UTC(2024, 9, 27, 1) ? 120 : 60;

describe('the time control reads ISO 8601 date-times', () => {
  it('reads a datetime-local value as UTC', () => {
    expect(readTimeInput('2022-11-23T22:57', 'utc')).toEqual({
      ok: true,
      iso: '2022-11-23T22:57:00Z',
    });
    expect(readTimeInput('1969-07-20T20:17:40', 'utc')).toEqual({
      ok: true,
      iso: '1969-07-20T20:17:40Z',
    });
  });

  it("reads local time: CNSA's 06:23 Beijing time on 2 June 2024 is 22:23 UTC on 1 June", () => {
    expect(readTimeInput('2024-06-02T06:23', 'local', beijing)).toEqual({
      ok: true,
      iso: '2024-06-01T22:23:00Z',
    });
  });

  it('uses the offset in force at that moment (summer time)', () => {
    expect(readTimeInput('2024-07-01T12:00', 'local', paris)).toEqual({
      ok: true,
      iso: '2024-07-01T10:00:00Z',
    });
    expect(readTimeInput('2024-01-01T12:00', 'local', paris)).toEqual({
      ok: true,
      iso: '2024-01-01T11:00:00Z',
    });
  });

  it('accepts a full ISO instant with its own zone whatever the choice', () => {
    expect(readTimeInput('2024-06-02T06:23:00+08:00', 'utc')).toEqual({
      ok: true,
      iso: '2024-06-01T22:23:00Z',
    });
  });

  it.each([
    ['', 'empty', 'Enter a date and time.'],
    ['  ', 'empty', 'Enter a date and time.'],
    ['yesterday', 'format', '“yesterday” is not a date and time such as 2022-11-23 22:57.'],
    ['2022-02-30T10:00', 'calendar', '“2022-02-30T10:00” is not a real calendar date and time.'],
    ['2022-11-23T25:00', 'calendar', '“2022-11-23T25:00” is not a real calendar date and time.'],
    ['2600-01-01T00:00', 'range', 'Choose a moment between the years 1600 and 2500.'],
  ] as const)('refuses %j (%s) with a clear message', (text, problem, english) => {
    for (const zone of ['utc', 'local'] as const) {
      const r = readTimeInput(text, zone, beijing);
      expect(r).toEqual({ ok: false, problem });
    }
    // The message, filled in as i18next would in English.
    const m = timeProblemMessage(problem, text);
    const [group, name] = m.key.split('.') as [keyof typeof en, string];
    const template = (en[group] as Record<string, string>)[name]!;
    const filled = template.replace(/\{\{(\w+)\}\}/g, (_, k: string) =>
      String(m.params?.[k] ?? ''),
    );
    expect(filled).toBe(english);
  });

  it('writes a moment back for the input, in UTC or local time, and round-trips', () => {
    const ms = Date.parse('2024-06-01T22:23:00Z');
    expect(writeTimeInput(ms, 'utc')).toBe('2024-06-01T22:23:00');
    expect(writeTimeInput(ms, 'local', beijing)).toBe('2024-06-02T06:23:00');
    for (const zone of ['utc', 'local'] as const) {
      const back = readTimeInput(writeTimeInput(ms, zone, paris), zone, paris);
      expect(back).toEqual({ ok: true, iso: '2024-06-01T22:23:00Z' });
    }
  });

  it('canonicalises moments the view format accepts', () => {
    const text = canonicalUtc(Date.parse('2022-11-23T22:57:00.600Z'));
    expect(text).toBe('2022-11-23T22:57:01Z');
    expect(normalizeUtc(text)).toEqual({ ok: true, iso: text });
  });
});
