import { describe, expect, it } from 'vitest';
import { logEventOf } from '../../../../renderer/log/logEvent';
import { logEventSchema } from '../../../../assets/format/log-event';

describe('logEventOf', () => {
  it('keeps an error’s name, message and stack, scrubbed of home folders and file URLs', () => {
    const error = new TypeError('cannot open /home/ada/kit.tif');
    error.stack =
      'TypeError: cannot open /home/ada/kit.tif\n    at load (file:///C:/Users/ada/app.js:1:2)';
    const event = logEventOf('pack-load', error, 'a layer was left out');
    expect(event).toEqual({
      source: 'pack-load',
      message: 'a layer was left out: TypeError: cannot open <home>/kit.tif',
      stack: 'TypeError: cannot open <home>/kit.tif\n    at load (<file-url>)',
    });
  });

  it('describes a thrown string or object, and always fits the contract', () => {
    expect(logEventOf('unhandled-rejection', { code: 7 })).toEqual({
      source: 'unhandled-rejection',
      message: '{"code":7}',
    });
    const huge = logEventOf('uncaught', 'x'.repeat(50_000));
    expect(logEventSchema.safeParse(huge).success).toBe(true);
    expect(huge.message).toMatch(/… \(49\d{3} more characters\)$/);
  });
});
