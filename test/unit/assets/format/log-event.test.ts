import { describe, expect, it } from 'vitest';
import {
  LOG_EVENT_MAX_BYTES,
  createRateLimiter,
  logEventSchema,
  rendererEventText,
  scrubLogText,
  UNKNOWN_IDENTITY,
} from '../../../../assets/format/log-event';

const linux = { homeDir: '/home/ada', userName: 'ada' };
const windows = { homeDir: 'C:\\Users\\Grace Hopper', userName: 'Grace Hopper' };

describe('scrubLogText', () => {
  it('replaces the home folder, the user name and file URLs', () => {
    expect(
      scrubLogText(
        'ENOENT: open /home/ada/Moon/kit.tif (user ada, see file:///home/ada/x.html#a)',
        linux,
        500,
      ),
    ).toBe('ENOENT: open <home>/Moon/kit.tif (user <user>, see <file-url>)');
  });

  it('leaves words that only contain the user name alone', () => {
    expect(scrubLogText('Canada and adagio, ada.', linux, 500)).toBe('Canada and adagio, <user>.');
  });

  it('catches a Windows home with either separator and any case', () => {
    const text = 'at c:/users/grace hopper/AppData/x.js and C:\\Users\\Grace Hopper\\y';
    expect(scrubLogText(text, windows, 500)).toBe('at <home>/AppData/x.js and <home>\\y');
  });

  it('hides other people’s home folders even when the identity is unknown', () => {
    expect(
      scrubLogText('/Users/bob/a.png, /home/eve/b, D:\\Users\\mallory\\c', UNKNOWN_IDENTITY, 500),
    ).toBe('<home>/a.png, <home>/b, <home>\\c');
  });

  it('cuts stack frames file URLs before the line numbers', () => {
    expect(scrubLogText('at f (file:///opt/app/index.js:3:14)', UNKNOWN_IDENTITY, 500)).toBe(
      'at f (<file-url>)',
    );
  });

  it('keeps app URLs, which are not personal', () => {
    const text =
      'at moon://app/assets/index-abc.js:1:2 and http://127.0.0.1:5174/pack/color-1024.jpg';
    expect(scrubLogText(text, linux, 500)).toBe(text);
  });

  it('truncates long text and says how much was cut (by characters, not UTF-16 units)', () => {
    // 40 characters into 30: 8 kept and a 22-character note.
    expect(scrubLogText('月'.repeat(40), UNKNOWN_IDENTITY, 30)).toBe(
      `${'月'.repeat(8)}… (32 more characters)`,
    );
    expect(scrubLogText('short', UNKNOWN_IDENTITY, 10)).toBe('short');
  });

  it('ignores a root or empty home and a very short user name', () => {
    expect(scrubLogText('/ and ci and x', { homeDir: '/', userName: 'ci' }, 50)).toBe(
      '/ and ci and x',
    );
  });
});

describe('rendererEventText', () => {
  it('names the source and scrubs message and stack', () => {
    expect(
      rendererEventText(
        { source: 'pack-load', message: 'bad /home/ada/p', stack: 'Error\n at file:///a.js:1:1' },
        linux,
      ),
    ).toBe('renderer pack-load: bad <home>/p\nError\n at <file-url>');
  });
});

describe('logEventSchema', () => {
  it('accepts an event and refuses unknown fields, sources and oversized text', () => {
    expect(logEventSchema.safeParse({ source: 'uncaught', message: 'x' }).success).toBe(true);
    expect(logEventSchema.safeParse({ source: 'uncaught', message: 'x', url: 'y' }).success).toBe(
      false,
    );
    expect(logEventSchema.safeParse({ source: 'mine', message: 'x' }).success).toBe(false);
    expect(logEventSchema.safeParse({ source: 'react', message: 'x'.repeat(1001) }).success).toBe(
      false,
    );
  });

  it('has a byte limit that the largest valid event fits under', () => {
    const largest = {
      source: 'unhandled-rejection',
      message: '月'.repeat(1000),
      stack: '月'.repeat(4000),
    };
    expect(logEventSchema.safeParse(largest).success).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(largest)).byteLength).toBeLessThanOrEqual(
      LOG_EVENT_MAX_BYTES,
    );
  });
});

describe('createRateLimiter', () => {
  it('lets a burst through, then one per refill period, and counts what it dropped', () => {
    const limit = createRateLimiter({ burst: 3, refillMs: 1000 });
    expect([0, 0, 0, 0, 0].map(() => limit.take(0))).toEqual([true, true, true, false, false]);
    expect(limit.takeDropped()).toBe(2);
    expect(limit.takeDropped()).toBe(0);
    expect(limit.take(500)).toBe(false);
    expect(limit.take(1000)).toBe(true);
    expect(limit.take(1000)).toBe(false);
    // A long quiet time refills the burst, not more.
    expect([1, 2, 3, 4].map(() => limit.take(60_000))).toEqual([true, true, true, false]);
  });

  it('does not refill when the clock goes backwards', () => {
    const limit = createRateLimiter({ burst: 1, refillMs: 1000 });
    expect(limit.take(10_000)).toBe(true);
    expect(limit.take(0)).toBe(false);
    expect(limit.take(10_500)).toBe(false);
    expect(limit.take(11_000)).toBe(true);
  });
});
