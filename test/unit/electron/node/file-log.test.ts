import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLog } from '../../../../electron/node/file-log';

const identity = { homeDir: '/home/ada', userName: 'ada' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'farside-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createFileLog', () => {
  it('writes scrubbed lines with time and level, errors with their stack', async () => {
    const file = join(dir, 'logs', 'main.log');
    const log = createFileLog({ file, identity });
    log.warn('offline guard blocked file:///home/ada/secret.html');
    log.error('could not read /home/ada/.config/x.json', new Error('EACCES for ada'));
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(
      /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}.*\] \[warn\]\s+offline guard blocked <file-url>$/m,
    );
    expect(text).toMatch(
      /\[error\] could not read <home>\/\.config\/x\.json Error: EACCES for <user>\n\s+at /,
    );
    expect(text).not.toContain('/home/ada');
    expect(text).not.toMatch(/\bada\b/);
  });

  it('logs renderer events scrubbed, and at most a burst of them at once', async () => {
    const file = join(dir, 'web.log');
    const log = createFileLog({ file, identity });
    for (let i = 0; i < 25; i += 1) {
      log.rendererEvent({ source: 'uncaught', message: `boom ${i} in /home/ada/a.js` }, 1000);
    }
    log.rendererEvent({ source: 'pack-load', message: 'later' }, 1000 + 3000);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.filter((l) => l.includes('renderer uncaught: boom'))).toHaveLength(20);
    expect(lines[0]).toContain('renderer uncaught: boom 0 in <home>/a.js');
    expect(lines[20]).toContain('renderer: 5 more events were not logged (rate limit)');
    expect(lines[21]).toContain('renderer pack-load: later');
  });

  it('rotates past the size limit into one .old.log file', async () => {
    const file = join(dir, 'main.log');
    const log = createFileLog({ file, identity, maxBytes: 4096 });
    for (let i = 0; i < 200; i += 1) log.info(`line ${i} ${'x'.repeat(100)}`);
    expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.old.log']);
    expect((await stat(file)).size).toBeLessThanOrEqual(4096 + 200);
    expect((await stat(join(dir, 'main.old.log'))).size).toBeGreaterThan(4000);
    expect(await readFile(file, 'utf8')).toContain('line 199 ');
  });
});
