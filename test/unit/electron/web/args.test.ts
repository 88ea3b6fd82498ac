import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../../electron/web/args';

const repo = path.resolve('/repo');

describe('parseWebArgs', () => {
  it('defaults to 127.0.0.1:5174, dist/renderer and pack/', () => {
    expect(parseWebArgs([], {}, repo)).toEqual({
      help: false,
      port: 5174,
      host: '127.0.0.1',
      appRoot: path.join(repo, 'dist', 'renderer'),
      packRoot: path.join(repo, 'pack'),
      kiosk: null,
      cacheDir: path.join(repo, '.cache', 'moonkit'),
      starterKitDir: path.join(repo, 'assets', 'starter'),
      logFile: path.join(repo, '.cache', 'logs', 'web.log'),
      upgrade: null,
    });
  });

  it('takes the log file from --log-file, relative to the repository', () => {
    expect(parseWebArgs(['--log-file', 'l/w.log'], {}, repo)).toMatchObject({
      logFile: path.join(repo, 'l', 'w.log'),
    });
    expect(parseWebArgs(['--log-file', '/var/log/farside.log'], {}, repo)).toMatchObject({
      logFile: path.resolve('/var/log/farside.log'),
    });
  });

  it('turns in-app downloads on with --downloads or a --kit-url mirror', () => {
    expect(parseWebArgs(['--downloads'], {}, repo)).toMatchObject({ upgrade: {} });
    expect(parseWebArgs(['--kit-url', 'http://127.0.0.1:9/kit'], {}, repo)).toMatchObject({
      upgrade: { baseUrl: 'http://127.0.0.1:9/kit' },
    });
    expect(() => parseWebArgs(['--kit-url', 'file:///etc'], {}, repo)).toThrow(/http\(s\) URL/);
  });

  it('takes the pack folder from FARSIDE_PACK_DIR, --pack winning', () => {
    const env = { FARSIDE_PACK_DIR: '/data/pack' };
    expect(parseWebArgs([], env, repo)).toMatchObject({ packRoot: path.resolve('/data/pack') });
    expect(parseWebArgs(['--pack', 'p2'], env, repo)).toMatchObject({
      packRoot: path.join(repo, 'p2'),
    });
  });

  it.each(['', '  '])(
    'ignores an empty FARSIDE_PACK_DIR (%j): pack/, never the repository root',
    (value) => {
      expect(parseWebArgs([], { FARSIDE_PACK_DIR: value }, repo)).toMatchObject({
        packRoot: path.join(repo, 'pack'),
      });
    },
  );

  it('reads every option', () => {
    expect(
      parseWebArgs(['--port', '0', '--host', '::1', '--app', '/x/app'], {}, repo),
    ).toMatchObject({
      port: 0,
      host: '::1',
      appRoot: path.resolve('/x/app'),
    });
    expect(parseWebArgs(['--port=8080'], {}, repo)).toMatchObject({ port: 8080 });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--bogus'], ['extra']])(
    'refuses %j',
    (...argv) => {
      expect(() => parseWebArgs(argv, {}, repo)).toThrow();
    },
  );

  it('reads the kiosk switches', () => {
    expect(parseWebArgs(['--kiosk'], {}, repo)).toMatchObject({
      kiosk: { flag: true, configPath: null },
    });
    expect(parseWebArgs(['--kiosk-config', 'k.json'], {}, repo)).toMatchObject({
      kiosk: { flag: false, configPath: path.join(repo, 'k.json') },
    });
  });

  it('asks for help', () => {
    expect(parseWebArgs(['--help'], {}, repo)).toEqual({ help: true });
  });
});
